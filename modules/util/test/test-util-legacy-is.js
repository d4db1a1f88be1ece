'use strict';
// The deprecated util.is* helpers.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.isArray, Array.isArray);
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(util.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(util.isNull(null), true);
assert.strictEqual(util.isNullOrUndefined(undefined), true);
assert.strictEqual(util.isNumber(NaN), true);
assert.strictEqual(util.isString(''), true);
assert.strictEqual(util.isSymbol(Symbol.iterator), true);
assert.strictEqual(util.isUndefined(undefined), true);
assert.strictEqual(util.isRegExp(/x/), true);
assert.strictEqual(util.isObject(null), false);
assert.strictEqual(util.isObject(() => {}), false);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isError(Object.create(Error.prototype)), true);
assert.strictEqual(util.isError({ [Symbol.toStringTag]: 'Error' }), true);
assert.strictEqual(util.isFunction(class {}), true);
assert.strictEqual(util.isPrimitive(1n), true);
assert.strictEqual(util.isPrimitive({}), false);
assert.deepStrictEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });
