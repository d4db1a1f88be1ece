'use strict';

// Runs the compare.js corpus on a runtime that has no reference Buffer to
// compare with (mosaic), against expectations recorded under node:
//
//   node test-harness/mosaic_check.js --record [FILE]
//       runs every case on node's buffer, writes FILE (a JS module of
//       case name -> result hash; default /tmp/mosaic-buffer/expected.js)
//   MOSAIC_PLUGIN_PATH=... mosaic test-harness/mosaic_check.js [FILE] [filter]
//       runs every case on require('buffer') and reports mismatches
//
// Cases that need util.inspect are skipped where `util` is unavailable.

const { snap, errorSnapshot, hash } = require('./snap');
const corpus = require('./corpus');

const args = process.argv.slice(2);
const record = args[0] === '--record';
const rest = record ? args.slice(1) : args;
const file = rest.find((a) => a.endsWith('.js')) || '/tmp/mosaic-buffer/expected.js';
const filter = rest.find((a) => !a.endsWith('.js'));

const B = require('buffer');
const isBuffer = (v) => v instanceof B.Buffer;

class Skip extends Error {}
let util;
try {
  util = require('util');
} catch {
  const skip = () => { throw new Skip('util unavailable'); };
  util = { inspect: skip, format: skip };
}

// Case names are not unique (String(0) === String('0')): number repeats.
const seenNames = new Map();
function uniqueName(name) {
  const n = seenNames.get(name) || 0;
  seenNames.set(name, n + 1);
  return n === 0 ? name : `${name}#${n}`;
}
const cases = [];
corpus.define((name, fn) => cases.push({ name: uniqueName(name), fn }),
              { util, coreInspect: undefined });
const asyncCases = [];
corpus.defineAsync((name, fn) => asyncCases.push({ name: uniqueName(name), fn }));

function result(fn) {
  try {
    return snap(fn(B, 'node'), isBuffer);
  } catch (err) {
    if (err instanceof Skip) return err;
    return errorSnapshot(err);
  }
}

async function asyncResult(fn) {
  try {
    return `resolved ${snap(await fn(B, 'node'), isBuffer)}`;
  } catch (err) {
    return `rejected ${errorSnapshot(err)}`;
  }
}

async function main() {
  if (record) {
    const out = {};
    for (const { name, fn } of cases) {
      const r = result(fn);
      if (!(r instanceof Skip)) out[name] = hash(r);
    }
    for (const { name, fn } of asyncCases) out[name] = hash(await asyncResult(fn));
    require('fs').mkdirSync(require('path').dirname(file), { recursive: true });
    require('fs').writeFileSync(file, `module.exports = ${JSON.stringify(out)};\n`);
    console.log(`recorded ${Object.keys(out).length} cases in ${file}`);
    return;
  }
  const expected = require(file);
  let pass = 0;
  let fail = 0;
  let skipped = 0;
  const check = (name, r) => {
    if (r instanceof Skip || expected[name] === undefined) {
      skipped++;
    } else if (hash(r) === expected[name]) {
      pass++;
    } else {
      fail++;
      console.log(`FAIL ${name}\n  got: ${r.slice(0, 400)}`);
    }
  };
  for (const { name, fn } of cases) {
    if (filter && !name.includes(filter)) continue;
    check(name, result(fn));
  }
  for (const { name, fn } of asyncCases) {
    if (filter && !name.includes(filter)) continue;
    check(name, await asyncResult(fn));
  }
  console.log(`\n${pass} passed, ${fail} failed, ${skipped} skipped`);
  process.exitCode = fail === 0 ? 0 : 1;
}
main();
