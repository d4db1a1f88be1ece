'use strict';
// PassThrough hands chunks on unchanged.
const common = require('./fixtures/common');
const assert = require('assert');
const { PassThrough } = require('stream');

const p = new PassThrough();
p.write('a');
p.write(Buffer.from('b'));
assert.strictEqual(p.read().toString(), 'ab');
p.end('c');
p.on('data', common.mustCall((d) => assert.strictEqual(d.toString(), 'c')));
p.on('end', common.mustCall());
