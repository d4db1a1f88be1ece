'use strict';
// Non-byte chunks are refused outside objectMode; typed arrays are
// accepted as their bytes.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.strictEqual(r.push(42), false);

const t = new Readable({ read() {} });
t.push(new Uint16Array([0x4241]));
t.push(new DataView(new Uint8Array([0x43]).buffer));
assert.strictEqual(t.read().toString('latin1'), 'ABC');
