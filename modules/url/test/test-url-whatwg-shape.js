'use strict';
// The WHATWG URL class as node shapes it: URL.parse / URL.canParse with
// node's argument handling, the accessors as URL.prototype's own, and
// ERR_MISSING_ARGS for a call without arguments.
const assert = require('assert');
const util = require('util');

const parsed = URL.parse('x?y=1', 'http://example.com/a/');
assert.ok(parsed instanceof URL);
assert.strictEqual(parsed.href, 'http://example.com/a/x?y=1');
assert.strictEqual(parsed.searchParams.get('y'), '1');
assert.match(util.inspect(parsed), /^URL \{\n {2}href: 'http:\/\/example.com\/a\/x\?y=1',/);
assert.strictEqual(URL.parse('not a url'), null);
assert.strictEqual(URL.parse('/x'), null);
assert.strictEqual(URL.parse({ toString() { return 'http://q'; } }).href, 'http://q/');
assert.throws(() => URL.parse({ toString() { throw new Error('boom'); } }), /boom/);

assert.strictEqual(URL.canParse('http://a'), true);
assert.strictEqual(URL.canParse('/x'), false);
assert.strictEqual(URL.canParse('/x', 'http://a'), true);
assert.strictEqual(URL.canParse('/x', undefined), false);

for (const fn of [() => URL.parse(), () => URL.canParse(), () => new URL()]) {
  assert.throws(fn, { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
}
assert.throws(() => new URL('nope'), { code: 'ERR_INVALID_URL', input: 'nope' });

assert.strictEqual(Object.getPrototypeOf(URL.prototype), Object.prototype);
for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
                    'port', 'pathname', 'search', 'searchParams', 'hash']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL.prototype, name);
  assert.strictEqual(typeof descriptor.get, 'function', name);
  assert.strictEqual(descriptor.enumerable, true, name);
}
assert.strictEqual(Object.prototype.toString.call(parsed), '[object URL]');
assert.deepStrictEqual(Object.keys(URL), ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
assert.deepStrictEqual(Object.keys(new URL('http://a')), []);
assert.strictEqual(JSON.stringify({ u: new URL('http://a/b') }), '{"u":"http://a/b"}');
