'use strict';
// util.getSystemErrorName / getSystemErrorMap.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-13), 'EACCES');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');
assert.throws(() => util.getSystemErrorName(1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "err" is out of range. It must be a negative integer. Received 1',
});
assert.throws(() => util.getSystemErrorName('x'), { code: 'ERR_INVALID_ARG_TYPE' });
const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.deepStrictEqual(map.get(-2), ['ENOENT', 'no such file or directory']);
// Two errnos node 20's libuv names and Debian's 1.44 does not.
assert.strictEqual(util.getSystemErrorName(-61), 'ENODATA');
assert.strictEqual(util.getSystemErrorName(-49), 'EUNATCH');
assert.deepStrictEqual(map.get(-61), ['ENODATA', 'no data available']);
assert.strictEqual(map.size, 84);
