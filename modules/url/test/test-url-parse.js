'use strict';
// url.parse: every field of the Url object (null vs '' included) for
// typical and tricky inputs, checked against Node 20's results.
const assert = require('assert');
const url = require('url');

process.noDeprecation = true;  // DEP0170 for 'http://a.com:80abc/'-like inputs

const kFields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname',
  'hash', 'search', 'query', 'pathname', 'path', 'href'];

const table = [
  ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
    ['http:', true, 'user:pass', 'host.com:8080', '8080', 'host.com', '#hash', '?query=string', 'query=string', '/p/a/t/h', '/p/a/t/h?query=string', 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash']],
  ['HTTP://USER:PW@WWW.ExAmPlE.com:80/A/b?C=D#E',
    ['http:', true, 'USER:PW', 'www.example.com:80', '80', 'www.example.com', '#E', '?C=D', 'C=D', '/A/b', '/A/b?C=D', 'http://USER:PW@www.example.com:80/A/b?C=D#E']],
  ["http://x.com/path?that's#all, folks",
    ['http:', true, null, 'x.com', null, 'x.com', '#all,%20folks', '?that%27s', 'that%27s', '/path', '/path?that%27s', 'http://x.com/path?that%27s#all,%20folks']],
  ['HtTp://x.y.cOm;a/b/c?d=e#f g<h>i',
    ['http:', true, null, 'x.y.com', null, 'x.y.com', '#f%20g%3Ch%3Ei', '?d=e', 'd=e', ';a/b/c', ';a/b/c?d=e', 'http://x.y.com/;a/b/c?d=e#f%20g%3Ch%3Ei']],
  ['http://a.com:/',
    ['http:', true, null, 'a.com', null, 'a.com', null, null, null, '/', '/', 'http://a.com/']],
  ['http://[::1]:80/x',
    ['http:', true, null, '[::1]:80', '80', '::1', null, null, null, '/x', '/x', 'http://[::1]:80/x']],
  ['http://[FE80::1]',
    ['http:', true, null, '[fe80::1]', null, 'fe80::1', null, null, null, '/', '/', 'http://[fe80::1]/']],
  ['http://user@[::1]',
    ['http:', true, 'user', '[::1]', null, '::1', null, null, null, '/', '/', 'http://user@[::1]/']],
  ['mailto:foo@bar.com?subject=hello',
    ['mailto:', null, 'foo', 'bar.com', null, 'bar.com', null, '?subject=hello', 'subject=hello', null, '?subject=hello', 'mailto:foo@bar.com?subject=hello']],
  ['javascript:alert("hi") <x>',
    ['javascript:', null, null, null, null, null, null, null, null, 'alert("hi") <x>', 'alert("hi") <x>', 'javascript:alert("hi") <x>']],
  ['xmpp:isaacschlueter@jabber.org',
    ['xmpp:', null, 'isaacschlueter', 'jabber.org', null, 'jabber.org', null, null, null, null, null, 'xmpp:isaacschlueter@jabber.org']],
  ['file:///etc/passwd',
    ['file:', true, null, '', null, '', null, null, null, '/etc/passwd', '/etc/passwd', 'file:///etc/passwd']],
  ['file://localhost/etc/passwd',
    ['file:', true, null, 'localhost', null, 'localhost', null, null, null, '/etc/passwd', '/etc/passwd', 'file://localhost/etc/passwd']],
  ['file:',
    ['file:', null, null, null, null, null, null, null, null, null, null, 'file://']],
  ['//some_path',
    [null, null, null, null, null, null, null, null, null, '//some_path', '//some_path', '//some_path']],
  ['//user@host/x',
    [null, true, 'user', 'host', null, 'host', null, null, null, '/x', '/x', '//user@host/x']],
  ['/foo/bar?baz=quux#frag',
    [null, null, null, null, null, null, '#frag', '?baz=quux', 'baz=quux', '/foo/bar', '/foo/bar?baz=quux', '/foo/bar?baz=quux#frag']],
  ['?x=1',
    [null, null, null, null, null, null, null, '?x=1', 'x=1', null, '?x=1', '?x=1']],
  ['#frag',
    [null, null, null, null, null, null, '#frag', null, null, null, null, '#frag']],
  ['',
    [null, null, null, null, null, null, null, null, null, null, null, '']],
  ['  \t http://a.com/b  \n',
    ['http:', true, null, 'a.com', null, 'a.com', null, null, null, '/b', '/b', 'http://a.com/b']],
  [' ﻿http://a.com\x01',
    ['http:', true, null, 'a.com', null, 'a.com', null, null, null, '/', '/', 'http://a.com/']],
  ['http:\\\\evil.com\\foo\\bar?x\\y#z\\w',
    ['http:', true, null, 'evil.com', null, 'evil.com', '#z%5Cw', '?x%5Cy', 'x%5Cy', '/foo/bar', '/foo/bar?x%5Cy', 'http://evil.com/foo/bar?x%5Cy#z%5Cw']],
  ['http://a\tb\n.com/c\td',
    ['http:', true, null, 'ab.com', null, 'ab.com', null, null, null, '/c%09d', '/c%09d', 'http://ab.com/c%09d']],
  ['http://example.com?foo=@bar#frag',
    ['http:', true, null, 'example.com', null, 'example.com', '#frag', '?foo=@bar', 'foo=@bar', '/', '/?foo=@bar', 'http://example.com/?foo=@bar#frag']],
  ['http://a@b@c/',
    ['http:', true, 'a@b', 'c', null, 'c', null, null, null, '/', '/', 'http://a%40b@c/']],
  ['http://a@b?@c',
    ['http:', true, 'a', 'b', null, 'b', null, '?@c', '@c', '/', '/?@c', 'http://a@b/?@c']],
  ['http://xn--nxasmq6b.com/',
    ['http:', true, null, 'xn--nxasmq6b.com', null, 'xn--nxasmq6b.com', null, null, null, '/', '/', 'http://xn--nxasmq6b.com/']],
  ['http://www.Äffchen.com/',
    ['http:', true, null, 'www.xn--ffchen-9ta.com', null, 'www.xn--ffchen-9ta.com', null, null, null, '/', '/', 'http://www.xn--ffchen-9ta.com/']],
  ['http://SÉLIER.COM/',
    ['http:', true, null, 'xn--slier-bsa.com', null, 'xn--slier-bsa.com', null, null, null, '/', '/', 'http://xn--slier-bsa.com/']],
  ['http://a b/c',
    ['http:', true, null, 'a', null, 'a', null, null, null, '%20b/c', '%20b/c', 'http://a/%20b/c']],
  ['HTTP:foo',
    ['http:', null, null, 'foo', null, 'foo', null, null, null, '/', '/', 'http://foo/']],
  ['http:foo',
    ['http:', null, null, null, null, null, null, null, null, 'foo', 'foo', 'http:foo']],
  ['dot.test:foo/bar',
    ['dot.test:', null, null, 'foo', null, 'foo', null, null, null, '/bar', '/bar', 'dot.test:foo/bar']],
  ['git+ssh://git@github.com:npm/npm',
    ['git+ssh:', true, 'git', 'github.com', null, 'github.com', null, null, null, '/:npm/npm', '/:npm/npm', 'git+ssh://git@github.com/:npm/npm']],
  ['http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar',
    ['http:', true, 'atpass:foo@bar', '127.0.0.1:8080', '8080', '127.0.0.1', '#bar', '?search=foo', 'search=foo', '/path', '/path?search=foo', 'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar']],
  ['http://1.2.3.4.5/',
    ['http:', true, null, '1.2.3.4.5', null, '1.2.3.4.5', null, null, null, '/', '/', 'http://1.2.3.4.5/']],
  ['http://ab\x00c/x',
    ['http:', true, null, 'ab', null, 'ab', null, null, null, '/x', '/x', 'http://ab/x']],
  ['http://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/x',
    ['http:', true, null, '', null, '', null, null, null, '/x', '/x', 'http:///x']],
  ['http://[aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]/x',
    ['http:', true, null, '', null, '', null, null, null, '/x', '/x', 'http:///x']],
];

for (const [input, expected] of table) {
  const parsed = url.parse(input);
  assert.ok(parsed instanceof url.Url);
  assert.deepStrictEqual(Object.keys(parsed), kFields);
  assert.deepStrictEqual(kFields.map((k) => parsed[k]), expected, JSON.stringify(input));
  // href is what format() gives, and parsing it again is stable.
  assert.strictEqual(parsed.format(), parsed.href);
  assert.strictEqual(url.format(input), parsed.href);
}

// parseQueryString: a null-prototype object, even without a query.
{
  const p = url.parse('http://a.com/p?x=1&y=2&x=3#h', true);
  assert.strictEqual(Object.getPrototypeOf(p.query), null);
  assert.deepStrictEqual({ ...p.query }, { x: ['1', '3'], y: '2' });
  assert.strictEqual(p.search, '?x=1&y=2&x=3');
  const none = url.parse('http://a.com/p', true);
  assert.strictEqual(none.search, null);
  assert.strictEqual(Object.getPrototypeOf(none.query), null);
  assert.deepStrictEqual(Object.keys(none.query), []);
  const simple = url.parse('/a/b?c=d', true);
  assert.deepStrictEqual({ ...simple.query }, { c: 'd' });
  const simpleNone = url.parse('/a/b', true);
  assert.strictEqual(simpleNone.search, null);
  assert.deepStrictEqual({ ...simpleNone.query }, {});
}

// slashesDenoteHost
{
  const without = url.parse('//foo/bar');
  assert.strictEqual(without.host, null);
  assert.strictEqual(without.pathname, '//foo/bar');
  const withFlag = url.parse('//foo/bar', false, true);
  assert.strictEqual(withFlag.host, 'foo');
  assert.strictEqual(withFlag.pathname, '/bar');
  assert.strictEqual(withFlag.slashes, true);
  assert.strictEqual(withFlag.href, '//foo/bar');
}

// Invalid hosts throw ERR_INVALID_URL (a TypeError with `input`).
for (const input of ['http://a[b]/', 'http://[a<b]/', 'http://\u2028a/', 'http://[::1\u0000]/']) {
  assert.throws(() => url.parse(input), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    assert.strictEqual(err.message, 'Invalid URL');
    assert.strictEqual(err.input, input);
    return true;
  });
}

// A non-string input is an ERR_INVALID_ARG_TYPE; a bad escape in the auth
// a URIError.
for (const value of [5, null, undefined, {}, true]) {
  assert.throws(() => url.parse(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
  });
}
assert.throws(() => url.parse(5), {
  message: 'The "url" argument must be of type string. Received type number (5)',
});
assert.throws(() => url.parse('http://a%zz@host/'), { name: 'URIError', message: 'URI malformed' });

// A Url instance comes back as is; the Url constructor fills every field.
{
  const u = url.parse('http://a/');
  assert.strictEqual(url.parse(u), u);
  const empty = new url.Url();
  assert.deepStrictEqual(Object.keys(empty), kFields);
  assert.ok(kFields.every((k) => empty[k] === null));
  assert.strictEqual(empty.parse('http://b/c'), empty);
  assert.strictEqual(empty.href, 'http://b/c');
}

// Url.prototype and the module's own shape.
assert.deepStrictEqual(Object.getOwnPropertyNames(url.Url.prototype),
                       ['constructor', 'parse', 'format', 'resolve', 'resolveObject', 'parseHost']);
assert.strictEqual(url.parse.name, 'urlParse');
assert.strictEqual(url.parse.length, 3);
