'use strict';

// Differential test: runs every case against node's own `buffer` module and
// against the plugin (loaded by load.js) and compares the results: return
// values, buffer contents, and thrown errors (constructor, code, message).
//
//   node --expose-internals test-harness/compare.js [-v] [filter]
//
// Exit status 0 when everything matches.

const util = require('util');
const { loadPlugin } = require('./load');
const corpus = require('./corpus');

const verbose = process.argv.includes('-v');
const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));

const nodeModule = require('buffer');
const pluginModule = loadPlugin();

// Core inspect (mosaic's util.inspect), to check Buffers print the same
// through it as through node's.
let coreInspect;
try {
  coreInspect = require('./load').coreRequire('internal/util/inspect').inspect;
} catch {
  coreInspect = undefined;
}

const { snap: snapWith, errorSnapshot } = require('./snap');
const isEitherBuffer = (v) => v instanceof nodeModule.Buffer || v instanceof pluginModule.Buffer;
const snap = (v) => snapWith(v, isEitherBuffer);

function run(fn, mod) {
  try {
    return snap(fn(mod, mod === pluginModule ? 'plugin' : 'node'));
  } catch (err) {
    return errorSnapshot(err);
  }
}

// ---------------------------------------------------------------------------
// Cases

const cases = [];
function t(name, fn) {
  cases.push({ name, fn });
}
corpus.define(t, { util, coreInspect, nodeModule, pluginModule });

const asyncCases = [];
corpus.defineAsync((name, fn) => asyncCases.push({ name, fn }));

async function runAsync(fn, mod) {
  try {
    return `resolved ${snap(await fn(mod, mod === pluginModule ? 'plugin' : 'node'))}`;
  } catch (err) {
    return `rejected ${errorSnapshot(err)}`;
  }
}

async function main() {
  let pass = 0;
  let fail = 0;
  const report = (name, expected, actual) => {
    if (expected === actual) {
      pass++;
      if (verbose) console.log(`ok   ${name}`);
    } else {
      fail++;
      console.log(`FAIL ${name}\n  node:   ${expected.slice(0, 600)}\n  plugin: ${actual.slice(0, 600)}`);
    }
  };
  for (const { name, fn } of cases) {
    if (filter && !name.includes(filter)) continue;
    report(name, run(fn, nodeModule), run(fn, pluginModule));
  }
  for (const { name, fn } of asyncCases) {
    if (filter && !name.includes(filter)) continue;
    report(name, await runAsync(fn, nodeModule), await runAsync(fn, pluginModule));
  }
  console.log(`\n${pass} passed, ${fail} failed (${pass + fail} cases)`);
  process.exitCode = fail === 0 ? 0 : 1;
}
main();
