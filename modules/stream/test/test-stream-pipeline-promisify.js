'use strict';
// util.promisify(pipeline/finished) give the stream/promises functions.
require('./fixtures/common');
const assert = require('assert');
const util = require('util');
const stream = require('stream');

assert.strictEqual(util.promisify(stream.pipeline), stream.promises.pipeline);
assert.strictEqual(util.promisify(stream.finished), stream.promises.finished);
