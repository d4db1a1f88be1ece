'use strict';
// util.inherits sets up the prototype chain and super_.
const assert = require('assert');
const util = require('util');

function Base() {}
Base.prototype.hello = function() { return 'hello'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
assert.strictEqual(Derived.super_, Base);
assert.strictEqual(new Derived().hello(), 'hello');
assert.ok(new Derived() instanceof Base);
assert.deepStrictEqual(Object.keys(Derived), []);

assert.throws(() => util.inherits(null, Base), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(Derived, null), {
  message: 'The "superCtor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(Derived, () => {}), {
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
