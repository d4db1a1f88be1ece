'use strict';
// The module's shape.
require('./fixtures/common');
const assert = require('assert');
const EventEmitter = require('events');
const stream = require('stream');

for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline',
                    'finished', 'compose', 'addAbortSignal', 'destroy', 'isReadable',
                    'isErrored', 'isDisturbed', 'getDefaultHighWaterMark',
                    'setDefaultHighWaterMark']) {
  assert.strictEqual(typeof stream[name], 'function', name);
}
assert.strictEqual(typeof stream.Readable.from, 'function');
assert.strictEqual(Object.getPrototypeOf(stream.prototype), EventEmitter.prototype);
assert.strictEqual(Object.getPrototypeOf(stream.Readable.prototype), stream.prototype);
assert.strictEqual(Object.getPrototypeOf(stream.Duplex.prototype), stream.Readable.prototype);
assert.strictEqual(typeof stream.Readable.prototype[Symbol.asyncIterator], 'function');
assert.deepStrictEqual(Object.keys(stream.promises).sort(), ['finished', 'pipeline']);
