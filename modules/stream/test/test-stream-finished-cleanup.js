'use strict';
// The function finished() returns removes its listeners.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, finished } = require('stream');

const r = new Readable({ read() {} });
const counts = () => ['end', 'error', 'close', 'finish'].map((e) => r.listenerCount(e));
const before = counts();
const cleanup = finished(r, common.mustNotCall());
assert.notDeepStrictEqual(counts(), before);
cleanup();
assert.deepStrictEqual(counts(), before);
r.on('error', () => {});
r.destroy(new Error('x'));
