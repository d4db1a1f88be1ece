'use strict';
// getHeapStatistics / getHeapSpaceStatistics / getHeapCodeStatistics: node's
// field names, numbers, and figures that move with the heap.
const assert = require('assert');
const v8 = require('v8');

const stats = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(stats), [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size',
  'total_available_size', 'used_heap_size', 'heap_size_limit', 'malloced_memory',
  'peak_malloced_memory', 'does_zap_garbage', 'number_of_native_contexts',
  'number_of_detached_contexts', 'total_global_handles_size', 'used_global_handles_size',
  'external_memory',
]);
for (const [key, value] of Object.entries(stats)) {
  assert.strictEqual(typeof value, 'number', key);
  assert.ok(value >= 0, key);
}
assert.ok(stats.used_heap_size > 0 && stats.used_heap_size <= stats.total_heap_size);
assert.ok(stats.heap_size_limit >= stats.total_heap_size);
assert.strictEqual(stats.number_of_native_contexts, 1);

// Holding 20 MB of objects shows in used_heap_size.
const keep = Array.from({ length: 200000 }, (_, i) => ({ i, s: `item ${i}` }));
assert.ok(v8.getHeapStatistics().used_heap_size > stats.used_heap_size + 5e6);
assert.strictEqual(keep.length, 200000);

const spaces = v8.getHeapSpaceStatistics();
assert.ok(Array.isArray(spaces) && spaces.length > 4);
for (const space of spaces) {
  assert.deepStrictEqual(Object.keys(space), ['space_name', 'space_size', 'space_used_size',
                                              'space_available_size', 'physical_space_size']);
  assert.strictEqual(typeof space.space_name, 'string');
  assert.ok(space.space_used_size <= space.space_size || space.space_name.includes('large'));
}
const names = spaces.map((s) => s.space_name);
for (const name of ['old_space', 'new_space', 'code_space', 'large_object_space']) {
  assert.ok(names.includes(name), name);
}

const code = v8.getHeapCodeStatistics();
assert.deepStrictEqual(Object.keys(code), ['code_and_metadata_size', 'bytecode_and_metadata_size',
                                           'external_script_source_size',
                                           'cpu_profiler_metadata_size']);
assert.ok(code.bytecode_and_metadata_size > 0);
