'use strict';
// The util module's surface, in Node 20's order.
const assert = require('assert');
const util = require('util');

assert.deepStrictEqual(Object.keys(util), [
  '_errnoException', '_exceptionWithHostPort', '_extend', 'callbackify', 'debug', 'debuglog',
  'deprecate', 'format', 'styleText', 'formatWithOptions', 'getSystemErrorMap',
  'getSystemErrorName', 'inherits', 'inspect', 'isArray', 'isBoolean', 'isBuffer',
  'isDeepStrictEqual', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive', 'log',
  'promisify', 'stripVTControlCharacters', 'toUSVString', 'transferableAbortSignal',
  'transferableAbortController', 'aborted', 'types', 'parseEnv', 'parseArgs', 'TextDecoder',
  'TextEncoder', 'MIMEType', 'MIMEParams',
]);
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
assert.strictEqual(util.format('%s=%d', 'a', 1), 'a=1');
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mx\u001b[39m'), 'x');
assert.strictEqual(new util.TextDecoder().decode(new util.TextEncoder().encode('hé')), 'hé');
