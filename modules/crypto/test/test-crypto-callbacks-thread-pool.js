'use strict';
// The callback forms of randomBytes/randomFill/randomInt/pbkdf2 do their
// work on the thread pool: the callback runs after process.nextTick
// callbacks, and one that asks again (a stream pulling random bytes) does
// not starve timers. They run in the caller's AsyncLocalStorage context.
const assert = require('assert');
const crypto = require('crypto');
const { AsyncLocalStorage } = require('async_hooks');

let completed = 0;
process.on('exit', () => assert.strictEqual(completed, 5));
const order = [];
crypto.randomBytes(8, (err, buf) => {
  assert.ifError(err);
  assert.strictEqual(buf.length, 8);
  order.push('randomBytes');
  completed++;
});
process.nextTick(() => order.push('nextTick'));

let rounds = 0;
let stop = false;
(function again() {
  crypto.randomBytes(16, () => {
    rounds++;
    if (!stop) again();
  });
}());
setTimeout(() => {
  stop = true;
  assert.ok(rounds > 0);
  assert.deepStrictEqual(order.slice(0, 2), ['nextTick', 'randomBytes']);
}, 50);

const ab = new ArrayBuffer(16);
crypto.randomFill(ab, 4, 8, (err, result) => {
  assert.ifError(err);
  assert.strictEqual(result, ab);
  const bytes = new Uint8Array(ab);
  assert.deepStrictEqual([...bytes.subarray(0, 4), ...bytes.subarray(12)], new Array(8).fill(0));
  completed++;
});
const words = new Uint32Array(4);
crypto.randomFill(words, 1, 2, (err, result) => {
  assert.strictEqual(result, words);
  assert.strictEqual(words[0], 0);
  assert.strictEqual(words[3], 0);
  completed++;
});

const als = new AsyncLocalStorage();
als.run('outer', () => {
  crypto.randomInt(5, 10, (err, value) => {
    assert.ok(value >= 5 && value < 10);
    assert.strictEqual(als.getStore(), 'outer');
    completed++;
  });
  crypto.pbkdf2('password', 'salt', 1000, 32, 'sha512', (err, key) => {
    assert.ifError(err);
    assert.strictEqual(als.getStore(), 'outer');
    assert.deepStrictEqual(key, crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha512'));
    completed++;
  });
});
assert.throws(() => crypto.pbkdf2('p', 's', 1, 8, 'no-such-digest', () => {}), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
