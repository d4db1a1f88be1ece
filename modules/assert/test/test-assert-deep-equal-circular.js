'use strict';
// Deep equality terminates on cycles; structures repeating in step are
// equal whatever their cycle lengths.
const assert = require('assert');

const ring = (n) => {
  const root = {};
  let cur = root;
  for (let i = 1; i < n; i++) { cur.a = {}; cur = cur.a; }
  cur.a = root;
  return root;
};
assert.deepStrictEqual(ring(1), ring(1));
assert.deepStrictEqual(ring(1), ring(2));
assert.deepStrictEqual(ring(2), ring(3));

const a = [1];
a.push(a);
const b = [1];
b.push(b);
assert.deepStrictEqual(a, b);
const c = [2];
c.push(c);
assert.notDeepStrictEqual(a, c);

const e1 = new Error('x');
e1.cause = e1;
const e2 = new Error('x');
e2.cause = e2;
assert.deepStrictEqual(e1, e2);
