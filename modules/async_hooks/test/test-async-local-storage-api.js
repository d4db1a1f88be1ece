'use strict';
// AsyncLocalStorage's methods: run's return value and arguments, getStore
// outside any run, several storages side by side, disable(), exit(), and
// errors thrown out of run() leaving the outer store in place.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
assert.strictEqual(a.getStore(), undefined);
assert.strictEqual(a.run(1, (x, y) => x + y, 2, 3), 5);
a.run('A', function() {
  assert.strictEqual(this, null);
  assert.strictEqual(a.getStore(), 'A');
  assert.strictEqual(b.getStore(), undefined);
  b.run('B', () => {
    assert.strictEqual(a.getStore(), 'A');
    assert.strictEqual(b.getStore(), 'B');
    a.exit(() => {
      assert.strictEqual(a.getStore(), undefined);
      assert.strictEqual(b.getStore(), 'B');
    });
    assert.strictEqual(a.getStore(), 'A');
  });
  assert.throws(() => a.run('inner', () => { throw new Error('inside'); }), /inside/);
  assert.strictEqual(a.getStore(), 'A');
  setTimeout(() => {
    assert.strictEqual(a.getStore(), 'A');
    // disable() hides the store everywhere until the next run/enterWith.
    a.disable();
    assert.strictEqual(a.getStore(), undefined);
    a.run('again', () => assert.strictEqual(a.getStore(), 'again'));
  }, 1);
});
assert.strictEqual(a.getStore(), undefined);
assert.throws(() => a.run('x'), TypeError);

// enterWith at the top level holds for the rest of this turn and what it
// schedules.
const c = new AsyncLocalStorage();
c.enterWith('top');
assert.strictEqual(c.getStore(), 'top');
setImmediate(() => assert.strictEqual(c.getStore(), 'top'));
assert.strictEqual(typeof AsyncLocalStorage.bind, 'function');
const bound = c.run('bound', () => AsyncLocalStorage.bind(() => c.getStore()));
assert.strictEqual(bound(), 'bound');
