'use strict';
// strictEqual / deepStrictEqual with a message keep the diff under it.
const assert = require('assert');

assert.throws(() => assert.strictEqual(1, 2, 'mine'), {
  message: 'mine\n\n1 !== 2\n',
  generatedMessage: false,
});
assert.throws(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'mine'), {
  message: 'mine\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }',
});
// Other assertions use the message alone.
assert.throws(() => assert.notStrictEqual(1, 1, 'mine'), { message: 'mine' });
assert.throws(() => assert.deepEqual(1, 2, 'mine'), { message: 'mine' });
