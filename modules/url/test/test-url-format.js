'use strict';
// url.format: from Url-like objects (every field's role, escaping, the
// slashed protocols), from strings, and from WHATWG URL objects with the
// { auth, fragment, search, unicode } options.
const assert = require('assert');
const url = require('url');

const objects = [
  [{ protocol: 'http', host: 'a.com', pathname: 'x' }, 'http://a.com/x'],
  [{ protocol: 'http:', hostname: 'a.com', port: 8080, pathname: '/x' }, 'http://a.com:8080/x'],
  [{ protocol: 'http:', host: 'h:1', hostname: 'ignored', port: 2 }, 'http://h:1'],
  [{ protocol: 'https', hostname: '::1', port: '443' }, 'https://[::1]:443'],
  [{ protocol: 'https', hostname: '[::1]' }, 'https://[::1]'],
  [{ protocol: 'mailto', auth: 'x y@', hostname: 'a:b', port: 8 }, 'mailto:x%20y%40@[a:b]:8'],
  [{ protocol: 'http', auth: "u:p!'()*-._~", host: 'h' }, "http://u:p!'()*-._~@h"],
  [{ protocol: 'http', auth: 'ü€💩', host: 'h' }, 'http://%C3%BC%E2%82%AC%F0%9F%92%A9@h'],
  [{ protocol: 'http', host: 'a', pathname: 'x#?y', search: 'q#', hash: 'h' }, 'http://a/x%23%3Fy?q%23#h'],
  [{ protocol: 'http', host: 'a', query: { a: ['1', '2'], b: 'c d' } }, 'http://a?a=1&a=2&b=c%20d'],
  [{ protocol: 'http', host: 'a', search: '?s', query: { ignored: 1 } }, 'http://a?s'],
  [{ protocol: 'http', host: 'a', query: 'strings are ignored' }, 'http://a'],
  [{ protocol: 'file' }, 'file://'],
  [{ protocol: 'file:', pathname: '/etc' }, 'file:///etc'],
  [{ protocol: 'fil', pathname: '/etc' }, 'fil:/etc'],
  [{ protocol: 'http', pathname: '/etc' }, 'http:/etc'],
  [{ protocol: 'foo', slashes: true, host: 'h', pathname: 'p' }, 'foo://h/p'],
  [{ protocol: 'foo', host: 'h', pathname: 'p' }, 'foo:hp'],
  [{ slashes: true, pathname: 'p' }, '///p'],
  [{ pathname: '/a', search: 'b', hash: 'c' }, '/a?b#c'],
  [{}, ''],
];
for (const [object, expected] of objects) {
  assert.strictEqual(url.format(object), expected, JSON.stringify(object));
  assert.strictEqual(url.Url.prototype.format.call(object), expected);
}

// Inherited fields count too.
assert.strictEqual(url.format(Object.create({ protocol: 'http:', host: 'x' })), 'http://x');

// A lone surrogate at the end of the auth cannot be encoded.
assert.throws(() => url.format({ auth: 'a\uD800', host: 'h' }), {
  name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed',
});

// Strings are parsed (legacy) and formatted again.
assert.strictEqual(url.format('HTTP://A.com:80/x y?q#h'), 'http://a.com:80/x%20y?q#h');
assert.strictEqual(url.format(' //a/b '), '//a/b');

// Anything else is an error.
for (const value of [5, null, undefined, true, Symbol('s')]) {
  assert.throws(() => url.format(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
  });
}
assert.throws(() => url.format(null), {
  message: 'The "urlObject" argument must be one of type object or string. Received null',
});

// WHATWG URL objects.
{
  const u = new URL('http://user:pass@xn--nxasmq6b.com:8080/a/b?q=1#frag');
  assert.strictEqual(url.format(u), u.href);
  assert.strictEqual(url.format(u, {}), u.href);
  assert.strictEqual(url.format(u, null), u.href);
  assert.strictEqual(url.format(u, { auth: false }), 'http://xn--nxasmq6b.com:8080/a/b?q=1#frag');
  assert.strictEqual(url.format(u, { fragment: false }), 'http://user:pass@xn--nxasmq6b.com:8080/a/b?q=1');
  assert.strictEqual(url.format(u, { search: false }), 'http://user:pass@xn--nxasmq6b.com:8080/a/b#frag');
  assert.strictEqual(url.format(u, { unicode: true }), 'http://user:pass@βόλοσ.com:8080/a/b?q=1#frag');
  assert.strictEqual(url.format(u, { unicode: 1, auth: 0, fragment: null, search: undefined }),
                     'http://βόλοσ.com:8080/a/b?q=1#frag');
  assert.strictEqual(url.format(new URL('http://[::1]:8/'), { unicode: true }), 'http://[::1]:8/');
  assert.strictEqual(url.format(new URL('foo://xn--nxasmq6b.com/'), { unicode: true }), 'foo://βόλοσ.com/');
  assert.strictEqual(url.format(new URL('file:///a?b#c'), { search: false, fragment: false }), 'file:///a');
  assert.strictEqual(url.format(new URL('http://a/?#')), 'http://a/?#');
  // Own properties do not make a URL a legacy object.
  const withAuth = new URL('http://a/');
  withAuth.auth = 'x';
  assert.strictEqual(url.format(withAuth), 'http://a/');
  for (const options of [5, 'x', [], () => {}]) {
    assert.throws(() => url.format(u, options), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
    });
  }
}
// A plain object shaped like a URL is formatted as a legacy one.
assert.strictEqual(url.format({ href: 'http://a/', protocol: 'http:' }), 'http:');

assert.strictEqual(url.format.name, 'urlFormat');
assert.strictEqual(url.format.length, 2);
