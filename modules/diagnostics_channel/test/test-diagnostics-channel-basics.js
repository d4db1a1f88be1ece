'use strict';
// Channels: one object per name, subscribers called with (message, name) in
// order, hasSubscribers, unsubscribe, the inactive/active prototypes and
// argument validation.
const assert = require('assert');
const dc = require('diagnostics_channel');

assert.deepStrictEqual(Object.keys(dc),
                       ['channel', 'hasSubscribers', 'subscribe', 'tracingChannel', 'unsubscribe',
                        'Channel']);
assert.strictEqual(require('node:diagnostics_channel'), dc);

const ch = dc.channel('test:basics');
assert.strictEqual(dc.channel('test:basics'), ch);
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(ch.name, 'test:basics');
assert.strictEqual(ch.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('test:basics'), false);
assert.strictEqual(dc.hasSubscribers('test:never-created'), false);
ch.publish('nobody listens');  // no-op

const seen = [];
const first = (message, name) => seen.push(['first', message, name]);
const second = (message, name) => seen.push(['second', message, name]);
ch.subscribe(first);
dc.subscribe('test:basics', second);
assert.strictEqual(ch.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('test:basics'), true);
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(Object.getPrototypeOf(ch).constructor.name, 'ActiveChannel');
const message = { n: 1 };
ch.publish(message);
assert.deepStrictEqual(seen, [['first', message, 'test:basics'], ['second', message, 'test:basics']]);
assert.strictEqual(seen[0][1], message);

assert.strictEqual(ch.unsubscribe(first), true);
assert.strictEqual(ch.unsubscribe(first), false);
assert.strictEqual(dc.unsubscribe('test:basics', second), true);
assert.strictEqual(ch.hasSubscribers, false);
assert.strictEqual(Object.getPrototypeOf(ch), dc.Channel.prototype);
seen.length = 0;
ch.publish('after');
assert.deepStrictEqual(seen, []);
assert.strictEqual(dc.unsubscribe('test:nope', first), false);

// A subscriber added during a publish is not called by that publish.
const late = [];
ch.subscribe(function adder() {
  ch.subscribe((m) => late.push(m));
  ch.unsubscribe(adder);
});
ch.publish('one');
ch.publish('two');
assert.deepStrictEqual(late, ['two']);

// Symbols name channels too.
const sym = Symbol('test:symbol');
const symCh = dc.channel(sym);
assert.strictEqual(symCh.name, sym);
assert.strictEqual(dc.channel(sym), symCh);

assert.throws(() => dc.channel(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. Received type number (1)',
});
assert.throws(() => ch.subscribe('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "subscription" argument must be of type function. Received type string (\'x\')',
});
assert.strictEqual({} instanceof dc.Channel, false);
