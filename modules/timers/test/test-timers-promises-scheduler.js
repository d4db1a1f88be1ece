'use strict';
// timers/promises scheduler.wait / scheduler.yield.
const assert = require('assert');
const { scheduler } = require('timers/promises');

async function main() {
  assert.strictEqual(typeof scheduler, 'object');
  assert.strictEqual(scheduler.wait.length, 2);
  assert.strictEqual(scheduler.yield.length, 0);
  assert.strictEqual(scheduler.constructor.name, 'Scheduler');
  assert.throws(() => new scheduler.constructor(), {
    code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError', message: 'Illegal constructor',
  });
  assert.throws(() => scheduler.wait.call({}, 1), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Scheduler',
  });
  assert.throws(() => scheduler.yield.call({}), { code: 'ERR_INVALID_THIS' });

  const start = Date.now();
  assert.strictEqual(await scheduler.wait(20), undefined);
  assert.ok(Date.now() - start >= 15);
  assert.strictEqual(await scheduler.wait(), undefined);
  assert.strictEqual(await scheduler.yield(), undefined);

  await assert.rejects(scheduler.wait('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(scheduler.wait(1, null), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(scheduler.wait(1, { signal: AbortSignal.abort() }),
                       { name: 'AbortError', code: 'ABORT_ERR' });

  const order = [];
  const a = scheduler.yield().then(() => order.push('yield'));
  const b = scheduler.wait(5).then(() => order.push('wait'));
  await Promise.all([a, b]);
  assert.deepStrictEqual(order, ['yield', 'wait']);
}

let done = false;
main().then(() => { done = true; });
process.on('exit', () => assert.ok(done, 'main() finished'));
