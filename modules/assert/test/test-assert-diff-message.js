'use strict';
// The '+ actual - expected' diff: identical lines collapse into '...'.
const assert = require('assert');

assert.throws(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '  {\n    a: 1,\n+   b: 2\n-   b: 3\n  }',
});
assert.throws(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n' +
    '  [\n    1,\n...\n    8,\n    9,\n+   10\n-   11\n  ]',
});
assert.throws(() => assert.deepStrictEqual([1, 2], [1, 2, 3]), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '  [\n    1,\n    2,\n-   3\n  ]',
});
assert.throws(() => assert.deepStrictEqual({ a: Symbol('x') }, { a: Symbol('x') }), {
  message: 'Values have same structure but are not reference-equal:\n\n{\n  a: Symbol(x)\n}\n',
});
assert.throws(() => assert.deepStrictEqual(new Error('a'), new Error('b')), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '+ [Error: a]\n- [Error: b]\n          ^',
});
