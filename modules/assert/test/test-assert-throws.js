'use strict';
// assert.throws validates by class, RegExp, function or object (nested
// values, RegExp property values).
const assert = require('assert');

const thrower = (err) => () => { throw err; };
const err = Object.assign(new TypeError('bad thing'), { code: 'E_X', info: { a: [1] } });

assert.throws(thrower(err));
assert.throws(thrower(err), TypeError);
assert.throws(thrower(err), Error);
assert.throws(thrower(err), /bad/);
assert.throws(thrower(err), (e) => e === err);
assert.throws(thrower(err), { code: 'E_X', message: /thing$/, info: { a: [1] } });
assert.throws(thrower(err), new TypeError('bad thing'));

assert.throws(() => assert.throws(() => {}), {
  message: 'Missing expected exception.', operator: 'throws', generatedMessage: false,
});
assert.throws(() => assert.throws(() => {}, TypeError, 'why'), {
  message: 'Missing expected exception (TypeError): why',
});
assert.throws(() => assert.throws(thrower(err), RangeError), {
  message: 'The error is expected to be an instance of "RangeError". Received "TypeError"\n\n' +
    'Error message:\n\nbad thing',
});
assert.throws(() => assert.throws(thrower(err), /nope/), {
  message: "The input did not match the regular expression /nope/. Input:\n\n'TypeError: bad thing'\n",
});
assert.throws(() => assert.throws(thrower(err), () => false), {
  message: /^The validation function is expected to return "true"\. Received false\n\nCaught error:\n\nTypeError: bad thing/,
});
assert.throws(() => assert.throws(thrower(err), { info: { a: [2] } }), (e) => {
  assert.strictEqual(e.message, 'Expected values to be strictly deep-equal:\n' +
    '+ actual - expected\n\n  Comparison {\n    info: {\n      a: [\n+       1\n-       2\n      ]\n    }\n  }');
  assert.strictEqual(e.actual, err);
  assert.strictEqual(e.operator, 'throws');
  return true;
});
