'use strict';
// Shared by tests/napi/<area>/test.js: finds the compiled addons.
//
// The addon of area <area> is <NAPI_ADDON_DIR>/<area>.node. NAPI_ADDON_DIR
// defaults to $TMPDIR/mosaic-napi-addons (where run.sh builds by default).
const path = require('path');

const addonDir = path.resolve(process.env.NAPI_ADDON_DIR ||
                              path.join(process.env.TMPDIR || '/tmp', 'mosaic-napi-addons'));

function addonPath(area) {
  return path.join(addonDir, `${area}.node`);
}

function load(area) {
  return require(addonPath(area));
}

// Forces a full GC (needs --expose-gc) and lets queued finalizers run: node
// and Mosaic run non-experimental finalizers from the event loop.
async function gcAndWait(rounds = 3) {
  if (typeof globalThis.gc !== 'function') {
    throw new Error('run this test with --expose-gc');
  }
  for (let i = 0; i < rounds; i++) {
    globalThis.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// url.pathToFileURL(file).href, without needing the url module.
function fileURL(file) {
  try {
    return require('url').pathToFileURL(file).href;
  } catch {
    return 'file://' + path.resolve(file).split('/').map(encodeURIComponent).join('/');
  }
}

// The Buffer constructor, or undefined where the runtime has none yet.
function bufferConstructor() {
  if (typeof globalThis.Buffer === 'function') return globalThis.Buffer;
  try {
    return require('buffer').Buffer;
  } catch {
    return undefined;
  }
}

module.exports = { addonDir, addonPath, load, gcAndWait, fileURL, bufferConstructor };
