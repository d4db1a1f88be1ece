'use strict';
// structuredClone() of cloneable values.
const assert = require('./fixtures/assert');

const o = { a: 1, nested: { b: [1, 2, { c: 3 }] } };
o.self = o;
const c = structuredClone(o);
assert.ok(c !== o);
assert.strictEqual(c.self, c);
assert.deepStrictEqual(c.nested, { b: [1, 2, { c: 3 }] });
assert.strictEqual(structuredClone(new Date(0)).toISOString(), '1970-01-01T00:00:00.000Z');
assert.deepStrictEqual(structuredClone(new Map([[1, 'a']])).get(1), 'a');
assert.deepStrictEqual([...structuredClone(new Set([1, 2]))], [1, 2]);
assert.strictEqual(structuredClone(/ab+c/gi).toString(), '/ab+c/gi');
assert.strictEqual(structuredClone(10n), 10n);
assert.strictEqual(structuredClone(undefined), undefined);
assert.strictEqual(structuredClone(null, null), null);
const err = structuredClone(new RangeError('bad'));
assert.ok(err instanceof RangeError);
assert.strictEqual(err.message, 'bad');
assert.deepStrictEqual(Array.from(structuredClone(new Uint16Array([1, 2]))), [1, 2]);
class A { constructor() { this.x = 1; } }
const plain = structuredClone(new A());
assert.strictEqual(Object.getPrototypeOf(plain), Object.prototype);
assert.strictEqual(plain.x, 1);
assert.strictEqual(structuredClone.length, 0);
