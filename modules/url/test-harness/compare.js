'use strict';

// Differential test of the url plugin against node's own `url` module:
// every corpus input goes through both and the results must be identical
// (util.inspect of return values, so field order, null vs '' and
// null-prototype query objects count; for throws: error name, code,
// message and `input`).
//
//   node modules/url/test-harness/compare.js [-v] [filter]
//
// SEED=n varies the generated part of the corpus, SCALE=x multiplies its
// size (defaults: 0 and 1).
// filter: run only the groups whose name contains it. Exit status 0 when
// everything matches.

const util = require('util');
const nodeURL = require('url');
const { defineGroups } = require('./groups');
const plugin = require('./loader').require('url');

const verbose = process.argv.includes('-v');
const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));

// The DEP0170 warnings of both implementations would flood the output.
process.noDeprecation = true;

function snap(fn) {
  try {
    const value = fn();
    return `= ${util.inspect(value, { depth: 6, breakLength: Infinity })}`;
  } catch (err) {
    if (err === null || typeof err !== 'object') return `! ${String(err)}`;
    return `! ${err.name} [${err.code}] ${err.message}` +
      (err.input !== undefined ? ` input=${JSON.stringify(err.input)}` : '');
  }
}

// ---------------------------------------------------------------------------------

const groups = defineGroups(snap, {
  seed: Number(process.env.SEED || 0),
  scale: Number(process.env.SCALE || 1),
});

let failures = 0;
let total = 0;
for (const { name, inputs, fn } of groups) {
  if (filter && !name.includes(filter)) continue;
  let groupFailures = 0;
  for (const input of inputs) {
    total++;
    const expected = fn(nodeURL, input);
    const actual = fn(plugin, input);
    if (expected !== actual) {
      groupFailures++;
      failures++;
      if (verbose || groupFailures <= 5) {
        console.log(`--- ${name}: ${util.inspect(input)}`);
        console.log(`node:   ${expected}`);
        console.log(`plugin: ${actual}`);
      }
    }
  }
  console.log(`${groupFailures === 0 ? 'ok  ' : 'FAIL'} ${name}: ${inputs.length - groupFailures}/${inputs.length}`);
}
console.log(`\n${total - failures}/${total} inputs match node ${process.version}`);
process.exitCode = failures === 0 ? 0 : 1;
