'use strict';
// The timers module re-exports the global timer functions and exposes
// timers/promises through a lazy `promises` getter.
const assert = require('assert');
const timers = require('timers');
const timersPromises = require('timers/promises');

for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
                    'setImmediate', 'clearImmediate']) {
  assert.strictEqual(typeof timers[name], 'function', name);
  assert.strictEqual(timers[name], globalThis[name], name);
}
for (const name of ['enroll', 'unenroll', 'active', '_unrefActive']) {
  assert.strictEqual(typeof timers[name], 'function', name);
}
assert.strictEqual(require('node:timers'), timers);
assert.strictEqual(require('node:timers/promises'), timersPromises);

const desc = Object.getOwnPropertyDescriptor(timers, 'promises');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(timers.promises, timersPromises);

assert.deepStrictEqual(Object.keys(timersPromises).sort(),
                       ['scheduler', 'setImmediate', 'setInterval', 'setTimeout']);
assert.strictEqual(timersPromises.setTimeout.length, 2);
assert.strictEqual(timersPromises.setImmediate.length, 1);
assert.strictEqual(timersPromises.setInterval.length, 2);
assert.ok(timersPromises.setTimeout(1) instanceof Promise);
assert.ok(timersPromises.setImmediate() instanceof Promise);

// The returned timers behave as usual.
const t = timers.setTimeout(() => assert.fail('cleared'), 1);
assert.strictEqual(t.hasRef(), true);
timers.clearTimeout(t);
const i = timers.setInterval(() => assert.fail('cleared'), 1);
timers.clearInterval(i);
const im = timers.setImmediate(() => assert.fail('cleared'));
timers.clearImmediate(im);

let ran = false;
timers.setTimeout((a, b) => {
  assert.strictEqual(a, 1);
  assert.strictEqual(b, 2);
  ran = true;
}, 1, 1, 2);
process.on('exit', () => assert.ok(ran));
