'use strict';
// More than events.defaultMaxListeners (10) listeners of one type emits a
// single MaxListenersExceededWarning per target.
const assert = require('./fixtures/assert');

const warnings = [];
process.removeAllListeners('warning');
process.on('warning', (w) => warnings.push(w));

const target = new EventTarget();
for (let i = 0; i < 12; i++) target.addEventListener('foo', () => {});

setTimeout(() => {
  assert.strictEqual(warnings.length, 1);
  const [w] = warnings;
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.message,
                     'Possible EventTarget memory leak detected. 11 foo listeners added ' +
                     'to EventTarget. MaxListeners is 10. Use events.setMaxListeners() ' +
                     'to increase limit');
  assert.strictEqual(w.target, target);
  assert.strictEqual(w.type, 'foo');
  assert.strictEqual(w.count, 11);
}, 10);
