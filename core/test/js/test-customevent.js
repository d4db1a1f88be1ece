'use strict';
// CustomEvent: detail defaults to null; brand-checked getter.
const assert = require('./fixtures/assert');

const detail = { a: 1 };
const e = new CustomEvent('foo', { detail, cancelable: true });
assert.strictEqual(e.detail, detail);
assert.strictEqual(e.cancelable, true);
assert.ok(e instanceof Event);
assert.strictEqual(new CustomEvent('foo').detail, null);
assert.strictEqual(new CustomEvent('foo', { detail: undefined }).detail, null);
assert.strictEqual(new CustomEvent('foo', { detail: 0 }).detail, 0);
assert.strictEqual(Object.prototype.toString.call(e), '[object CustomEvent]');

const target = new EventTarget();
let got;
target.addEventListener('foo', (ev) => { got = ev.detail; });
target.dispatchEvent(e);
assert.strictEqual(got, detail);

assert.throws(() => new CustomEvent(), { code: 'ERR_MISSING_ARGS' });
const getter = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;
assert.throws(() => getter.call(new Event('foo')), { code: 'ERR_INVALID_THIS' });
