'use strict';
// util.deprecate warns once per wrapper and once per code.
const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (w) => {
  if (w.name === 'DeprecationWarning') warnings.push([w.name, w.code, w.message]);
});
const a = util.deprecate(() => 'a', 'msg A', 'DEP_TEST_1');
const b = util.deprecate(() => 'b', 'msg B', 'DEP_TEST_1');
const c = util.deprecate(function c() { return 'c'; }, 'msg C');
assert.strictEqual(a() + a() + b() + c() + c(), 'aabcc');
assert.strictEqual(a.name, 'deprecated');

class Foo { constructor(x) { this.x = x; } }
const DFoo = util.deprecate(Foo, 'msg Foo', 'DEP_TEST_2');
const inst = new DFoo(3);
assert.ok(inst instanceof Foo);
assert.ok(inst instanceof DFoo);
assert.strictEqual(inst.x, 3);

assert.throws(() => util.deprecate(() => {}, 'x', 1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "code" argument must be of type string. Received type number (1)',
});
setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'DEP_TEST_1', 'msg A'],
    ['DeprecationWarning', undefined, 'msg C'],
    ['DeprecationWarning', 'DEP_TEST_2', 'msg Foo'],
  ]);
});
