'use strict';
// v8.promiseHooks: init (with the parent for derived promises), before,
// after and settled in the engine's order; stopping; argument checks; and
// hooks side by side with AsyncLocalStorage, which shares the engine's hooks.
const assert = require('assert');
const { promiseHooks } = require('v8');
const { AsyncLocalStorage } = require('async_hooks');

assert.throws(() => promiseHooks.onInit(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "initHook" argument must be of type function. Received type number (1)',
});
assert.throws(() => promiseHooks.createHook({ settled: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

const events = [];
const stop = promiseHooks.createHook({
  init(promise, parent) { events.push(parent === undefined ? 'init' : 'init+parent'); },
  before() { events.push('before'); },
  after() { events.push('after'); },
  settled() { events.push('settled'); },
});
const als = new AsyncLocalStorage();
const inits = [];
const stopInit = promiseHooks.onInit(() => inits.push(als.getStore()));
als.run('stored', () => Promise.resolve(1).then(() => {
  assert.strictEqual(als.getStore(), 'stored');
})).then(() => {
  stop();
  stopInit();
  stopInit();  // twice is harmless
  // Promise.resolve(1), its .then, the outer .then; the first reaction
  // runs, settles its promise, and the second starts.
  assert.deepStrictEqual(events, [
    'init', 'settled', 'init+parent', 'init+parent', 'init+parent', 'before', 'settled', 'after',
    'before',
  ]);
  assert.ok(inits.includes('stored'));
  const count = events.length;
  return Promise.resolve().then(() => assert.strictEqual(events.length, count));
}).then(() => events.push('done'));
process.on('exit', () => assert.strictEqual(events.at(-1), 'done'));
