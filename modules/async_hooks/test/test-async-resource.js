'use strict';
// AsyncResource: argument checks, runInAsyncScope in the creation context,
// bind() with its asyncResource and length, the static bind, distinct
// ascending asyncIds and an explicit triggerAsyncId.
const assert = require('assert');
const { AsyncLocalStorage, AsyncResource, createHook } = require('async_hooks');

assert.throws(() => new AsyncResource(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received undefined',
});
assert.throws(() => new AsyncResource('X', { triggerAsyncId: -2 }), {
  code: 'ERR_INVALID_ASYNC_ID', message: 'Invalid triggerAsyncId value: -2',
});
assert.throws(() => new AsyncResource('X').bind(1), { code: 'ERR_INVALID_ARG_TYPE' });

const als = new AsyncLocalStorage();
const resource = als.run('created', () => new AsyncResource('Thing'));
const self = {};
assert.deepStrictEqual(
  resource.runInAsyncScope(function(x) { return [this, x, als.getStore()]; }, self, 7),
  [self, 7, 'created']);
assert.strictEqual(als.getStore(), undefined);

function named(a, b) { return [this, a, b, als.getStore()]; }
const boundFn = resource.bind(named);
assert.strictEqual(boundFn.length, 2);
assert.strictEqual(boundFn.asyncResource, resource);
assert.deepStrictEqual(boundFn.call(self, 1, 2), [self, 1, 2, 'created']);
const boundThis = resource.bind(named, self);
assert.deepStrictEqual(boundThis(3), [self, 3, undefined, 'created']);
const staticBound = als.run('static', () => AsyncResource.bind(() => als.getStore()));
assert.strictEqual(staticBound(), 'static');
assert.ok(staticBound.asyncResource instanceof AsyncResource);

const first = new AsyncResource('A');
const second = new AsyncResource('B', { triggerAsyncId: first.asyncId() });
assert.ok(second.asyncId() > first.asyncId());
assert.strictEqual(second.triggerAsyncId(), first.asyncId());
assert.strictEqual(new AsyncResource('C', 5).triggerAsyncId(), 5);
assert.strictEqual(first.emitDestroy(), first);

assert.throws(() => createHook({ init: 1 }), {
  code: 'ERR_ASYNC_CALLBACK', message: 'hook.init must be a function',
});

// Reading a bound function's asyncResource is deprecated (DEP0172), once.
const warnings = [];
process.on('warning', (w) => warnings.push(w.code));
boundFn.asyncResource;  // eslint-disable-line no-unused-expressions
process.on('exit', () => assert.deepStrictEqual(warnings, ['DEP0172']));
