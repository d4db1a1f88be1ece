'use strict';
// util.promisify: resolves with the first callback value, rejects with a
// truthy error, keeps `this` and the function's own properties.
const assert = require('assert');
const util = require('util');

function add(a, b, cb) { cb(null, a + b, 'ignored'); }
add.meta = 'kept';
const addAsync = util.promisify(add);
assert.strictEqual(addAsync.meta, 'kept');
assert.strictEqual(addAsync.name, 'add');
assert.strictEqual(addAsync[util.promisify.custom], addAsync);
assert.strictEqual(util.promisify(addAsync), addAsync);
assert.throws(() => util.promisify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (1)',
});

const obj = { x: 7, get: util.promisify(function(cb) { cb(null, this.x); }) };
let done = 0;
addAsync(1, 2).then((v) => { assert.strictEqual(v, 3); done++; });
obj.get().then((v) => { assert.strictEqual(v, 7); done++; });
util.promisify((cb) => cb(new Error('bad')))().catch((e) => { assert.strictEqual(e.message, 'bad'); done++; });
util.promisify((cb) => cb(0, 'falsy error is no error'))().then((v) => { assert.strictEqual(v, 'falsy error is no error'); done++; });
process.on('exit', () => assert.strictEqual(done, 4));
