'use strict';
// A null/undefined listener is a no-op that emits an
// AddEventListenerArgumentTypeWarning.
const assert = require('./fixtures/assert');

const warnings = [];
process.removeAllListeners('warning');
process.on('warning', (w) => warnings.push(w));

const target = new EventTarget();
target.addEventListener('foo', null);
target.removeEventListener('foo', null);  // silent
assert.strictEqual(target.dispatchEvent(new Event('foo')), true);

setTimeout(() => {
  assert.strictEqual(warnings.length, 1);
  const [w] = warnings;
  assert.strictEqual(w.name, 'AddEventListenerArgumentTypeWarning');
  assert.strictEqual(w.message, 'addEventListener called with null which has no effect.');
  assert.strictEqual(w.target, target);
  assert.strictEqual(w.type, 'foo');
}, 10);
