'use strict';
// Runs every test/test-fs-*.js twice under the system node: against node's
// own fs, and against the plugin (via use-plugin.js); with MOSAIC=/path/to/
// mosaic (see mosaic-runtime.sh) also on mosaic. Prints a summary.
//   node test-harness/run-tests.js [filter]
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const testDir = path.join(__dirname, '..', 'test');
const filter = process.argv[2];
const files = fs.readdirSync(testDir).filter((f) => /^test-fs-.*\.js$/.test(f) &&
  (!filter || f.includes(filter))).sort();
const results = { node: [0, 0], plugin: [0, 0], mosaic: [0, 0] };
const modes = process.env.MOSAIC ? ['node', 'plugin', 'mosaic'] : ['node', 'plugin'];
const failures = [];
for (const f of files) {
  for (const mode of modes) {
    const args = mode === 'plugin' ? ['-r', path.join(__dirname, 'use-plugin.js')] : [];
    const t0 = Date.now();
    const exe = mode === 'mosaic' ? process.env.MOSAIC : process.execPath;
    const r = spawnSync(exe, [...args, path.join(testDir, f)], {
      encoding: 'utf8', timeout: 60000, stdio: ['ignore', 'pipe', 'pipe'],
      env: { MOSAIC_TEST_TMPDIR: require('os').tmpdir(), ...process.env },
    });
    const ok = r.status === 0;
    results[mode][ok ? 0 : 1]++;
    if (!ok) {
      failures.push(`${mode} ${f}`);
      console.log(`FAIL [${mode}] ${f} (status ${r.status}${r.signal ? ` ${r.signal}` : ''})`);
      console.log((r.stdout + r.stderr).split('\n').slice(0, 30).join('\n'));
    } else if (process.env.VERBOSE) {
      console.log(`ok   [${mode}] ${f} ${Date.now() - t0}ms`);
    }
  }
}
console.log(`node fs:   ${results.node[0]} passed, ${results.node[1]} failed`);
console.log(`plugin fs: ${results.plugin[0]} passed, ${results.plugin[1]} failed`);
if (process.env.MOSAIC) console.log(`mosaic:    ${results.mosaic[0]} passed, ${results.mosaic[1]} failed`);
process.exitCode = failures.length ? 1 : 0;
