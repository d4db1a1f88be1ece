'use strict';
// 'gc' entries: Node reports them; Mosaic cannot (no GC notifications for
// plugins) and says so with ERR_MOSAIC_NOT_IMPLEMENTED instead of never
// delivering anything.
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');

const supported = PerformanceObserver.supportedEntryTypes.includes('gc');
for (const options of [{ entryTypes: ['gc'] }, { entryTypes: ['mark', 'gc'] }, { type: 'gc' }]) {
  const observer = new PerformanceObserver(() => {});
  if (supported) {
    observer.observe(options);
  } else {
    assert.throws(() => observer.observe(options), {
      code: 'ERR_MOSAIC_NOT_IMPLEMENTED',
      message: 'PerformanceObserver entry type \'gc\' is not implemented in Mosaic',
    });
  }
  observer.disconnect();
}
