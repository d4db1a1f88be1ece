'use strict';
// `once` listeners are removed before they run, so re-adding from inside
// the listener schedules it for the next dispatch only.
const assert = require('./fixtures/assert');

const target = new EventTarget();
let calls = 0;
function listener() {
  calls++;
  if (calls === 1) target.addEventListener('foo', listener, { once: true });
}
target.addEventListener('foo', listener, { once: true });

target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 1);
target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 2);
target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 2);

// once listeners registered with and without capture are distinct.
let n = 0;
const f = () => n++;
const t2 = new EventTarget();
t2.addEventListener('bar', f, { once: true });
t2.addEventListener('bar', f, { once: true, capture: true });
t2.dispatchEvent(new Event('bar'));
t2.dispatchEvent(new Event('bar'));
assert.strictEqual(n, 2);
