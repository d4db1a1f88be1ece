'use strict';
// finished() validates its arguments.
require('./fixtures/common');
const assert = require('assert');
const { Readable, finished } = require('stream');

const r = new Readable({ read() {} });
assert.throws(() => finished(r), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(r, {}, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(r, { signal: 'x' }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(r, 5, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
