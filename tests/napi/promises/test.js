'use strict';
// Node-API promises, dates, BigInts and napi_run_script.
const assert = require('assert');
const common = require('../common');
const addon = common.load('promises');

const kInvalidArg = 1;
const kStringExpected = 3;
const kBigintExpected = 17;
const kDateExpected = 18;

async function main() {
  // Promises.
  const p1 = addon.createPromise();
  assert.ok(p1 instanceof Promise);
  assert.strictEqual(addon.isPromise(p1), true);
  assert.strictEqual(addon.isPromise({ then() {} }), false);
  addon.conclude(true, 'resolved');
  assert.strictEqual(await p1, 'resolved');

  const p2 = addon.createPromise();
  const reason = new Error('rejected');
  addon.conclude(false, reason);
  await assert.rejects(p2, (e) => e === reason);

  // Resolving with a thenable adopts it.
  const p3 = addon.createPromise();
  addon.conclude(true, Promise.resolve(7));
  assert.strictEqual(await p3, 7);

  assert.deepStrictEqual(addon.promiseChecks(), { nullDeferred: kInvalidArg, nullPromise: kInvalidArg });

  // Dates.
  const d = addon.createDate(1549183351000);
  assert.ok(d instanceof Date);
  assert.strictEqual(d.getTime(), 1549183351000);
  assert.strictEqual(addon.dateValue(new Date(42)), 42);
  assert.ok(Number.isNaN(addon.dateValue(addon.createDate(NaN))));
  assert.strictEqual(addon.dateValue(42), kDateExpected);
  assert.strictEqual(addon.dateValue({ getTime() { return 1; } }), kDateExpected);

  // BigInts.
  assert.deepStrictEqual(addon.bigIntInt64(-5n), [-5n, true]);
  assert.deepStrictEqual(addon.bigIntInt64(2n ** 63n), [-(2n ** 63n), false]);
  assert.deepStrictEqual(addon.bigIntUint64(2n ** 64n - 1n), [2n ** 64n - 1n, true]);
  assert.deepStrictEqual(addon.bigIntUint64(-1n), [2n ** 64n - 1n, false]);
  assert.strictEqual(addon.bigIntInt64(5), kBigintExpected);
  for (const v of [0n, 1n, -1n, 2n ** 64n, -(2n ** 130n) + 3n, 123456789012345678901234567890n]) {
    const [back, words] = addon.bigIntWords(v);
    assert.strictEqual(back, v);
    assert.ok(words >= 0);
  }
  assert.deepStrictEqual(addon.bigIntWords(0n)[1], 0);
  assert.deepStrictEqual(addon.bigIntWords(2n ** 64n)[1], 2);
  assert.strictEqual(addon.bigIntLowWord(2n ** 64n + 5n), 5n);
  assert.throws(() => addon.bigIntTooBig(), RangeError);

  // Scripts run in the global scope.
  assert.strictEqual(addon.runScript('1 + 2'), 3);
  globalThis.fromScript = undefined;
  addon.runScript('globalThis.fromScript = "set"');
  assert.strictEqual(globalThis.fromScript, 'set');
  assert.strictEqual(addon.runScript(5), kStringExpected);
  assert.throws(() => addon.runScript('throw new TypeError("in script")'), /^TypeError: in script$/);
  assert.throws(() => addon.runScript('let let = 1'), SyntaxError);

  console.log('promises: ok');
}

main();
