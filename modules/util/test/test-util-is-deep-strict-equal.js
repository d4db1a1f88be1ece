'use strict';
// util.isDeepStrictEqual shares assert.deepStrictEqual's algorithm.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.isDeepStrictEqual({ a: [1, new Map([[1, { b: 2 }]])] }, { a: [1, new Map([[1, { b: 2 }]])] }), true);
assert.strictEqual(util.isDeepStrictEqual(1, '1'), false);
assert.strictEqual(util.isDeepStrictEqual(NaN, NaN), true);
assert.strictEqual(util.isDeepStrictEqual(0, -0), false);
assert.strictEqual(util.isDeepStrictEqual([1, , 3], [1, undefined, 3]), false);
assert.strictEqual(util.isDeepStrictEqual(new URL('http://a/'), new URL('http://a/')), true);
assert.strictEqual(util.isDeepStrictEqual(new URL('http://a/'), new URL('http://b/')), false);
