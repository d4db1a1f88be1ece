'use strict';
// timers/promises setInterval: an async generator yielding once per tick.
const assert = require('assert');
const { setInterval: every, setTimeout: sleep } = require('timers/promises');

async function main() {
  const iterator = every(5, 'v');
  assert.strictEqual(Object.prototype.toString.call(iterator), '[object AsyncGenerator]');
  assert.strictEqual(iterator[Symbol.asyncIterator](), iterator);

  let n = 0;
  for await (const value of every(5, 'tick')) {
    assert.strictEqual(value, 'tick');
    if (++n === 3) break;
  }
  assert.strictEqual(n, 3);

  // Ticks that happen while the consumer is busy are yielded later.
  const busy = every(5, 'w');
  assert.deepStrictEqual(await busy.next(), { value: 'w', done: false });
  await sleep(40);
  assert.deepStrictEqual(await busy.next(), { value: 'w', done: false });
  assert.deepStrictEqual(await busy.next(), { value: 'w', done: false });
  assert.deepStrictEqual(await busy.return(7), { value: 7, done: true });
  assert.deepStrictEqual(await busy.next(), { value: undefined, done: true });

  // Validation happens on the first next().
  const bad = every('x');
  await assert.rejects(bad.next(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "delay" argument must be of type number. Received type string (\'x\')',
  });
  await assert.rejects(every(1, 1, null).next(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received null',
  });
  await assert.rejects(every(1, 1, { ref: 'x' }).next(), {
    message: 'The "options.ref" property must be of type boolean. Received type string (\'x\')',
  });
  await assert.rejects(every(1, 1, { signal: AbortSignal.abort('pre') }).next(),
                       { name: 'AbortError', code: 'ABORT_ERR', cause: 'pre' });

  // Aborting while waiting rejects the pending next() and finishes it.
  const ac = new AbortController();
  const aborted = every(10, 'a', { signal: ac.signal });
  assert.deepStrictEqual(await aborted.next(), { value: 'a', done: false });
  setTimeout(() => ac.abort('stop'), 2);
  await assert.rejects(aborted.next(), { name: 'AbortError', cause: 'stop' });
  assert.deepStrictEqual(await aborted.next(), { value: undefined, done: true });

  // Aborting a for-await loop from inside.
  const ac2 = new AbortController();
  let count = 0;
  await assert.rejects(async () => {
    for await (const _ of every(1, undefined, { signal: ac2.signal })) {
      if (++count === 2) ac2.abort();
    }
  }, { name: 'AbortError' });
  assert.strictEqual(count, 2);
}

let done = false;
main().then(() => { done = true; });
process.on('exit', () => assert.ok(done, 'main() finished'));
