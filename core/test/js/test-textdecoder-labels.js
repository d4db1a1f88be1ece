'use strict';
// Labels are matched case-insensitively after trimming ASCII whitespace.
const assert = require('./fixtures/assert');

const enc = (label) => new TextDecoder(label).encoding;
assert.strictEqual(enc(), 'utf-8');
assert.strictEqual(enc(undefined), 'utf-8');
assert.strictEqual(enc('UTF8'), 'utf-8');
assert.strictEqual(enc(' \tunicode-1-1-utf-8\n'), 'utf-8');
assert.strictEqual(enc('UCS-2'), 'utf-16le');
assert.strictEqual(enc('unicodefffe'), 'utf-16be');
assert.strictEqual(enc('latin1'), 'windows-1252');
assert.strictEqual(enc('ascii'), 'windows-1252');
assert.strictEqual(enc('ISO-8859-1'), 'windows-1252');

assert.throws(() => new TextDecoder('foo'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED',
  name: 'RangeError',
  message: 'The "foo" encoding is not supported',
});
assert.throws(() => new TextDecoder('\u00a0utf-8'), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
assert.throws(() => new TextDecoder('iso-2022-kr'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED',
  message: 'The "replacement" encoding is not supported',
});
assert.throws(() => new TextDecoder('utf8', 1), { code: 'ERR_INVALID_ARG_TYPE' });
const td = new TextDecoder('utf8', { fatal: 1, ignoreBOM: 'yes' });
assert.strictEqual(td.fatal, true);
assert.strictEqual(td.ignoreBOM, true);
