'use strict';
// Maps and Sets compare members regardless of order, object keys deeply,
// and loosely in loose mode.
const assert = require('assert');

assert.deepStrictEqual(new Set([1, 2, 3]), new Set([3, 2, 1]));
assert.deepStrictEqual(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
assert.deepStrictEqual(new Map([[{ a: 1 }, 1], [{ a: 2 }, 2]]), new Map([[{ a: 2 }, 2], [{ a: 1 }, 1]]));
assert.notDeepStrictEqual(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 2]]));
assert.notDeepStrictEqual(new Set([1]), new Set(['1']));
assert.deepEqual(new Set([1, '1']), new Set(['1', 1]));
assert.deepEqual(new Map([[1, 1], ['1', 2]]), new Map([['1', 1], [1, 2]]));
assert.deepEqual(new Set([null]), new Set([undefined]));
assert.notDeepEqual(new Set([NaN]), new Set(['NaN']));
assert.notDeepEqual(new Map([[1, 'a']]), new Map([['1', 'b']]));
assert.notDeepStrictEqual(new Map(), new Set());
