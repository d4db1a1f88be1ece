'use strict';
// util.toUSVString replaces lone surrogates with U+FFFD.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.toUSVString('abc'), 'abc');
assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(util.toUSVString('\udc00\ud83d\ude00\ud83d'), '\ufffd\ud83d\ude00\ufffd');
assert.strictEqual(util.toUSVString(5), '5');
