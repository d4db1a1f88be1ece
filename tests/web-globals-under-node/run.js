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
  const text = util.inspect(value, { depth: 8, breakLength: 120 });
  return text.length > 1500 ? `${text.slice(0, 1500)} ...` : text;
}

// Paths at which two described values differ (at most `limit`).
function diffPaths(a, b, path = '', out = [], limit = 6) {
  if (out.length >= limit) return out;
  if (util.isDeepStrictEqual(a, b)) return out;
  const objects = a !== null && b !== null && typeof a === 'object' &&
    typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!objects) {
    out.push(`${path || '<root>'}: ${show(a)} vs ${show(b)}`);
    return out;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) diffPaths(a[key], b[key], `${path}.${key}`, out, limit);
  return out;
}

async function main() {
  // Cases capture warnings themselves; keep node's printer quiet.
  process.removeAllListeners('warning');
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
      const other = c.mosaicOnly ? 'expected' : 'node';
      console.log(`  differences (${other} vs mosaic):`);
      for (const line of diffPaths(expected, mosaic)) console.log(`    ${line}`);
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
