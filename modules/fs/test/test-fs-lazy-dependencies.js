'use strict';
// The fs plugin depends on stream (for its streams), but a runtime whose
// lock file records the dependency's version checks that version and opens
// the stream plugin only when something uses it: `require('fs')` alone
// stays cheap. (Plugins report their version in process.versions once
// loaded.)
const fs = require('fs');
const onMosaic = typeof process.versions.mosaic === 'string';
if (onMosaic) {
  if (process.versions.stream !== undefined) {
    throw new Error('require("fs") loaded the stream plugin');
  }
  if (process.versions.fs === undefined) throw new Error('fs plugin has no version');
}
const assert = require('assert');
fs.createReadStream(__filename).on('data', (chunk) => {
  assert.ok(chunk.length > 0);
}).on('close', () => {
  if (onMosaic) assert.match(process.versions.stream, /^\d+\.\d+\.\d+$/);
});
