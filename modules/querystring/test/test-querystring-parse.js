'use strict';
// querystring.parse: pairs, repeated keys, missing values, '+' and
// percent-decoding, null-prototype result.
const assert = require('assert');
const qs = require('querystring');

const check = (input, expected, ...rest) => {
  const out = qs.parse(input, ...rest);
  assert.strictEqual(Object.getPrototypeOf(out), null);
  assert.deepStrictEqual({ ...out }, expected, JSON.stringify(input));
};
check('', {});
check('a=1&b=2', { a: '1', b: '2' });
check('a=1&a=2&a=3', { a: ['1', '2', '3'] });
check('a', { a: '' });
check('a=', { a: '' });
check('=a', { '': 'a' });
check('&&a=1&&', { a: '1' });
check('a=b=c', { a: 'b=c' });
check('a+b=c+d', { 'a b': 'c d' });
check('a%20b=%E2%82%AC', { 'a b': '€' });
check('bad=%E2%82', { bad: '\ufffd' });
check('pct=%zz', { pct: '%zz' });
check('__proto__=1&constructor=2', { ['__proto__']: '1', constructor: '2' });
assert.strictEqual(qs.decode, qs.parse);
assert.deepStrictEqual({ ...qs.parse(5) }, {});
