'use strict';
// Buffer.isEncoding: the known names, case-insensitively; nothing else.
const assert = require('assert');
const { Buffer } = require('buffer');

for (const enc of ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1',
                   'binary', 'BINARY', 'ascii', 'base64', 'base64url', 'hex', 'Hex']) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
}
for (const enc of ['', 'utf9', 'utf-16', 'latin-1', 'hex ', null, undefined, 5, {}, []]) {
  assert.strictEqual(Buffer.isEncoding(enc), false, String(enc));
}
