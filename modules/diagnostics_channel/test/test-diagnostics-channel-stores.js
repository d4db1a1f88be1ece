'use strict';
// bindStore / runStores with stores that have run(context, fn) (node's
// AsyncLocalStorage has it): the transform's result is the context, the
// message is published inside every store, the function's value returned.
const assert = require('assert');
const dc = require('diagnostics_channel');

function makeStore(label) {
  return {
    current: undefined,
    log: [],
    run(context, fn) {
      const previous = this.current;
      this.current = context;
      this.log.push(`${label} enter`);
      try {
        return fn();
      } finally {
        this.current = previous;
        this.log.push(`${label} leave`);
      }
    },
  };
}

const ch = dc.channel('test:stores');
assert.strictEqual(ch.runStores('data', (a, b) => a + b, null, 1, 2), 3);  // inactive

const store = makeStore('a');
const other = makeStore('b');
ch.bindStore(store, (data) => ({ wrapped: data }));
ch.bindStore(other);
assert.strictEqual(ch.hasSubscribers, true);
const published = [];
ch.subscribe((message) => published.push([message, store.current, other.current]));
const self = { name: 'self' };
const result = ch.runStores('data', function fn(x) {
  assert.strictEqual(this, self);
  return [x, store.current, other.current];
}, self, 'arg');
assert.deepStrictEqual(result, ['arg', { wrapped: 'data' }, 'data']);
assert.deepStrictEqual(published, [['data', { wrapped: 'data' }, 'data']]);
// The last bound store is entered first.
assert.deepStrictEqual(other.log, ['b enter', 'b leave']);
assert.deepStrictEqual(store.log, ['a enter', 'a leave']);

// A throwing transform skips its store and is reported as uncaught.
const boom = new Error('transform failed');
ch.bindStore(store, () => { throw boom; });
let uncaught;
process.on('uncaughtException', (err) => { uncaught = err; });
assert.strictEqual(ch.runStores('x', () => store.current), undefined);
setImmediate(() => assert.strictEqual(uncaught, boom));

assert.strictEqual(ch.unbindStore(store), true);
assert.strictEqual(ch.unbindStore(store), false);
assert.strictEqual(ch.unbindStore(other), true);
ch.unsubscribe(ch._subscribers[0]);
assert.strictEqual(ch.hasSubscribers, false);
