'use strict';
// buffer.atob / buffer.btoa (forgiving base64 of latin1 strings).
const assert = require('assert');
const { atob, btoa } = require('buffer');

assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(btoa('\u00ff'), '/w==');
assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.strictEqual(atob(' aGVs bG8 '), 'hello');
assert.strictEqual(atob('YQ'), 'a');
assert.throws(() => atob('Y'), { name: 'InvalidCharacterError' });
assert.throws(() => atob('!!'), { name: 'InvalidCharacterError' });
assert.throws(() => btoa('€'), { name: 'InvalidCharacterError' });
assert.throws(() => atob(), { code: 'ERR_MISSING_ARGS' });
