'use strict';
// timers/promises setImmediate: value, ordering against timers and
// nextTick, validation, abort.
const assert = require('assert');
const { setImmediate: immediate } = require('timers/promises');

async function main() {
  assert.strictEqual(await immediate(), undefined);
  assert.strictEqual(await immediate('v'), 'v');

  const order = [];
  process.nextTick(() => order.push('tick'));
  const p = immediate().then(() => order.push('immediate'));
  order.push('sync');
  await p;
  assert.deepStrictEqual(order, ['sync', 'tick', 'immediate']);

  await assert.rejects(immediate(1, 'str'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type string (\'str\')',
  });
  await assert.rejects(immediate(1, { signal: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
             'Received an instance of Object',
  });
  await assert.rejects(immediate(1, { ref: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });

  await assert.rejects(immediate(1, { signal: AbortSignal.abort('r') }),
                       { name: 'AbortError', code: 'ABORT_ERR', cause: 'r' });

  const ac = new AbortController();
  const pending = immediate('x', { signal: ac.signal });
  ac.abort('late');
  await assert.rejects(pending, { name: 'AbortError', cause: 'late' });

  // ref: false immediates still run while something else keeps the loop up.
  const keepAlive = setTimeout(() => {}, 1000);
  assert.strictEqual(await immediate('u', { ref: false }), 'u');
  clearTimeout(keepAlive);
}

let done = false;
main().then(() => { done = true; });
process.on('exit', () => assert.ok(done, 'main() finished'));
