'use strict';
// Readable/Writable/Duplex fromWeb()/toWeb(): node converts; a runtime
// without web streams (Mosaic) throws ERR_MOSAIC_NOT_IMPLEMENTED.
require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');

function attempt(fn) {
  try {
    return fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_MOSAIC_NOT_IMPLEMENTED');
    return null;
  }
}

const web = attempt(() => Readable.toWeb(Readable.from(['x'])));
if (web !== null) assert.strictEqual(typeof web.getReader, 'function');
const ws = attempt(() => Writable.toWeb(new Writable({ write(c, e, cb) { cb(); } })));
if (ws !== null) assert.strictEqual(typeof ws.getWriter, 'function');
const pair = attempt(() => Duplex.toWeb(new Duplex({ read() {}, write(c, e, cb) { cb(); } })));
if (pair !== null) assert.strictEqual(typeof pair.readable, 'object');
for (const fn of [Readable.fromWeb, Writable.fromWeb, Duplex.fromWeb]) {
  assert.strictEqual(typeof fn, 'function');
}
