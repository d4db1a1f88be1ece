'use strict';
// escape/unescape/unescapeBuffer.
const assert = require('assert');
const qs = require('querystring');

assert.strictEqual(qs.escape("AZaz09-._~!'()*"), "AZaz09-._~!'()*");
assert.strictEqual(qs.escape(' &=+/?#'), '%20%26%3D%2B%2F%3F%23');
assert.strictEqual(qs.escape('é€😀'), '%C3%A9%E2%82%AC%F0%9F%98%80');
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape({ toString() { return 'a b'; } }), 'a%20b');
assert.throws(() => qs.escape('\ud800'), { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });

assert.strictEqual(qs.unescape('a%20b'), 'a b');
assert.strictEqual(qs.unescape('a+b'), 'a+b');
assert.strictEqual(qs.unescape('a+b%zz', true), 'a b%zz');
assert.strictEqual(qs.unescape('%E2%82'), '\ufffd');
assert.deepStrictEqual([...qs.unescapeBuffer('%41%4')], [0x41, 0x25, 0x34]);
assert.deepStrictEqual([...qs.unescapeBuffer('a+b', true)], [0x61, 0x20, 0x62]);
assert(Buffer.isBuffer(qs.unescapeBuffer('x')));
