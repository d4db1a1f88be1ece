'use strict';
// An 'error' event without listeners throws: Error instances as is, other
// values wrapped in ERR_UNHANDLED_ERROR; errorMonitor sees errors first.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const boom = new Error('boom');
assert.throws(() => e.emit('error', boom), (err) => err === boom);

assert.throws(() => e.emit('error', 'str'), {
  name: 'Error',
  code: 'ERR_UNHANDLED_ERROR',
  message: "Unhandled error. ('str')",
  context: 'str',
});
assert.throws(() => e.emit('error'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (undefined)',
});
assert.throws(() => e.emit('error', { a: 1 }), {
  message: 'Unhandled error. ({ a: 1 })',
});

const monitored = [];
e.on(EventEmitter.errorMonitor, (err) => monitored.push(err));
assert.throws(() => e.emit('error', boom), (err) => err === boom);
assert.deepStrictEqual(monitored, [boom]);

let handled;
e.on('error', (err) => { handled = err; });
assert.strictEqual(e.emit('error', boom), true);
assert.strictEqual(handled, boom);
assert.strictEqual(monitored.length, 2);
