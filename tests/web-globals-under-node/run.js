'use strict';

// Differential harness: runs every case in ./cases against node's built-in
// web globals and against Mosaic's core/js modules (loaded under node with
// shims, see lib/), and compares the described results.
//
//   node tests/web-globals-under-node/run.js [filter] [--verbose]
//
// Case files export an array of
//   { name, run(G) -> value | Promise<value>,
//     mosaicOnly?: true, expect?: value,   // no node counterpart: compare
//                                          // Mosaic's result with `expect`
//     knownDiff?: 'why' }                  // documented divergence: both
//                                          // results are shown, not counted
//
// Exit status 0 when nothing failed. Last line: "N passed, M failed".

const fs = require('fs');
const path = require('path');
const util = require('util');
const { describe } = require('./lib/describe');
const { nodeGlobals, mosaicGlobals } = require('./lib/globals');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const filter = args.find((a) => !a.startsWith('--'));

function loadCases() {
  const dir = path.join(__dirname, 'cases');
  const out = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.js')) continue;
    const cases = require(path.join(dir, file));
    for (const c of cases) out.push({ ...c, file: file.replace(/\.js$/, '') });
  }
  return out;
}

async function runOne(fn, G) {
  try {
    return { ok: describe(await fn(G)) };
  } catch (err) {
    return { uncaught: describe(err), stack: err?.stack };
  }
}

function show(value) {
  return util.inspect(value, { depth: 8, breakLength: 100 });
}

async function main() {
  // Timeout signals use unref'd timers: keep the loop alive meanwhile.
  const keepAlive = setInterval(() => {}, 1000);
  const N = nodeGlobals();
  const M = mosaicGlobals();
  for (const note of M.loaderNotes) console.log(`note: ${note}`);

  let passed = 0;
  let failed = 0;
  let known = 0;
  const knownList = [];
  for (const c of loadCases()) {
    const label = `${c.file}: ${c.name}`;
    if (filter && !label.includes(filter)) continue;
    const mosaic = await runOne(c.run, M);
    let expected;
    if (c.mosaicOnly) {
      expected = { ok: describe(c.expect) };
    } else {
      expected = await runOne(c.run, N);
    }
    const same = util.isDeepStrictEqual(
      { ok: mosaic.ok, uncaught: mosaic.uncaught },
      { ok: expected.ok, uncaught: expected.uncaught });
    if (c.knownDiff) {
      known++;
      knownList.push(`${label} (${c.knownDiff})${same ? ' [now matches]' : ''}`);
      if (verbose) {
        console.log(`known ${label}\n  node:   ${show(expected)}\n  mosaic: ${show(mosaic)}`);
      }
      continue;
    }
    if (same) {
      passed++;
      if (verbose) console.log(`ok    ${label}`);
    } else {
      failed++;
      console.log(`FAIL  ${label}`);
      console.log(`  ${c.mosaicOnly ? 'expect' : 'node  '}: ${show(expected)}`);
      console.log(`  mosaic: ${show(mosaic)}`);
      if (mosaic.stack) console.log(`  mosaic stack: ${mosaic.stack}`);
    }
  }
  clearInterval(keepAlive);
  if (knownList.length > 0) {
    console.log(`known divergences (${known}, not counted):`);
    for (const k of knownList) console.log(`  - ${k}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
