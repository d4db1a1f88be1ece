'use strict';
// PerformanceObserver: marks, measures, buffered delivery, entry lists.
const assert = require('assert');
const {
  performance,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceMark,
  PerformanceMeasure,
} = require('perf_hooks');

assert.throws(() => new PerformanceObserver(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
const noop = new PerformanceObserver(() => {});
assert.throws(() => noop.observe(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options.entryTypes" and "options.type" arguments must be specified',
});
assert.throws(() => noop.observe({}), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => noop.observe(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => noop.observe({ entryTypes: ['mark'], type: 'mark' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The property \'options.entryTypes\' options.entryTypes can not set with ' +
           'options.type together. Received [ \'mark\' ]',
});
assert.throws(() => noop.observe({ entryTypes: 'mark' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.entryTypes" property must be string[]. Received type string (\'mark\')',
});
{
  const o = new PerformanceObserver(() => {});
  o.observe({ type: 'mark' });
  assert.throws(() => o.observe({ entryTypes: ['mark'] }), {
    name: 'InvalidModificationError',
    message: 'PerformanceObserver can not change to multiple observations',
  });
  o.disconnect();
  const o2 = new PerformanceObserver(() => {});
  o2.observe({ entryTypes: ['mark'] });
  assert.throws(() => o2.observe({ type: 'mark' }), {
    name: 'InvalidModificationError',
    message: 'PerformanceObserver can not change to single observation',
  });
  o2.disconnect();
  // Unknown types are ignored.
  new PerformanceObserver(() => assert.fail('no entries')).observe({ type: 'bogus' });
}
assert.throws(() => PerformanceObserverEntryList.prototype.getEntries.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of PerformanceObserverEntryList. ' +
           'Received an instance of Object',
});

performance.mark('early');

const calls = [];
const buffered = new PerformanceObserver((list, observer) => {
  assert.ok(list instanceof PerformanceObserverEntryList);
  assert.strictEqual(observer, buffered);
  calls.push('buffered');
  const names = list.getEntries().map((e) => `${e.entryType}:${e.name}`);
  assert.deepStrictEqual(names, ['mark:early', 'mark:a', 'mark:taken']);
  assert.strictEqual(list.getEntriesByType('mark').length, 3);
  assert.strictEqual(list.getEntriesByType('measure').length, 0);
  assert.strictEqual(list.getEntriesByName('early').length, 1);
  assert.strictEqual(list.getEntriesByName('early', 'measure').length, 0);
  observer.disconnect();
});
buffered.observe({ type: 'mark', buffered: true });

const multi = new PerformanceObserver((list, observer) => {
  calls.push('multi');
  const entries = list.getEntries();
  assert.deepStrictEqual(entries.map((e) => e.name), ['a', 'a-to-now', 'taken']);
  assert.ok(entries[0] instanceof PerformanceMark);
  assert.ok(entries[1] instanceof PerformanceMeasure);
  assert.deepStrictEqual(entries[0].detail, { n: 1 });
  assert.ok(entries[0].startTime <= entries[1].startTime + entries[1].duration);
  observer.disconnect();
});
multi.observe({ entryTypes: ['measure', 'mark'] });

performance.mark('a', { detail: { n: 1 } });
performance.measure('a-to-now', 'a');
assert.deepStrictEqual(calls, []);  // delivered asynchronously

// takeRecords() empties the buffer without a callback.
const manual = new PerformanceObserver(() => assert.fail('records were taken'));
manual.observe({ type: 'mark' });
performance.mark('taken');
const records = manual.takeRecords();
assert.strictEqual(records.length, 1);
assert.strictEqual(records[0].name, 'taken');
manual.disconnect();

setTimeout(() => {
  assert.deepStrictEqual(calls.sort(), ['buffered', 'multi']);
  // Disconnected observers get nothing more.
  performance.mark('late');
  setTimeout(() => assert.strictEqual(calls.length, 2), 10);
}, 20);
