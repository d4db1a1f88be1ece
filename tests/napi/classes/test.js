'use strict';
// Node-API classes, wrapping and externals. Run with --expose-gc.
const assert = require('assert');
const common = require('../common');
const addon = common.load('classes');
const { Point } = addon;

const kInvalidArg = 1;

async function main() {
  // The class.
  assert.strictEqual(typeof Point, 'function');
  assert.strictEqual(Point.name, 'Point');
  const p = new Point(3, 4);
  assert.ok(p instanceof Point);
  assert.strictEqual(p.sum(), 7);
  assert.strictEqual(p.x, 3);
  p.x = 10;
  assert.strictEqual(p.sum(), 14);
  assert.strictEqual(p.kind, '1.0');
  assert.strictEqual(Point.VERSION, '1.0');
  const q = Point.create(1, 2);
  assert.ok(q instanceof Point);
  assert.strictEqual(q.sum(), 3);
  assert.throws(() => Point(1, 2), { code: 'ERR_CALL_WITHOUT_NEW' });

  // Member attributes.
  const desc = (o, k) => Object.getOwnPropertyDescriptor(o, k);
  assert.strictEqual(desc(Point.prototype, 'sum').writable, true);
  assert.strictEqual(desc(Point.prototype, 'sum').enumerable, false);
  assert.strictEqual(desc(Point.prototype, 'kind').writable, false);
  assert.strictEqual(desc(Point.prototype, 'kind').enumerable, true);
  assert.strictEqual(typeof desc(Point.prototype, 'x').get, 'function');
  assert.strictEqual(typeof desc(Point.prototype, 'x').set, 'function');
  assert.strictEqual(desc(Point, 'VERSION').enumerable, true);
  assert.strictEqual(desc(Point, 'create').enumerable, false);
  assert.strictEqual(Object.keys(Point.prototype).includes('sum'), false);

  // Methods check their receiver.
  assert.throws(() => Point.prototype.sum.call({}), TypeError);

  // Subclassing works, new.target is the subclass.
  class Point3 extends Point { constructor() { super(1, 1); this.z = 1; } }
  const p3 = new Point3();
  assert.ok(p3 instanceof Point && p3 instanceof Point3);
  assert.strictEqual(p3.sum(), 2);

  assert.deepStrictEqual(addon.defineClassChecks(),
                         { nullConstructor: kInvalidArg, nullProperties: kInvalidArg,
                           nullName: kInvalidArg });

  // Wrapping.
  const obj = {};
  assert.strictEqual(addon.wrap(obj), 0);
  assert.strictEqual(addon.wrap(obj), kInvalidArg);          // only once
  assert.strictEqual(addon.unwrap(obj), 1234);
  assert.strictEqual(addon.unwrap({}), kInvalidArg);         // not wrapped
  assert.strictEqual(addon.wrap(5), kInvalidArg);            // not an object
  assert.strictEqual(addon.wrapNullResultChecks({}), kInvalidArg);
  assert.strictEqual(addon.removeWrap(obj), 1234);
  assert.strictEqual(addon.unwrap(obj), kInvalidArg);
  assert.strictEqual(addon.wrap(obj), 0);                    // can wrap again
  assert.strictEqual(Object.getOwnPropertyNames(obj).length, 0);
  assert.strictEqual(Object.getOwnPropertySymbols(obj).length, 0);

  // Externals.
  const ext = addon.createExternal(5);
  assert.strictEqual(addon.externalValue(ext), 5);
  assert.strictEqual(addon.externalValue({}), kInvalidArg);
  assert.strictEqual(Object.prototype.toString.call(ext), '[object Object]');

  // Finalizers run after collection; a removed wrap's finalizer never runs.
  await common.gcAndWait();
  const before = addon.counts();
  (() => {
    for (let i = 0; i < 10; i++) new Point(i, i);
    const removed = {};
    addon.wrap(removed);
    addon.removeWrap(removed);
    addon.wrap({});
    addon.wrapWithRef({}, false);   // finalizer runs, deletes the reference
    addon.wrapWithRef({}, true);    // reference deleted early: no finalizer
    addon.createExternal(7);
  })();
  await common.gcAndWait();
  const after = addon.counts();
  assert.strictEqual(after.points - before.points, 10);
  assert.strictEqual(after.wraps - before.wraps, 1 + 100);
  assert.strictEqual(after.externals - before.externals, 7);
  console.log('classes: ok');
}

main();
