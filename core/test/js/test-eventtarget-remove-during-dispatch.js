'use strict';
// A listener removed during a dispatch does not run; one added during a
// dispatch runs in that dispatch only if it was appended behind a listener
// that had not run yet.
const assert = require('./fixtures/assert');

const target = new EventTarget();
const log = [];
function third() { log.push(3); }
target.addEventListener('foo', () => {
  log.push(1);
  target.addEventListener('foo', () => log.push('added'));
});
target.addEventListener('foo', () => {
  log.push(2);
  target.removeEventListener('foo', third);
});
target.addEventListener('foo', third);
target.dispatchEvent(new Event('foo'));
assert.deepStrictEqual(log, [1, 2, 'added']);

const t2 = new EventTarget();
const log2 = [];
t2.addEventListener('foo', () => {
  log2.push('only');
  t2.addEventListener('foo', () => log2.push('late'));
});
t2.dispatchEvent(new Event('foo'));
assert.deepStrictEqual(log2, ['only']);
// Second round: the first listener is no longer the tail, so the listener
// it appends now runs in the same dispatch, after the earlier one.
t2.dispatchEvent(new Event('foo'));
assert.deepStrictEqual(log2, ['only', 'only', 'late', 'late']);
