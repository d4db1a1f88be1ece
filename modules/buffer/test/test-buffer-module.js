'use strict';
// The module's exports and constants.
const assert = require('assert');
const buffer = require('buffer');

assert.deepStrictEqual(Object.keys(buffer).sort(), [
  'Blob', 'Buffer', 'File', 'INSPECT_MAX_BYTES', 'SlowBuffer', 'atob', 'btoa', 'constants',
  'isAscii', 'isUtf8', 'kMaxLength', 'kStringMaxLength', 'resolveObjectURL', 'transcode',
]);
assert.strictEqual(buffer.kMaxLength, 2 ** 32);
assert.strictEqual(buffer.kStringMaxLength, 2 ** 29 - 24);
assert.deepStrictEqual({ ...buffer.constants }, {
  MAX_LENGTH: buffer.kMaxLength,
  MAX_STRING_LENGTH: buffer.kStringMaxLength,
});
assert.strictEqual(require('node:buffer'), buffer);
assert.strictEqual(buffer.resolveObjectURL('blob:nodedata:1'), undefined);
