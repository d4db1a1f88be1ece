'use strict';
// assert.deepEqual: loose (==) comparison of primitives, prototypes and
// symbol keys ignored.
const assert = require('assert');

const equal = [
  [{ a: 1 }, { a: '1' }], [[1, 2], ['1', '2']], [null, undefined], [0, -0],
  [Object.create(null), {}], [new Set([1]), new Set(['1'])],
  [new Map([[1, 'a']]), new Map([['1', 'a']])], [{ [Symbol('s')]: 1 }, {}],
  [new Date(0), Object.setPrototypeOf(new Date(0), null)], [NaN, NaN],
  [new Float64Array([0]), new Float64Array([-0])],
];
const unequal = [
  [{ a: 1 }, { a: 2 }], [[1], { 0: 1 }], [new Number(1), 1], [/a/g, /a/i],
  [new Error('a'), new Error('b')], [new Float64Array([NaN]), new Float64Array([NaN])],
  [[1, , 3], [1, undefined, 3]], [new Date(NaN), new Date(NaN)],
];
for (const [a, b] of equal) {
  assert.deepEqual(a, b);
  assert.deepEqual(b, a);
}
for (const [a, b] of unequal) {
  assert.notDeepEqual(a, b);
  assert.throws(() => assert.deepEqual(a, b), { code: 'ERR_ASSERTION', operator: 'deepEqual' });
}
assert.throws(() => assert.deepEqual({ a: 1 }, { a: 2 }), {
  message: 'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
    'should loosely deep-equal\n\n{\n  a: 2\n}',
});
assert.throws(() => assert.notDeepEqual({ a: 1 }, { a: 1 }), {
  message: 'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}',
});
