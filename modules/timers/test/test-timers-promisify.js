'use strict';
// setTimeout / setImmediate carry util.promisify.custom hooks that resolve
// to the timers/promises functions.
const assert = require('assert');
require('timers');
const timersPromises = require('timers/promises');

const custom = Symbol.for('nodejs.util.promisify.custom');
for (const [fn, expected] of [[setTimeout, timersPromises.setTimeout],
                              [setImmediate, timersPromises.setImmediate]]) {
  const desc = Object.getOwnPropertyDescriptor(fn, custom);
  assert.ok(desc, `${fn.name} has a promisify hook`);
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, false);
  assert.strictEqual(fn[custom], expected);
}

async function main() {
  const order = [];
  const sleep = setTimeout[custom];
  const tick = setImmediate[custom];
  const start = Date.now();
  assert.strictEqual(await sleep(20, 'slept'), 'slept');
  assert.ok(Date.now() - start >= 15);
  order.push('timeout');
  assert.strictEqual(await tick('ticked'), 'ticked');
  order.push('immediate');
  assert.deepStrictEqual(order, ['timeout', 'immediate']);

  // With util when this runtime has it.
  let util;
  try {
    util = require('util');
  } catch (err) {
    if (err.code !== 'ERR_MOSAIC_PLUGIN_MISSING') throw err;
  }
  if (util !== undefined) {
    assert.strictEqual(util.promisify(setTimeout), timersPromises.setTimeout);
    assert.strictEqual(util.promisify(setImmediate), timersPromises.setImmediate);
    assert.strictEqual(await util.promisify(setTimeout)(1, 'v'), 'v');
  }
}

let done = false;
main().then(() => { done = true; });
process.on('exit', () => assert.ok(done));
