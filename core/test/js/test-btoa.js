'use strict';
// btoa(): Latin-1 strings only.
const assert = require('./fixtures/assert');

assert.strictEqual(btoa(''), '');
assert.strictEqual(btoa('a'), 'YQ==');
assert.strictEqual(btoa('ab'), 'YWI=');
assert.strictEqual(btoa('abc'), 'YWJj');
assert.strictEqual(btoa('\u00ff\u0000'), '/wA=');
assert.strictEqual(btoa(null), 'bnVsbA==');
assert.strictEqual(btoa(123), 'MTIz');
let all = '';
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
assert.strictEqual(atob(btoa(all)), all);
for (const input of ['\u0100', 'a\u0100', '\ud800']) {
  assert.throws(() => btoa(input), {
    name: 'InvalidCharacterError',
    code: 5,
    message: 'Invalid character',
  });
}
assert.throws(() => btoa(), { code: 'ERR_MISSING_ARGS' });
