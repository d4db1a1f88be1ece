'use strict';
// Runs everything: the comparisons against node's own modules, then every
// modules/<name>/test/test-*.js twice (under node's modules and under
// Mosaic's, via redirect.js). Prints one 'N passed, N failed' line.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const here = __dirname;
const root = path.resolve(here, '..', '..');
let passed = 0;
let failed = 0;

// `expectedStatus`: a test's <name>.status file, as the Bazel runner reads it.
function run(label, args, expectedStatus = 0) {
  const r = spawnSync(process.execPath, args, { cwd: here, encoding: 'utf8', timeout: 120000 });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status === expectedStatus) {
    passed++;
    const m = /(\d+) passed, (\d+) failed/.exec(out);
    console.log(`ok   ${label}${m ? ` (${m[1]} cases)` : ''}`);
  } else {
    failed++;
    console.log(`FAIL ${label}\n${out.split('\n').slice(-30).join('\n')}`);
  }
}

for (const f of fs.readdirSync(here).filter((n) => /^compare-.*\.js$/.test(n)).sort()) {
  run(f, ['--expose-internals', '--no-warnings', path.join(here, f)]);
}
for (const mod of ['events', 'path', 'querystring', 'string_decoder']) {
  const dir = path.join(root, 'modules', mod, 'test');
  if (!fs.existsSync(dir)) continue;
  for (const f of fs.readdirSync(dir).filter((n) => /^test-.*\.js$/.test(n)).sort()) {
    const statusFile = path.join(dir, f.replace(/\.js$/, '.status'));
    const status = fs.existsSync(statusFile) ? Number(fs.readFileSync(statusFile, 'utf8')) : 0;
    run(`node   ${mod}/test/${f}`, [path.join(dir, f)], status);
    run(`mosaic ${mod}/test/${f}`, ['--expose-internals', '--no-warnings', '-r', path.join(here, 'redirect.js'), path.join(dir, f)],
        status);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
