'use strict';
// EventEmitterAsyncResource: listeners run in the async context the emitter
// was created in (whoever emits), with its AsyncResource's ids.
const assert = require('assert');
const { EventEmitterAsyncResource } = require('events');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');

const als = new AsyncLocalStorage();
const emitter = als.run('creation', () => new EventEmitterAsyncResource({ name: 'Thing' }));
const seen = [];
emitter.on('event', (value) => seen.push([value, als.getStore()]));
als.run('emitter', () => emitter.emit('event', 1));
emitter.emit('event', 2);
assert.deepStrictEqual(seen, [[1, 'creation'], [2, 'creation']]);

assert.ok(emitter.asyncResource instanceof AsyncResource);
assert.strictEqual(emitter.asyncResource.eventEmitter, emitter);
assert.strictEqual(typeof emitter.asyncId, 'number');
assert.strictEqual(typeof emitter.triggerAsyncId, 'number');
const named = new EventEmitterAsyncResource('named');
assert.strictEqual(named.asyncResource.constructor.name, 'EventEmitterReferencingAsyncResource');
assert.ok(named.asyncId > emitter.asyncId);
assert.throws(() => new EventEmitterAsyncResource(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new EventEmitterAsyncResource({ name: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
emitter.emitDestroy();
