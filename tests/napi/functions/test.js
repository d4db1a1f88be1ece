'use strict';
// Node-API functions and handle scopes.
const assert = require('assert');
const common = require('../common');
const addon = common.load('functions');

const kInvalidArg = 1;
const kPendingException = 10;
const kEscapeCalledTwice = 12;
const kHandleScopeMismatch = 13;

// napi_create_function & napi_get_cb_info.
{
  const fn = addon.createFunction('named');
  assert.strictEqual(fn.name, 'named');
  assert.strictEqual(addon.createFunction().name, '');
  const r = fn.call('recv', 1);
  assert.strictEqual(r.argc, 1);
  assert.deepStrictEqual(r.args, [1, undefined, undefined]);   // padded
  assert.strictEqual(r.data, 'echo data');
  assert.strictEqual(r.newTarget, undefined);
  const many = fn(1, 2, 3, 4, 5);
  assert.strictEqual(many.argc, 5);                            // the real count
  assert.deepStrictEqual(many.args, [1, 2, 3]);
  const o = { fn };
  assert.strictEqual(o.fn().this, o);
  // Constructing: new.target is set; returning NULL yields `this`.
  const instance = new fn();
  assert.ok(instance instanceof fn);
  const checks = addon.createFunctionChecks();
  assert.strictEqual(checks.nullCallback, kInvalidArg);
  assert.strictEqual(checks.nullResult, kInvalidArg);
  assert.strictEqual(checks.truncatedName.name, 'abc');
}

// Native functions are sloppy: primitive receivers are boxed.
assert.strictEqual(typeof addon.thisOf.call(5), 'object');
assert.strictEqual(addon.thisOf.call(5).valueOf(), 5);
assert.strictEqual(addon.thisOf.call(undefined), globalThis);
assert.strictEqual(addon.returnsNull(), undefined);

// napi_call_function.
{
  function sum(...args) { return [this, args.reduce((a, b) => a + b, 0)]; }
  const [self, total] = addon.call(sum, 'me', 1, 2, 3);
  assert.strictEqual(self, 'me');
  assert.strictEqual(total, 6);
  assert.throws(() => addon.call(() => { throw new TypeError('inner'); }, null),
                /^TypeError: inner$/);
  const r = addon.callStatus(() => { throw new Error('x'); });
  assert.strictEqual(r.status, kPendingException);
  assert.strictEqual(r.error.message, 'x');
  const notFn = addon.callStatus({});
  assert.strictEqual(notFn.status, kInvalidArg);
  assert.strictEqual(notFn.error, undefined);
  // Deep native <-> JS recursion.
  assert.strictEqual(addon.recurse(50, addon.recurse), 50);
}

// napi_new_instance & napi_instanceof.
{
  class Point { constructor(x, y) { this.x = x; this.y = y; } }
  const p = addon.newInstance(Point, 1, 2);
  assert.ok(p instanceof Point);
  assert.deepStrictEqual({ ...p }, { x: 1, y: 2 });
  assert.throws(() => addon.newInstance(class { constructor() { throw new Error('ctor'); } }),
                /^Error: ctor$/);
  assert.throws(() => addon.newInstance(() => {}), TypeError);  // arrow: not a constructor
  assert.strictEqual(addon.instanceOf(p, Point), true);
  assert.strictEqual(addon.instanceOf({}, Point), false);
  assert.strictEqual(addon.instanceOf([], Object), true);
  class Custom { static [Symbol.hasInstance](v) { return v === 42; } }
  assert.strictEqual(addon.instanceOf(42, Custom), true);
  assert.throws(() => addon.instanceOf({}, {}), (e) => {
    return e instanceof TypeError && e.code === 'ERR_NAPI_CONS_FUNCTION' &&
           e.message === 'Constructor must be a function';
  });
}

// Handle scopes.
{
  const r = addon.scopes();
  assert.strictEqual(r.escaped, 'escaped');
  assert.strictEqual(r.escapeTwice, kEscapeCalledTwice);
  assert.strictEqual(r.closeTwice, kHandleScopeMismatch);
}

console.log('functions: ok');
