'use strict';
// After each fs callback, queued nextTicks run before promise reactions,
// both before the next I/O callback; inside an I/O callback setImmediate
// fires before a zero-delay timer.
const assert = require('assert');
const fs = require('fs');

const log = [];
let remaining = 3;
function step(tag) {
  return () => {
    log.push(`cb ${tag}`);
    process.nextTick(() => log.push(`tick ${tag}`));
    Promise.resolve().then(() => log.push(`promise ${tag}`));
    if (--remaining === 0) {
      setTimeout(() => log.push('timeout'), 0);
      setImmediate(() => log.push('immediate'));
    }
  };
}
fs.stat(__filename, step('a'));
fs.stat(__filename, step('b'));
fs.access(__filename, step('c'));

process.on('exit', () => {
  // Callbacks may complete in any order; each is followed by its own
  // tick and promise.
  for (let i = 0; i < 9; i += 3) {
    const tag = log[i].slice(3);
    assert.deepStrictEqual(log.slice(i, i + 3), [`cb ${tag}`, `tick ${tag}`, `promise ${tag}`]);
  }
  assert.deepStrictEqual(log.slice(9), ['immediate', 'timeout']);
});
