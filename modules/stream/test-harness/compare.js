'use strict';
// Runs all scenarios under node's stream and under Mosaic's, compares the
// traces and prints the differences and pass counts.
//
//   node compare.js [name-substring] [-v]
//   TRACE_TICKS=1 node compare.js   (also compare the nextTick structure)

const { execFileSync } = require('child_process');
const path = require('path');

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const filter = args.find((a) => !a.startsWith('-')) || '';

function run(impl) {
  const out = execFileSync(process.execPath,
                           [path.join(__dirname, 'run-scenarios.js'), impl, filter],
                           { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.toString());
}

const expected = run('node');
const actual = run('mosaic');

let pass = 0;
let fail = 0;
const failures = [];
for (const key of Object.keys(expected)) {
  const a = JSON.stringify(actual[key]);
  const e = JSON.stringify(expected[key]);
  if (a === e) {
    pass++;
    if (verbose) console.log(`ok   ${key}`);
  } else {
    fail++;
    failures.push(key);
    console.log(`FAIL ${key}`);
    const ea = expected[key] || [];
    const aa = actual[key] || [];
    const n = Math.max(ea.length, aa.length);
    let shown = 0;
    for (let i = 0; i < n && shown < 40; i++) {
      const mark = ea[i] === aa[i] ? '   ' : '!! ';
      if (mark === '!! ' || verbose) {
        console.log(`  ${mark}#${i} node:   ${ea[i]}`);
        console.log(`  ${mark}#${i} mosaic: ${aa[i]}`);
        shown++;
      }
    }
  }
}
const timeouts = Object.keys(expected).filter((k) => (expected[k] || []).includes('TIMEOUT'));
console.log(`\n${pass} passed, ${fail} failed, ${pass + fail} scenarios` +
            (timeouts.length ? ` (${timeouts.length} time out under node too: ${timeouts.join(', ')})` : ''));
process.exitCode = fail ? 1 : 0;
