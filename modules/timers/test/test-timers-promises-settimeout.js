'use strict';
// timers/promises setTimeout: value, delay, ordering, validation, abort.
const assert = require('assert');
const { setTimeout: sleep } = require('timers/promises');

async function rejectsWith(promise, props) {
  await assert.rejects(promise, props);
}

async function main() {
  assert.strictEqual(await sleep(), undefined);
  assert.strictEqual(await sleep(1, 'value'), 'value');
  const obj = {};
  assert.strictEqual(await sleep(0, obj), obj);
  // Odd delays are 1 ms, as for the callback API.
  assert.strictEqual(await sleep(-5, 'neg'), 'neg');
  assert.strictEqual(await sleep(NaN, 'nan'), 'nan');

  const start = Date.now();
  await sleep(30);
  assert.ok(Date.now() - start >= 25, 'waited');

  // Shorter timers settle first.
  const order = [];
  await Promise.all([
    sleep(20).then(() => order.push(20)),
    sleep(5).then(() => order.push(5)),
    sleep(10).then(() => order.push(10)),
  ]);
  assert.deepStrictEqual(order, [5, 10, 20]);

  // Validation errors reject (never throw).
  for (const delay of ['1', {}, null, 1n]) {
    const p = sleep(delay);
    assert.ok(p instanceof Promise);
    await rejectsWith(p, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  }
  await rejectsWith(sleep('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "delay" argument must be of type number. Received type string (\'x\')',
  });
  for (const options of [null, 'str', 1, []]) {
    await rejectsWith(sleep(1, 1, options), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "options" argument must be of type object\./,
    });
  }
  await rejectsWith(sleep(1, 1, { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
             'Received type number (1)',
  });
  await rejectsWith(sleep(1, 1, { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
  await rejectsWith(sleep(1, 1, { ref: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.ref" property must be of type boolean. Received type number (1)',
  });

  // An already aborted signal rejects at once, with the reason as cause.
  const reason = new Error('why');
  await rejectsWith(sleep(10, 1, { signal: AbortSignal.abort(reason) }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, reason);
    return true;
  });

  // Aborting later cancels the timer.
  const ac = new AbortController();
  const started = Date.now();
  const pending = sleep(10000, 'never', { signal: ac.signal });
  setTimeout(() => ac.abort('stop'), 5);
  await rejectsWith(pending, { name: 'AbortError', code: 'ABORT_ERR', cause: 'stop' });
  assert.ok(Date.now() - started < 5000);

  // A signal that is never aborted does not interfere.
  const ac2 = new AbortController();
  assert.strictEqual(await sleep(1, 'fine', { signal: ac2.signal, ref: true }), 'fine');
  ac2.abort();  // after settlement: harmless
}

let done = false;
main().then(() => { done = true; });
process.on('exit', () => assert.ok(done, 'main() finished'));
