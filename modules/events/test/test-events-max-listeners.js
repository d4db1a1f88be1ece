'use strict';
// setMaxListeners()/getMaxListeners(), the defaults, their validation and
// the MaxListenersExceededWarning (emitted once per event name).
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
const e = new EventEmitter();
assert.strictEqual(e.getMaxListeners(), 10);
assert.strictEqual(e.setMaxListeners(2), e);
assert.strictEqual(e.getMaxListeners(), 2);
assert.strictEqual(EventEmitter.getMaxListeners(e), 2);
EventEmitter.setMaxListeners(3, e);
assert.strictEqual(e.getMaxListeners(), 3);

for (const bad of [-1, NaN, 'x', null]) {
  assert.throws(() => e.setMaxListeners(bad), {
    code: typeof bad === 'number' ? 'ERR_OUT_OF_RANGE' : 'ERR_INVALID_ARG_TYPE',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = bad; }, {
    code: typeof bad === 'number' ? 'ERR_OUT_OF_RANGE' : 'ERR_INVALID_ARG_TYPE',
  });
}
assert.throws(() => e.setMaxListeners(-1), {
  name: 'RangeError',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});

const warnings = [];
process.on('warning', (w) => warnings.push(w));
const w = new EventEmitter();
w.setMaxListeners(1);
w.on('foo', () => {});
w.on('foo', () => {});
w.on('foo', () => {});
setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  const [warning] = warnings;
  assert.strictEqual(warning.name, 'MaxListenersExceededWarning');
  assert.strictEqual(warning.emitter, w);
  assert.strictEqual(warning.type, 'foo');
  assert.strictEqual(warning.count, 2);
  assert.strictEqual(warning.message,
                     'Possible EventEmitter memory leak detected. 2 foo listeners added to ' +
                     '[EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to ' +
                     'increase limit');
});
