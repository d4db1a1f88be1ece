'use strict';
// DOMException(message, nameOrOptions).
const assert = require('./fixtures/assert');

const plain = new DOMException();
assert.strictEqual(plain.name, 'Error');
assert.strictEqual(plain.message, '');
assert.strictEqual(plain.code, 0);

const named = new DOMException('msg', 'NotFoundError');
assert.strictEqual(named.name, 'NotFoundError');
assert.strictEqual(named.message, 'msg');
assert.strictEqual(String(named), 'NotFoundError: msg');
assert.ok(named instanceof Error);
assert.strictEqual(named.stack.split('\n')[0], 'NotFoundError: msg');
assert.strictEqual(Object.prototype.toString.call(named), '[object DOMException]');
assert.deepStrictEqual(Object.keys(named), []);

const withCause = new DOMException('m', { name: 'AbortError', cause: 'why' });
assert.strictEqual(withCause.name, 'AbortError');
assert.strictEqual(withCause.code, 20);
assert.strictEqual(withCause.cause, 'why');
assert.strictEqual(Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable, false);
assert.strictEqual('cause' in new DOMException('m', { name: 'AbortError' }), false);

assert.strictEqual(new DOMException(null, null).name, 'null');
assert.strictEqual(new DOMException(null, null).message, 'null');

const nameGetter = Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get;
assert.throws(() => nameGetter.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of DOMException',
});
