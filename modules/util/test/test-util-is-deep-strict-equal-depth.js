'use strict';
// isDeepStrictEqual on deep and on cyclic structures, both on each side of
// the depth where cycle bookkeeping switches from scanning the path to an
// index (32 levels): deep lists compare by value, rings of equal values are
// equal, and one differing value anywhere is found.
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

function list(depth, bottom) {
  let node = { value: bottom };
  for (let i = 0; i < depth; i++) node = { value: i, next: node };
  return node;
}

function ring(length, valueAt = (i) => i) {
  const nodes = Array.from({ length }, (_, i) => ({ value: valueAt(i) }));
  nodes.forEach((node, i) => { node.next = nodes[(i + 1) % length]; });
  return nodes[0];
}

for (const depth of [5, 31, 32, 33, 100, 500]) {
  assert.strictEqual(isDeepStrictEqual(list(depth, 'x'), list(depth, 'x')), true, `list ${depth}`);
  assert.strictEqual(isDeepStrictEqual(list(depth, 'x'), list(depth, 'y')), false, `list ${depth}`);
  assert.strictEqual(isDeepStrictEqual(list(depth, 'x'), list(depth + 1, 'x')), false, `list ${depth}`);
}

for (const length of [3, 31, 32, 33, 40, 200]) {
  assert.strictEqual(isDeepStrictEqual(ring(length), ring(length)), true, `ring ${length}`);
  const odd = ring(length, (i) => (i === length - 1 ? 'odd' : i));
  assert.strictEqual(isDeepStrictEqual(ring(length), odd), false, `ring ${length}`);
}

// A structure that points back to an ancestor deep down, on both sides.
function backRef(depth) {
  const top = { level: 0 };
  let node = top;
  for (let i = 1; i < depth; i++) node = node.child = { level: i };
  node.child = top;
  return top;
}
assert.strictEqual(isDeepStrictEqual(backRef(50), backRef(50)), true);
assert.strictEqual(isDeepStrictEqual(backRef(50), backRef(51)), false);

// Maps and arrays inside deep structures keep their own rules.
const deepMaps = (depth) => {
  let value = new Map([['leaf', [1, 2, 3]]]);
  for (let i = 0; i < depth; i++) value = new Map([['k', value], ['i', [i]]]);
  return value;
};
assert.strictEqual(isDeepStrictEqual(deepMaps(40), deepMaps(40)), true);
assert.strictEqual(isDeepStrictEqual(deepMaps(40), deepMaps(39)), false);
