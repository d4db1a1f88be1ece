'use strict';
// url.resolve and url.resolveObject: the RFC 3986 examples (section 5.4) and
// the legacy resolver's own rules, as Node 20 resolves them.
const assert = require('assert');
const url = require('url');

const base = 'http://a/b/c/d;p?q';
const rfc = [
  ['g:h', 'g:h'],
  ['g', 'http://a/b/c/g'],
  ['./g', 'http://a/b/c/g'],
  ['g/', 'http://a/b/c/g/'],
  ['/g', 'http://a/g'],
  ['//g', 'http://g/'],
  ['?y', 'http://a/b/c/d;p?y'],
  ['g?y', 'http://a/b/c/g?y'],
  ['#s', 'http://a/b/c/d;p?q#s'],
  ['g#s', 'http://a/b/c/g#s'],
  ['g?y#s', 'http://a/b/c/g?y#s'],
  [';x', 'http://a/b/c/;x'],
  ['g;x', 'http://a/b/c/g;x'],
  ['g;x?y#s', 'http://a/b/c/g;x?y#s'],
  ['', 'http://a/b/c/d;p?q'],
  ['.', 'http://a/b/c/'],
  ['./', 'http://a/b/c/'],
  ['..', 'http://a/b/'],
  ['../', 'http://a/b/'],
  ['../g', 'http://a/b/g'],
  ['../..', 'http://a/'],
  ['../../', 'http://a/'],
  ['../../g', 'http://a/g'],
  ['../../../g', 'http://a/g'],
  ['../../../../g', 'http://a/g'],
  ['/./g', 'http://a/g'],
  ['/../g', 'http://a/g'],
  ['g.', 'http://a/b/c/g.'],
  ['.g', 'http://a/b/c/.g'],
  ['g..', 'http://a/b/c/g..'],
  ['..g', 'http://a/b/c/..g'],
  ['./../g', 'http://a/b/g'],
  ['./g/.', 'http://a/b/c/g/'],
  ['g/./h', 'http://a/b/c/g/h'],
  ['g/../h', 'http://a/b/c/h'],
  ['g;x=1/./y', 'http://a/b/c/g;x=1/y'],
  ['g;x=1/../y', 'http://a/b/c/y'],
  ['g?y/./x', 'http://a/b/c/g?y/./x'],
  ['g?y/../x', 'http://a/b/c/g?y/../x'],
  ['g#s/./x', 'http://a/b/c/g#s/./x'],
  ['g#s/../x', 'http://a/b/c/g#s/../x'],
  ['http:g', 'http://a/b/c/g'],
];
for (const [ref, expected] of rfc) {
  assert.strictEqual(url.resolve(base, ref), expected, ref);
  assert.strictEqual(url.resolveObject(base, ref).href, expected, ref);
  assert.strictEqual(url.parse(base).resolve(ref), expected, ref);
}

const pairs = [
  ['/foo/bar/baz', 'quux', '/foo/bar/quux'],
  ['/foo/bar/baz', '../quux/baz', '/foo/quux/baz'],
  ['/foo/bar/baz', '/bar', '/bar'],
  ['foo/bar', '../../../baz', '../../baz'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:#hash2', 'https:///#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2', 'https://p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https://u:p@h.com/p/a/t/h?s#hash2', 'https://u:p@h.com/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:/a/b/c/d', 'http://example.com/a/b/c/d'],
  ['mailto:local1@domain1', 'local2@domain2', 'mailto:local2@domain2'],
  ['mailto:local1@domain1', 'mailto:local2@domain2', 'mailto:local2@domain2'],
  ['mailto:a@b', '?x', 'mailto:a@b?x'],
  ['http://a/b', '//c/d', 'http://c/d'],
  ['http://u:p@a/b', '//c/d', 'http://c/d'],
  ['http://u:p@a/b', '/c', 'http://u:p@a/c'],
  ['http://a', 'b', 'http://a/b'],
  ['file:///a/b', 'c', 'file:///a/c'],
  ['file:///a/b', 'file:c', 'file:///a/c'],
  ['http://a/b', 'file:c', 'file:///c'],
  ['foo:bar', '../baz', 'foo:baz'],
  ['http://a/b/..', 'c', 'http://a/b/c'],
  ['/a/b', '../../../c', '/c'],
  ['a/b', '../../../c', '../../c'],
  ['http://[::1]/a', 'b', 'http://[::1]/b'],
  ['HTTP://A/b', 'HTTP://C/d', 'http://c/d'],
];
for (const [from, to, expected] of pairs) {
  assert.strictEqual(url.resolve(from, to), expected, `${from} + ${to}`);
}

// resolveObject returns a Url; the hash always comes from the reference.
{
  const r = url.resolveObject('http://u:p@a.com:8/b/c?d#e', '../x?y');
  assert.ok(r instanceof url.Url);
  assert.deepStrictEqual({ ...r }, {
    protocol: 'http:', slashes: true, auth: 'u:p', host: 'a.com:8', port: '8',
    hostname: 'a.com', hash: null, search: '?y', query: 'y', pathname: '/x',
    path: '/x?y', href: 'http://u:p@a.com:8/x?y',
  });
  const hashOnly = url.resolveObject('http://a/b#c', '');
  assert.strictEqual(hashOnly.hash, null);
  assert.strictEqual(hashOnly.href, 'http://a/b');
}

// A falsy source gives the reference back unchanged.
assert.strictEqual(url.resolveObject('', 'rel'), 'rel');
assert.strictEqual(url.resolveObject(null, 'rel'), 'rel');
const ref = url.parse('x');
assert.strictEqual(url.resolveObject(undefined, ref), ref);

// Sources must be strings (or Url objects).
assert.throws(() => url.resolve(5, 'a'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.strictEqual(url.resolve(url.parse('http://a/b'), 'c'), 'http://a/c');

assert.strictEqual(url.resolve.name, 'urlResolve');
assert.strictEqual(url.resolveObject.name, 'urlResolveObject');
