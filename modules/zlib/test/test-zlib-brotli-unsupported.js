'use strict';
// Mosaic-specific: Brotli is not implemented yet, and says so.
const assert = require('assert');
const zlib = require('zlib');

for (const name of ['brotliCompressSync', 'brotliDecompressSync', 'createBrotliCompress',
                    'createBrotliDecompress', 'BrotliCompress']) {
  assert.throws(() => zlib[name](Buffer.from('x')), { code: 'ERR_MOSAIC_NOT_IMPLEMENTED' }, name);
}
