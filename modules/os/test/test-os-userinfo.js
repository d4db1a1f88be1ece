'use strict';
// os.userInfo and its encoding option.
const assert = require('assert');
const os = require('os');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(typeof info.uid, 'number');
assert.strictEqual(typeof info.username, 'string');
const asBuffer = os.userInfo({ encoding: 'buffer' });
assert.ok(Buffer.isBuffer(asBuffer.username));
assert.strictEqual(asBuffer.username.toString(), info.username);
assert.strictEqual(os.userInfo({ encoding: 'hex' }).username, Buffer.from(info.username).toString('hex'));
// Unknown encodings and non-object options mean UTF-8.
assert.strictEqual(os.userInfo({ encoding: 'bogus' }).username, info.username);
assert.strictEqual(os.userInfo('x').username, info.username);
