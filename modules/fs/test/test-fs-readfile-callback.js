'use strict';
// The seed's callback readFile: utf8 and Buffer results, and Node's
// ordering around an I/O callback (nextTicks, then promise microtasks, then
// setImmediate before a zero timeout).
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-rf-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const file = path.join(tmp, 'hello.txt');
fs.writeFileSync(file, 'Hello, Mosaic! ✓\n');

let calls = 0;
const order = [];
fs.readFile(file, 'utf8', (err, data) => {
  assert.ifError(err);
  assert.strictEqual(data, 'Hello, Mosaic! ✓\n');
  calls++;
  order.push('callback');
  setTimeout(() => order.push('timeout'), 0);
  setImmediate(() => order.push('immediate'));
  Promise.resolve().then(() => order.push('promise'));
  process.nextTick(() => order.push('tick'));
});

fs.readFile(file, (err, buf) => {
  assert.ifError(err);
  assert(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString('utf8'), 'Hello, Mosaic! ✓\n');
  calls++;
});

let sync = true;
fs.readFile(file, () => {
  assert.strictEqual(sync, false, 'callback must not run synchronously');
  calls++;
});
sync = false;

process.on('exit', () => {
  assert.strictEqual(calls, 3);
  assert.deepStrictEqual(order, ['callback', 'tick', 'promise', 'immediate', 'timeout']);
});
