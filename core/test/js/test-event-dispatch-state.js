'use strict';
// What a listener sees during dispatch, and what remains afterwards.
const assert = require('./fixtures/assert');

const target = new EventTarget();
const event = new Event('foo');
let seen;
target.addEventListener('foo', function(e) {
  seen = {
    self: this === target,
    same: e === event,
    target: e.target === target,
    currentTarget: e.currentTarget === target,
    srcElement: e.srcElement === target,
    phase: e.eventPhase,
    path: e.composedPath().length === 1 && e.composedPath()[0] === target,
  };
});
assert.strictEqual(target.dispatchEvent(event), true);
assert.deepStrictEqual(seen, {
  self: true, same: true, target: true, currentTarget: true, srcElement: true,
  phase: Event.AT_TARGET, path: true,
});
assert.strictEqual(event.eventPhase, Event.NONE);
assert.strictEqual(event.currentTarget, null);
assert.strictEqual(event.target, target);
assert.deepStrictEqual(event.composedPath(), []);
