'use strict';
// Runs the scenarios on a mosaic binary (its real events, timers, Buffer,
// string_decoder) and compares the traces with node's own stream module.
//
//   node compare-on-mosaic.js [filter] [--built]
//
// MOSAIC=path/to/mosaic (default: bazel-bin/runtimes/full/bin/mosaic).
// By default the plugin's current sources are used (mosaic -r
// use-current-stream.js); --built uses the stream plugin built into the
// binary instead.

const { execFileSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const mosaic = process.env.MOSAIC || path.join(ROOT, 'bazel-bin', 'runtimes', 'full', 'bin', 'mosaic');
const args = process.argv.slice(2);
const built = args.includes('--built');
const filter = args.find((a) => !a.startsWith('-')) || '';
const runner = path.join(__dirname, 'run-scenarios.js');

function run(cmd, argv) {
  const out = execFileSync(cmd, argv, { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out.toString());
}

const expected = run(process.execPath, [runner, 'node', filter]);
const preload = built ? [] : ['-r', path.join(__dirname, 'use-current-stream.js')];
const actual = run(mosaic, [...preload, runner, 'node', filter]);

let pass = 0;
const failed = [];
for (const key of Object.keys(expected)) {
  if (JSON.stringify(expected[key]) === JSON.stringify(actual[key])) {
    pass++;
    continue;
  }
  failed.push(key);
  const e = expected[key];
  const a = actual[key] || [];
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      console.log(`FAIL ${key} #${i}\n  node:   ${e[i]}\n  mosaic: ${a[i]}` +
                  (a.includes('TIMEOUT') ? '  (timed out)' : ''));
      break;
    }
  }
}
console.log(`\n${pass} passed, ${failed.length} failed, ${pass + failed.length} scenarios`);
process.exitCode = failed.length ? 1 : 0;
