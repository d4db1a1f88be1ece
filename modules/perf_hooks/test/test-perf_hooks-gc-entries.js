'use strict';
// 'gc' entries: PerformanceObserver hears of garbage collections (kind,
// flags, start, duration), only while it observes 'gc', and an observer
// left connected does not keep the process alive.
const assert = require('assert');
const util = require('util');
const {
  constants,
  performance,
  PerformanceEntry,
  PerformanceObserver,
} = require('perf_hooks');

assert.deepStrictEqual(PerformanceObserver.supportedEntryTypes, [
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);

const kinds = new Set([
  constants.NODE_PERFORMANCE_GC_MINOR,
  constants.NODE_PERFORMANCE_GC_MAJOR,
  constants.NODE_PERFORMANCE_GC_INCREMENTAL,
  constants.NODE_PERFORMANCE_GC_WEAKCB,
  2, // V8's minor mark-compact
]);

// Enough short-lived garbage for several young-generation collections.
function makeGarbage() {
  let keep = null;
  for (let i = 0; i < 400000; i++) keep = { i, text: `item ${i}`, next: keep && { i } };
  return keep !== null;
}

const warnings = [];
process.on('warning', (warning) => warnings.push(warning));

function checkEntry(entry, before) {
  assert.ok(entry instanceof PerformanceEntry);
  assert.strictEqual(entry.name, 'gc');
  assert.strictEqual(entry.entryType, 'gc');
  assert.strictEqual(typeof entry.startTime, 'number');
  assert.ok(entry.startTime >= before, `${entry.startTime} >= ${before}`);
  assert.ok(entry.startTime <= performance.now());
  assert.ok(entry.duration >= 0 && entry.duration < 10000, `${entry.duration}`);
  assert.ok(kinds.has(entry.detail.kind), `kind ${entry.detail.kind}`);
  assert.ok(Number.isInteger(entry.detail.flags) && entry.detail.flags >= 0);
  assert.deepStrictEqual(Object.keys(entry.toJSON()),
                         ['name', 'entryType', 'startTime', 'duration', 'detail']);
  assert.match(util.inspect(entry), /^PerformanceNodeEntry \{\n {2}name: 'gc',\n {2}entryType: 'gc',/);
}

// An observer that stays connected to the end: the test would time out if
// observing collections held the loop open.
const idle = new PerformanceObserver(() => {});
idle.observe({ type: 'gc' });

const before = performance.now();
const seen = [];
let calls = 0;
const observer = new PerformanceObserver((list, self) => {
  calls++;
  assert.strictEqual(self, observer);
  for (const entry of list.getEntries()) {
    checkEntry(entry, before);
    seen.push(entry);
  }
  assert.deepStrictEqual(list.getEntriesByType('gc'), list.getEntries());
});
observer.observe({ entryTypes: ['gc', 'mark'] });
assert.ok(makeGarbage());

let waited = 0;
(function waitForEntries() {
  if (seen.length === 0) {
    assert.ok(++waited < 200, 'no gc entry within 2 s');
    setTimeout(waitForEntries, 10);
    return;
  }
  assert.ok(seen.some((e) => e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR),
            seen.map((e) => e.detail.kind).join());

  // The deprecated own accessors (DEP0152) still answer, with one warning.
  const entry = seen[0];
  assert.ok(Object.keys(entry).includes('kind'));
  assert.strictEqual(entry.kind, entry.detail.kind);
  assert.strictEqual(entry.flags, entry.detail.flags);
  setImmediate(() => {
    const deprecations = warnings.filter((w) => w.code === 'DEP0152');
    assert.strictEqual(deprecations.length, 1);
    assert.strictEqual(deprecations[0].name, 'DeprecationWarning');
    assert.strictEqual(deprecations[0].message,
                       'Custom PerformanceEntry accessors are deprecated. ' +
                       'Please use the detail property.');
    checkDisconnect();
  });
})();

// After disconnect() the callback hears of no more collections.
function checkDisconnect() {
  observer.disconnect();
  const callsBefore = calls;
  assert.ok(makeGarbage());
  setTimeout(() => {
    assert.strictEqual(calls, callsBefore);
    assert.deepStrictEqual(observer.takeRecords(), []);
  }, 50);
}
