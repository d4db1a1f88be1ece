'use strict';
// Listeners run in registration order; a duplicate (same callback and
// capture) is ignored; handleEvent objects are called with `this` = object.
const assert = require('./fixtures/assert');

const target = new EventTarget();
const log = [];
const first = () => log.push('first');
const handler = { handleEvent(e) { log.push(['handler', this === handler, e.type]); } };
const last = function() { log.push(['last', this === target]); };

target.addEventListener('foo', first);
target.addEventListener('foo', first);  // duplicate: ignored
target.addEventListener('foo', handler);
target.addEventListener('foo', first, { capture: true });  // distinct listener
target.addEventListener('foo', last);

assert.strictEqual(target.dispatchEvent(new Event('foo')), true);
assert.deepStrictEqual(log, [
  'first',
  ['handler', true, 'foo'],
  'first',
  ['last', true],
]);
