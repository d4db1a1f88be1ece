'use strict';
// events.on() yields argument arrays in order, buffers events, ends on
// return()/close events, and rejects on 'error' and abort.
const assert = require('assert');
const EventEmitter = require('events');
const { on } = EventEmitter;

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('data', 1);
    e.emit('data', 2, 3);
    e.emit('end');
  });
  const got = [];
  for await (const args of on(e, 'data', { close: ['end'] })) got.push(args);
  assert.deepStrictEqual(got, [[1], [2, 3]]);
  assert.strictEqual(e.listenerCount('data'), 0);
  assert.strictEqual(e.listenerCount('end'), 0);

  const it = on(e, 'data');
  process.nextTick(() => e.emit('error', new Error('bad')));
  await assert.rejects(it.next(), { message: 'bad' });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });

  const ac = new AbortController();
  const it2 = on(e, 'data', { signal: ac.signal });
  const pending = it2.next();
  ac.abort();
  await assert.rejects(pending, { name: 'AbortError' });
  assert.throws(() => on(e, 'data', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.throws(() => on(e, 'data', { highWaterMark: 0 }), { code: 'ERR_OUT_OF_RANGE' });
})().then(() => { process.exitCode = 0; }, (err) => { console.error(err); process.exitCode = 1; });
