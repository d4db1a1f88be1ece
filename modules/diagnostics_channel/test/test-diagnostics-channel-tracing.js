'use strict';
// Tracing channels: the five channels by name or given, hasSubscribers,
// subscribe/unsubscribe of handler objects, and the events traceSync,
// tracePromise and traceCallback publish, with context.result / .error.
const assert = require('assert');
const dc = require('diagnostics_channel');

const tc = dc.tracingChannel('test:trace');
for (const event of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  assert.strictEqual(tc[event], dc.channel(`tracing:test:trace:${event}`));
  assert.strictEqual(Object.getOwnPropertyDescriptor(tc, event).enumerable, false);
}
assert.deepStrictEqual(Object.keys(tc), []);
assert.strictEqual(tc.hasSubscribers, false);
// Without subscribers the function just runs.
assert.strictEqual(tc.traceSync((a) => a * 2, {}, null, 21), 42);

const channels = {
  start: dc.channel('own:start'), end: dc.channel('own:end'),
  asyncStart: dc.channel('own:asyncStart'), asyncEnd: dc.channel('own:asyncEnd'),
  error: dc.channel('own:error'),
};
assert.strictEqual(dc.tracingChannel(channels).start, channels.start);
assert.throws(() => dc.tracingChannel({ ...channels, error: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "nameOrChannels.error" property must be an instance of Channel. ' +
    'Received an instance of Object',
});
assert.throws(() => dc.tracingChannel(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "nameOrChannels" argument must be of type string or an instance of ' +
    'TracingChannel or Object. Received type number (1)',
});

const events = [];
const handlers = {};
for (const event of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[event] = (context) => events.push([event, { ...context }]);
}
tc.subscribe(handlers);
assert.strictEqual(tc.hasSubscribers, true);

// traceSync: start, end; the result on the context.
const self = {};
assert.strictEqual(tc.traceSync(function add(a, b) {
  assert.strictEqual(this, self);
  return a + b;
}, { id: 1 }, self, 1, 2), 3);
assert.deepStrictEqual(events, [['start', { id: 1 }], ['end', { id: 1, result: 3 }]]);

// traceSync throwing: start, error, end; the error rethrown.
events.length = 0;
const failure = new Error('sync failure');
assert.throws(() => tc.traceSync(() => { throw failure; }, { id: 2 }), failure);
assert.deepStrictEqual(events.map(([e]) => e), ['start', 'error', 'end']);
assert.strictEqual(events[1][1].error, failure);

(async () => {
  // tracePromise: start, end (synchronously), then asyncStart, asyncEnd.
  events.length = 0;
  const promise = tc.tracePromise(async (x) => x + 1, { id: 3 }, null, 41);
  assert.deepStrictEqual(events.map(([e]) => e), ['start', 'end']);
  assert.strictEqual(await promise, 42);
  assert.deepStrictEqual(events.map(([e]) => e), ['start', 'end', 'asyncStart', 'asyncEnd']);
  assert.strictEqual(events[3][1].result, 42);

  // A rejection: error, asyncStart, asyncEnd; the promise still rejects.
  events.length = 0;
  const rejection = new Error('async failure');
  await assert.rejects(tc.tracePromise(() => Promise.reject(rejection), { id: 4 }), rejection);
  assert.deepStrictEqual(events.map(([e]) => e), ['start', 'end', 'error', 'asyncStart', 'asyncEnd']);

  // A thenable is turned into a native promise.
  events.length = 0;
  const traced = tc.tracePromise(() => ({ then(resolve) { resolve('thenable'); } }));
  assert.ok(traced instanceof Promise);
  assert.strictEqual(await traced, 'thenable');

  // traceCallback: the callback (at `position`) runs between asyncStart
  // and asyncEnd.
  events.length = 0;
  await new Promise((resolve) => {
    tc.traceCallback((value, cb) => setImmediate(cb, null, value * 2), 1, { id: 5 }, null, 21,
                     (err, result) => {
                       events.push(['callback', { err, result }]);
                       resolve();
                     });
  });
  assert.deepStrictEqual(events.map(([e]) => e),
                         ['start', 'end', 'asyncStart', 'callback', 'asyncEnd']);
  assert.strictEqual(events[2][1].result, 42);
  assert.throws(() => tc.traceCallback(() => {}, 0, {}, null, 'not a function'), {
    code: 'ERR_INVALID_ARG_TYPE',
  });

  assert.strictEqual(tc.unsubscribe(handlers), true);
  assert.strictEqual(tc.unsubscribe(handlers), false);
  assert.strictEqual(tc.hasSubscribers, false);
})().then(() => { events.push('done'); });

process.on('exit', () => assert.strictEqual(events.at(-1), 'done'));
