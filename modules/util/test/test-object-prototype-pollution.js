'use strict';
// A get or set put on Object.prototype must not break the runtime's own
// property definitions (node writes its descriptors with a null
// prototype): console, assert, util, events, timers, fs and stream loaded
// and used after the pollution. (The embedded whatwg-url and web streams
// packages are not covered: their code is theirs.)
Object.prototype.get = function() {};  // eslint-disable-line no-extend-native
console.log('console ok');
const assert = require('assert');
for (const fn of [() => assert.fail(''), () => assert.strictEqual(1, 2), () => assert.ok(false)]) {
  assert.throws(fn, { name: 'AssertionError', code: 'ERR_ASSERTION' });
}
const util = require('util');
assert.strictEqual(typeof util.promisify((cb) => cb()), 'function');
assert.strictEqual(typeof util.promisify(setTimeout), 'function');
assert.strictEqual(util.inspect({ a: 1 }), '{ a: 1 }');
const EventEmitter = require('events');
let heard = 0;
new EventEmitter().on('x', () => heard++).emit('x');
assert.strictEqual(heard, 1);
assert.ok(require('fs').readFileSync(__filename).length > 0);
const { Readable } = require('stream');
const chunks = [];
Readable.from(['a', 'b']).on('data', (chunk) => chunks.push(chunk)).on('end', () => {
  assert.deepStrictEqual(chunks, ['a', 'b']);
});
assert.strictEqual(Buffer.from('abc').toString('hex'), '616263');
assert.deepStrictEqual(structuredClone({ a: [1] }), { a: [1] });
delete Object.prototype.get;
Object.prototype.set = function() {};  // eslint-disable-line no-extend-native
assert.throws(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }), { name: 'AssertionError' });
setTimeout(() => {
  delete Object.prototype.set;
  console.log('timers ok');
}, 1);
