'use strict';
// Runs test/test-stream-*.js under node twice: with node's own stream and
// with this plugin's (node -r use-mosaic-stream.js). Every test must exit 0
// both ways.
//
//   node run-tests.js [name-substring]

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const filter = process.argv[2] || '';
const dir = path.join(__dirname, '..', 'test');
const files = fs.readdirSync(dir).filter((f) => /^test-.*\.js$/.test(f) && f.includes(filter)).sort();
const preload = path.join(__dirname, 'use-mosaic-stream.js');

let failed = 0;
for (const f of files) {
  for (const [label, args] of [['node', []], ['mosaic', ['-r', preload]]]) {
    const r = spawnSync(process.execPath, [...args, path.join(dir, f)], { encoding: 'utf8', timeout: 30000 });
    if (r.status !== 0) {
      failed++;
      console.log(`FAIL ${label} ${f} (status ${r.status}${r.signal ? `, ${r.signal}` : ''})`);
      console.log(`${r.stdout}${r.stderr}`.split('\n').slice(0, 15).map((l) => `    ${l}`).join('\n'));
    }
  }
}
console.log(`${files.length} tests, ${files.length * 2 - failed} of ${files.length * 2} runs passed`);
process.exitCode = failed ? 1 : 0;
