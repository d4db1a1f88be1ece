'use strict';
// Mosaic-specific: the exports, and the parts of the low-level API that
// need numbered async resources fail with ERR_MOSAIC_NOT_IMPLEMENTED.
const assert = require('assert');
const asyncHooks = require('async_hooks');

assert.deepStrictEqual(Object.keys(asyncHooks), [
  'AsyncLocalStorage', 'createHook', 'executionAsyncId', 'triggerAsyncId',
  'executionAsyncResource', 'asyncWrapProviders', 'AsyncResource',
]);
const notImplemented = { code: 'ERR_MOSAIC_NOT_IMPLEMENTED' };
assert.throws(() => asyncHooks.createHook({ init() {} }).enable(), notImplemented);
assert.throws(() => asyncHooks.executionAsyncId(), notImplemented);
assert.throws(() => asyncHooks.triggerAsyncId(), notImplemented);
assert.throws(() => asyncHooks.executionAsyncResource(), notImplemented);
// Without executionAsyncId, a resource's default trigger is 0 (node's id
// for an untracked context).
assert.strictEqual(new asyncHooks.AsyncResource('X').triggerAsyncId(), 0);
assert.deepStrictEqual(Object.keys(asyncHooks.asyncWrapProviders), []);
