'use strict';
// hex, latin1 and ascii decode every chunk completely.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const bytes = Buffer.from([0x00, 0x7f, 0x80, 0xe9, 0xff]);
assert.strictEqual(new StringDecoder('hex').write(bytes), '007f80e9ff');
assert.strictEqual(new StringDecoder('latin1').write(bytes), '\u0000\u007f\u0080\u00e9\u00ff');
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
assert.strictEqual(new StringDecoder('ascii').write(bytes), '\u0000\u007f\u0000\u0069\u007f');
const d = new StringDecoder('hex');
d.write(Buffer.from([0xab]));
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.end(), '');
