'use strict';
// Checks the running runtime's `url` builtin against results record.js
// took from node (see record.js). Exit status 0 when everything matches.

const url = require('url');
const path = require('path');
const { defineGroups } = require('./groups');
const { snap } = require('./serialize');

process.noDeprecation = true;
const recorded = require(path.resolve(process.argv[2]));
const verbose = process.argv.includes('-v');

let total = 0;
let failures = 0;
for (const { name, inputs, fn } of defineGroups(snap, recorded.options)) {
  const expected = recorded.results[name];
  let groupFailures = 0;
  inputs.forEach((input, i) => {
    total++;
    const actual = fn(url, input);
    if (actual !== expected[i]) {
      groupFailures++;
      failures++;
      if (verbose || groupFailures <= 5) {
        let shown;
        try {
          shown = JSON.stringify(input);
        } catch {
          shown = String(input);
        }
        console.log(`--- ${name}: ${shown}`);
        console.log(`node:    ${expected[i]}`);
        console.log(`runtime: ${actual}`);
      }
    }
  });
  console.log(`${groupFailures === 0 ? 'ok  ' : 'FAIL'} ${name}: ${inputs.length - groupFailures}/${inputs.length}`);
}
console.log(`\n${total - failures}/${total} inputs match node ${recorded.node}`);
process.exitCode = failures === 0 ? 0 : 1;
