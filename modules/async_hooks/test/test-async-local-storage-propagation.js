'use strict';
// AsyncLocalStorage values reach every kind of callback scheduled under
// run(): nextTick, timers, intervals, immediates, queueMicrotask, promise
// reactions and awaits, fs callbacks and fs.promises; exit() and nested
// run()s, AsyncResource and snapshot() scopes, and enterWith().
const assert = require('assert');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();
const log = [];
const note = (label) => log.push(`${label}:${JSON.stringify(als.getStore())}`);
note('top');
als.run({ id: 1 }, () => {
  note('sync');
  process.nextTick(() => note('tick'));
  setTimeout(() => note('timeout'), 1);
  setImmediate(() => note('immediate'));
  queueMicrotask(() => note('microtask'));
  Promise.resolve().then(() => note('then'));
  (async () => { await null; note('await'); await new Promise((r) => setTimeout(r, 2)); note('await-timer'); })();
  const t = setInterval(() => { note('interval'); clearInterval(t); }, 1);
  fs.readFile(__filename, () => note('fs.readFile'));
  fs.promises.stat(__filename).then(() => note('fs.promises'));
  als.run({ id: 2 }, () => { setTimeout(() => note('nested'), 3); });
  als.exit(() => { note('exit'); setTimeout(() => note('exit-timeout'), 3); });
});
note('after-run');
const r = als.run({ id: 'res' }, () => new AsyncResource('X'));
r.runInAsyncScope(() => note('resource'));
const snap = als.run({ id: 'snap' }, () => AsyncLocalStorage.snapshot());
snap(() => note('snapshot'));
setTimeout(() => {
  als.enterWith({ id: 'entered' });
  note('entered');
  setTimeout(() => note('entered-timer'), 1);
}, 20);
process.on('exit', () => {
  assert.deepStrictEqual(log.sort(), [
    'after-run:undefined', 'await-timer:{"id":1}', 'await:{"id":1}',
    'entered-timer:{"id":"entered"}', 'entered:{"id":"entered"}', 'exit-timeout:undefined',
    'exit:undefined', 'fs.promises:{"id":1}', 'fs.readFile:{"id":1}', 'immediate:{"id":1}',
    'interval:{"id":1}', 'microtask:{"id":1}', 'nested:{"id":2}', 'resource:{"id":"res"}',
    'snapshot:{"id":"snap"}', 'sync:{"id":1}', 'then:{"id":1}', 'tick:{"id":1}',
    'timeout:{"id":1}', 'top:undefined',
  ]);
});
