'use strict';

// Runs the web-globals tests of core/test/js (the files listed in
// CORE_TESTS below) under the system node in three configurations:
//   node     - node's own globals and require('assert')
//   mosaic   - Mosaic's modules installed as the globals (lib/install-mosaic-globals.js)
//   bare     - like mosaic, with require('assert') unavailable (as on a bare
//              Mosaic core), so the tests' local assert fallback is used
//
//   node tests/web-globals-under-node/run-core-tests.js [filter]
//
// Last line: "N passed, M failed".

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { repoRoot } = require('./lib/loader');

const testDir = path.join(repoRoot, 'core', 'test', 'js');
const preload = path.join(__dirname, 'lib', 'install-mosaic-globals.js');

// The prefixes of the test files that belong to the web globals.
const kPrefixes = ['test-eventtarget-', 'test-event-', 'test-customevent', 'test-abort',
                   'test-domexception', 'test-textencoder', 'test-textdecoder', 'test-atob',
                   'test-btoa', 'test-performance-', 'test-structuredclone'];

const filter = process.argv[2];
const files = fs.readdirSync(testDir)
  .filter((f) => f.endsWith('.js') && kPrefixes.some((p) => f.startsWith(p)))
  .filter((f) => !filter || f.includes(filter))
  .sort();

const configs = [
  { name: 'node', args: [], env: {} },
  { name: 'mosaic', args: ['-r', preload], env: {} },
  { name: 'bare', args: ['-r', preload], env: { MOSAIC_BLOCK_ASSERT: '1' } },
];

let passed = 0;
let failed = 0;
for (const file of files) {
  for (const config of configs) {
    const r = spawnSync(process.execPath, [...config.args, path.join(testDir, file)], {
      cwd: testDir,
      env: { ...process.env, ...config.env },
      encoding: 'utf8',
      timeout: 60000,
    });
    if (r.status === 0) {
      passed++;
    } else {
      failed++;
      console.log(`FAIL  [${config.name}] ${file} (status ${r.status}, signal ${r.signal})`);
      const output = `${r.stdout}${r.stderr}`.trim();
      if (output) console.log(output.split('\n').slice(0, 30).map((l) => `    ${l}`).join('\n'));
    }
  }
}
console.log(`${files.length} test files x ${configs.length} configurations`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
