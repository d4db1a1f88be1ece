'use strict';
// assert.deepStrictEqual: Object.is for primitives, prototypes, tags,
// symbol keys, boxed values, typed array bytes, error fields.
const assert = require('assert');

const equal = [
  [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [NaN, NaN], [new Number(NaN), new Number(NaN)],
  [new Float64Array([NaN]), new Float64Array([NaN])], [[1, , 3], [1, , 3]],
  [{ [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 1 }], [new Error('a'), new Error('a')],
  [Buffer.from('abc'), Buffer.from('xabc').subarray(1)], [new String('a'), new String('a')],
  [{ get x() { return 1; } }, { x: 1 }], [new WeakMap(), new WeakMap()],
];
const unequal = [
  [0, -0], [1, '1'], [Object.create(null), {}], [new Set([1]), new Set(['1'])],
  [{ [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 2 }], [new Error('a'), new TypeError('a')],
  [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })], [new Uint8Array(1), new Int8Array(1)],
  [new Number(0), new Number(-0)], [Object.assign(/a/g, { lastIndex: 1 }), /a/g],
  [new (class A {})(), new (class B {})()], [(function() { return arguments; })(1), [1]],
  [new Float64Array([0]), new Float64Array([-0])], [{ a: undefined }, {}],
];
for (const [a, b] of equal) {
  assert.deepStrictEqual(a, b);
  assert.deepStrictEqual(b, a);
}
for (const [a, b] of unequal) {
  assert.notDeepStrictEqual(a, b);
  assert.throws(() => assert.deepStrictEqual(a, b), { code: 'ERR_ASSERTION', operator: 'deepStrictEqual' });
}
