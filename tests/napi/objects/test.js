'use strict';
// Node-API objects and properties.
const assert = require('assert');
const common = require('../common');
const addon = common.load('objects');

const kInvalidArg = 1;
const kObjectExpected = 2;
const kNameExpected = 4;
const kArrayExpected = 8;
const kGenericFailure = 9;

// By key (any value, coerced like JS).
{
  const o = { a: 1, 2: 'two' };
  const s = Symbol('s');
  assert.strictEqual(addon.get(o, 'a'), 1);
  assert.strictEqual(addon.get(o, 2), 'two');
  addon.set(o, s, 'sym');
  assert.strictEqual(o[s], 'sym');
  assert.strictEqual(addon.has(o, 'a'), true);
  assert.strictEqual(addon.has(o, 'toString'), true);
  assert.strictEqual(addon.hasOwn(o, 'toString'), false);
  assert.strictEqual(addon.hasOwn(o, s), true);
  assert.throws(() => addon.hasOwn(o, 1), /A string or symbol was expected/);
  assert.strictEqual(addon.delete(o, 'a'), true);
  assert.strictEqual('a' in o, false);
  Object.defineProperty(o, 'fixed', { value: 1, configurable: false });
  assert.strictEqual(addon.delete(o, 'fixed'), false);
  // Primitives are wrapped (ToObject).
  assert.strictEqual(addon.get('str', 'length'), 3);
}

// By name.
{
  const o = {};
  addon.setNamed(o, 'x', 42);
  assert.strictEqual(o.x, 42);
  assert.strictEqual(addon.getNamed(o, 'x'), 42);
  assert.strictEqual(addon.hasNamed(o, 'x'), true);
  assert.strictEqual(addon.hasNamed(o, 'y'), false);
  assert.strictEqual(addon.getNamed([1, 2], 'length'), 2);
  const getterObj = { get boom() { throw new Error('getter threw'); } };
  assert.throws(() => addon.getNamed(getterObj, 'boom'), /^Error: getter threw$/);
  const proxy = new Proxy({}, { get: (t, k) => `proxied ${String(k)}` });
  assert.strictEqual(addon.getNamed(proxy, 'q'), 'proxied q');
  // Sloppy-mode semantics: a frozen object silently ignores the write.
  const frozen = Object.freeze({});
  addon.setNamed(frozen, 'x', 1);
  assert.strictEqual(frozen.x, undefined);
}

// Names from one reused C buffer (the addon's stack array): each call sees
// the text it passed, whatever names came before (the runtime caches keys).
{
  const o = {};
  const names = ['ab', 'a', 'abc', 'b', 'ab', 'été', 'ét', 'x'.repeat(40), 'x'.repeat(39), '', 'ab'];
  names.forEach((name, i) => addon.setNamed(o, name, i));
  assert.deepStrictEqual(Object.keys(o).sort(),
                         [...new Set(names)].sort());
  for (const name of new Set(names)) {
    assert.strictEqual(addon.getNamed(o, name), names.lastIndexOf(name));
    assert.strictEqual(addon.hasNamed(o, name), true);
  }
  assert.strictEqual(addon.hasNamed(o, 'abcd'), false);
  assert.strictEqual(addon.hasNamed(o, 'é'), false);
}

// Elements.
{
  const a = [10, 20];
  assert.strictEqual(addon.element('get', a, 1), 20);
  addon.element('set', a, 3, 40);
  assert.strictEqual(a.length, 4);
  assert.strictEqual(a[3], 40);
  assert.strictEqual(addon.element('has', a, 2), false);
  assert.strictEqual(addon.element('has', a, 3), true);
  assert.strictEqual(addon.element('del', a, 3), true);
  assert.strictEqual(a[3], undefined);
}

// Errors: conversions of undefined leave a TypeError pending.
{
  const r = addon.getStatus(undefined);
  assert.strictEqual(r.status, kObjectExpected);
  assert.strictEqual(r.pending, true);
  assert.ok(r.error instanceof TypeError);
  const ok = addon.getStatus({ x: 1 });
  assert.deepStrictEqual(ok, { status: 0, pending: false, error: undefined });
  const thrown = addon.getStatus({ get x() { throw new RangeError('r'); } });
  assert.strictEqual(thrown.status, kGenericFailure);
  assert.strictEqual(thrown.pending, true);
  assert.ok(thrown.error instanceof RangeError);
}
assert.deepStrictEqual(addon.nullArgs(), {
  getNullObject: kInvalidArg,
  getNullName: kInvalidArg,
  getNullResult: kInvalidArg,
  setNullKey: kInvalidArg,
  hasNullResult: kInvalidArg,
  hasOwnNumberKey: kNameExpected,
  defineNullProps: kInvalidArg,
});

// napi_define_properties.
{
  const o = {};
  const sym = addon.defineProps(o);
  const d = (k) => Object.getOwnPropertyDescriptor(o, k);
  assert.deepStrictEqual(d('readonly'),
                         { value: 'v', writable: false, enumerable: true, configurable: false });
  assert.deepStrictEqual(d('writable'),
                         { value: 'v', writable: true, enumerable: true, configurable: false });
  assert.deepStrictEqual(d('hidden'),
                         { value: 'v', writable: true, enumerable: false, configurable: true });
  assert.deepStrictEqual(d('plain'),
                         { value: 'v', writable: true, enumerable: true, configurable: true });
  assert.strictEqual(typeof o.method, 'function');
  assert.strictEqual(o.method(), o);
  assert.strictEqual(d('method').writable, true);
  assert.strictEqual(d('method').enumerable, false);
  assert.strictEqual(d('method').configurable, true);
  assert.strictEqual(o.accessor, 5);
  o.accessor = 9;
  assert.strictEqual(o.accessor, 9);
  assert.strictEqual(o.getterOnly, 9);
  assert.strictEqual(d('accessor').enumerable, true);
  assert.strictEqual(typeof d('getterOnly').get, 'function');
  assert.strictEqual(d('getterOnly').set, undefined);
  assert.strictEqual(o[sym], 'v');
  assert.throws(() => { 'use strict'; o.readonly = 1; }, TypeError);
  assert.deepStrictEqual(Object.keys(o), ['readonly', 'writable', 'plain', 'accessor']);
  assert.strictEqual(addon.defineBadName({}), kNameExpected);
}

// Key enumeration.
{
  class Base { constructor() { this.own = 1; } }
  Base.prototype.inherited = 2;
  const o = new Base();
  o[Symbol('s')] = 3;
  o[5] = 'five';
  Object.defineProperty(o, 'hidden', { value: 4, enumerable: false });
  assert.deepStrictEqual(addon.propertyNames(o), ['5', 'own', 'inherited']);
  const kIncludePrototypes = 0;
  const kOwnOnly = 1;
  const kAll = 0;
  const kEnumerable = 2;
  const kSkipStrings = 8;
  const kSkipSymbols = 16;
  const kKeepNumbers = 0;
  const kNumbersToStrings = 1;
  assert.deepStrictEqual(addon.allPropertyNames(o, kOwnOnly, kEnumerable | kSkipSymbols, kKeepNumbers),
                         [5, 'own']);
  assert.deepStrictEqual(addon.allPropertyNames(o, kOwnOnly, kAll | kSkipSymbols, kNumbersToStrings),
                         ['5', 'own', 'hidden']);
  assert.strictEqual(addon.allPropertyNames(o, kOwnOnly, kSkipStrings, kKeepNumbers).length, 1);
  assert.strictEqual(typeof addon.allPropertyNames(o, kOwnOnly, kSkipStrings, kKeepNumbers)[0], 'symbol');
  assert.deepStrictEqual(addon.allPropertyNames(o, kIncludePrototypes, kEnumerable | kSkipSymbols,
                                                kNumbersToStrings),
                         ['5', 'own', 'inherited']);
  assert.throws(() => addon.allPropertyNames(o, 7, 0, 0), /Invalid argument/);
}

// Prototype, freeze, seal.
{
  class A {}
  assert.strictEqual(addon.getPrototype(new A()), A.prototype);
  assert.strictEqual(addon.getPrototype(Object.create(null)), null);
  const f = addon.freeze({ a: 1 });
  assert.ok(Object.isFrozen(f));
  const s = addon.seal({ a: 1 });
  assert.ok(Object.isSealed(s) && !Object.isFrozen(s));
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  assert.throws(() => addon.freeze(revoked.proxy), TypeError);
}

// Arrays.
{
  const r = addon.arrays([1, 2, 3, 4]);
  assert.deepStrictEqual(r.empty, []);
  assert.strictEqual(r.three.length, 3);
  assert.strictEqual(r.argIsArray, true);
  assert.strictEqual(r.argLength, 4);
  assert.strictEqual(addon.arrays({ length: 2 }).lengthStatus, kArrayExpected);
  assert.strictEqual(addon.arrays(new Uint8Array(2)).argIsArray, false);
}

// Type tags.
{
  const a = {};
  const b = {};
  assert.strictEqual(addon.typeTag(a, 0), 0);
  assert.strictEqual(addon.typeTag(b, 1), 0);
  assert.strictEqual(addon.typeTag(a, 1), kInvalidArg);   // tagged once
  assert.strictEqual(addon.checkTypeTag(a, 0), true);
  assert.strictEqual(addon.checkTypeTag(a, 1), false);
  assert.strictEqual(addon.checkTypeTag(b, 1), true);
  assert.strictEqual(addon.checkTypeTag({}, 0), false);
  assert.deepStrictEqual(Object.getOwnPropertyNames(a), []);
  assert.deepStrictEqual(Object.getOwnPropertySymbols(a), []);
}

// Property keys (Node-API 10; skipped where the runtime lacks them).
{
  const o = {};
  const last = addon.propertyKeys(o);
  if (last !== undefined) {
    assert.strictEqual(last, 3);
    assert.deepStrictEqual(o, { alpha: 1, 'b\u00e9ta': 2, gamma: 3 });
  }
}

console.log('objects: ok');
