'use strict';
// events.once() resolves with the arguments array, rejects on 'error' and
// on abort, and cleans up its listeners.
const assert = require('assert');
const EventEmitter = require('events');
const { once } = EventEmitter;

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 2));
  assert.deepStrictEqual(await once(e, 'ready'), [1, 2]);
  assert.strictEqual(e.listenerCount('ready'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  const failing = once(e, 'ready');
  const err = new Error('kaboom');
  e.emit('error', err);
  await assert.rejects(failing, err);
  assert.strictEqual(e.listenerCount('ready'), 0);

  const ac = new AbortController();
  const aborted = once(e, 'never', { signal: ac.signal });
  ac.abort();
  await assert.rejects(aborted, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.strictEqual(e.listenerCount('never'), 0);

  await assert.rejects(once(e, 'x', { signal: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });

  const et = new EventTarget();
  process.nextTick(() => et.dispatchEvent(new Event('ping')));
  const [event] = await once(et, 'ping');
  assert.strictEqual(event.type, 'ping');
})().then(() => { process.exitCode = 0; }, (err) => { console.error(err); process.exitCode = 1; });
