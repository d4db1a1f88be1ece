'use strict';
// Records node's results for the comparison cases (groups.js), for
// replay.js to check a built mosaic's `url` builtin against:
//
//   node modules/url/test-harness/record.js > /tmp/url-expected.json
//   bazel-bin/runtimes/full/bin/mosaic modules/url/test-harness/replay.js /tmp/url-expected.json
//
// SEED and SCALE as for compare.js. Run both from the same directory
// (relative paths in the corpus resolve against it).

const url = require('url');
const { defineGroups } = require('./groups');
const { snap } = require('./serialize');

process.noDeprecation = true;
const options = { seed: Number(process.env.SEED || 0), scale: Number(process.env.SCALE || 1) };
const results = {};
for (const { name, inputs, fn } of defineGroups(snap, options)) {
  results[name] = inputs.map((input) => fn(url, input));
}
process.stdout.write(JSON.stringify({ node: process.version, options, results }));
