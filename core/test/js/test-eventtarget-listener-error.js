'use strict';
// An exception thrown by a listener does not stop the dispatch and does not
// propagate out of dispatchEvent(): it is reported asynchronously through
// process 'uncaughtException'. Rejections of async listeners too.
const assert = require('./fixtures/assert');

const errors = [];
process.on('uncaughtException', (err) => errors.push(err.message));

const target = new EventTarget();
const log = [];
target.addEventListener('foo', () => { throw new Error('sync boom'); });
target.addEventListener('foo', () => log.push('second'));
target.addEventListener('foo', async () => { throw new Error('async boom'); });
target.addEventListener('foo', () => log.push('fourth'));

assert.strictEqual(target.dispatchEvent(new Event('foo')), true);
assert.deepStrictEqual(log, ['second', 'fourth']);
assert.deepStrictEqual(errors, []);  // nothing reported synchronously

setTimeout(() => {
  assert.deepStrictEqual(errors.sort(), ['async boom', 'sync boom']);
}, 10);
