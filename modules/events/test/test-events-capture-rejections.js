'use strict';
// captureRejections routes rejected promises returned by listeners to
// Symbol.for('nodejs.rejection') or to 'error'.
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type boolean. ' +
           'Received type number (1)',
});

const e = new EventEmitter({ captureRejections: true });
const failure = new Error('async failure');
e.on('x', async () => { throw failure; });
e.on('error', (err) => {
  assert.strictEqual(err, failure);

  const h = new EventEmitter({ captureRejections: true });
  const other = new Error('other');
  h[Symbol.for('nodejs.rejection')] = (err2, type, ...args) => {
    assert.strictEqual(err2, other);
    assert.strictEqual(type, 'y');
    assert.deepStrictEqual(args, [1, 2]);
    process.exitCode = 0;
  };
  h.on('y', async () => { throw other; });
  h.emit('y', 1, 2);
});
process.exitCode = 1;  // set back to 0 once the hook ran
e.emit('x');
