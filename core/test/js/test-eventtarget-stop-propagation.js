'use strict';
// stopImmediatePropagation() stops the remaining listeners of the target;
// stopPropagation() only sets cancelBubble (there is no propagation path).
const assert = require('./fixtures/assert');

const target = new EventTarget();
const log = [];
target.addEventListener('immediate', (e) => {
  log.push('a');
  e.stopImmediatePropagation();
  assert.strictEqual(e.cancelBubble, true);
});
target.addEventListener('immediate', () => log.push('b'));
target.dispatchEvent(new Event('immediate'));
assert.deepStrictEqual(log, ['a']);

const log2 = [];
target.addEventListener('normal', (e) => {
  log2.push('a');
  e.stopPropagation();
  assert.strictEqual(e.cancelBubble, true);
});
target.addEventListener('normal', () => log2.push('b'));
target.dispatchEvent(new Event('normal'));
assert.deepStrictEqual(log2, ['a', 'b']);
