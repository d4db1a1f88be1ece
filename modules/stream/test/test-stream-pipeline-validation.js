'use strict';
// pipeline() needs a callback and at least two streams.
require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable, pipeline } = require('stream');

assert.throws(() => pipeline(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => pipeline(Readable.from([]), new Writable()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => pipeline(Readable.from([]), () => {}), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => pipeline(() => 42, new Writable(), () => {}), { code: 'ERR_INVALID_RETURN_VALUE' });
