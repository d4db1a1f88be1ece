'use strict';
// stream/promises finished() resolves or rejects.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');
const { finished } = require('stream/promises');

const ok = Readable.from(['a']);
ok.resume();
finished(ok).then(common.mustCall((v) => assert.strictEqual(v, undefined)));

const bad = new Readable({ read() {} });
bad.on('error', () => {});
finished(bad).catch(common.mustCall((err) => assert.strictEqual(err.message, 'nope')));
bad.destroy(new Error('nope'));
assert.strictEqual(require('stream').promises, require('stream/promises'));
