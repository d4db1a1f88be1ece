'use strict';
// The WHATWG half of `url`: URL and URLSearchParams are the globals;
// domainToASCII/domainToUnicode, fileURLToPath/pathToFileURL (with their
// `windows` option) and urlToHttpOptions behave as in Node 20.
const assert = require('assert');
const url = require('url');

assert.strictEqual(url.URL, URL);
assert.strictEqual(url.URLSearchParams, URLSearchParams);
assert.strictEqual(require('node:url'), url);
assert.deepStrictEqual(Object.keys(url), [
  'Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL', 'URLSearchParams',
  'domainToASCII', 'domainToUnicode', 'pathToFileURL', 'fileURLToPath', 'urlToHttpOptions',
]);

// Host names: what a special URL's hostname setter would produce.
const domains = [
  ['example.com', 'example.com', 'example.com'],
  ['ExAmPle.COM', 'example.com', 'example.com'],
  ['ñ.com', 'xn--ida.com', 'ñ.com'],
  ['xn--nxasmq6b', 'xn--nxasmq6b', 'βόλοσ'],
  ['xn--abc-', 'xn--abc-', 'abc'],
  ['0x7f.1', '127.0.0.1', '127.0.0.1'],
  ['1.2.3.4.5', '', ''],
  ['[::1]', '[::1]', '[::1]'],
  ['a%41', 'aa', 'aa'],
  ['a\tb', 'ab', 'ab'],
  ['a/b', 'a', 'a'],
  ['a#b', 'a', 'a'],
  ['a:b', '', ''],
  ['a b', '', ''],
  ['xn--a', '', ''],
  ['', '', ''],
  ['١٢٣', 'xn--9hbcd', '١٢٣'],
  ['\u0627a', '', ''],
];
for (const [input, ascii, unicode] of domains) {
  assert.strictEqual(url.domainToASCII(input), ascii, input);
  assert.strictEqual(url.domainToUnicode(input), unicode, input);
}
assert.strictEqual(url.domainToASCII(null), 'null');
assert.throws(() => url.domainToASCII(), {
  code: 'ERR_MISSING_ARGS', message: 'The "domain" argument must be specified',
});
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });

// fileURLToPath
assert.strictEqual(url.fileURLToPath('file:///a/b%20c'), '/a/b c');
assert.strictEqual(url.fileURLToPath(new URL('file://localhost/x')), '/x');
assert.strictEqual(url.fileURLToPath('file:///C:/foo', { windows: true }), 'C:\\foo');
assert.strictEqual(url.fileURLToPath('file://host/share/f', { windows: true }), '\\\\host\\share\\f');
assert.strictEqual(url.fileURLToPath('file:///a%00b'), '/a\u0000b');
assert.throws(() => url.fileURLToPath('file:///a%2Fb'), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
});
assert.throws(() => url.fileURLToPath('file:///a%5cb', { windows: true }), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded \\ or / characters',
});
assert.throws(() => url.fileURLToPath('file:///foo', { windows: true }), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute',
});
assert.throws(() => url.fileURLToPath('file://host/a'), {
  code: 'ERR_INVALID_FILE_URL_HOST', message: 'File URL host must be "localhost" or empty on linux',
});
assert.throws(() => url.fileURLToPath('http://a/'), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => url.fileURLToPath(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
});
// (Node's URL constructor throws ERR_INVALID_URL here; the core's URL
// currently throws a plain TypeError, so only the class is checked.)
assert.throws(() => url.fileURLToPath('not a url'), TypeError);
// URL-shaped objects are accepted.
assert.strictEqual(url.fileURLToPath({
  href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x%20y',
}), '/x y');

// pathToFileURL
assert.strictEqual(url.pathToFileURL('/a b?#%\\\n\t\r/').href, 'file:///a%20b%3F%23%25%5C%0A%09%0D/');
assert.strictEqual(url.pathToFileURL('/tmp/dir/').href, 'file:///tmp/dir/');
assert.strictEqual(url.pathToFileURL('/foo[bar]^|~').href, 'file:///foo%5Bbar%5D%5E%7C%7E');
assert.strictEqual(url.pathToFileURL('C:\\a[b]|~', { windows: true }).href, 'file:///C:/a%5Bb%5D%7C%7E');
assert.strictEqual(url.pathToFileURL('rel/x').href, `file://${process.cwd()}/rel/x`);
assert.ok(url.pathToFileURL('/x') instanceof URL);
assert.strictEqual(url.pathToFileURL('C:\\foo\\', { windows: true }).href, 'file:///C:/foo/');
assert.strictEqual(url.pathToFileURL('\\\\server\\share\\a b', { windows: true }).href,
                   'file://server/share/a%20b');
assert.strictEqual(url.pathToFileURL('\\\\?\\UNC\\srv\\share\\x', { windows: true }).href,
                   'file://srv/share/x');
assert.throws(() => url.pathToFileURL('\\\\server', { windows: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' Missing UNC resource path. Received '\\\\\\\\server'",
});
assert.throws(() => url.pathToFileURL('\\\\\\x', { windows: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => url.pathToFileURL(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (5)',
});

// urlToHttpOptions
{
  const u = new URL('http://us%20er:p@[::1]:8080/a?b#c');
  u.extra = 1;
  const options = url.urlToHttpOptions(u);
  assert.strictEqual(Object.getPrototypeOf(options), null);
  assert.deepStrictEqual(Object.keys(options), [
    'extra', 'protocol', 'hostname', 'hash', 'search', 'pathname', 'path', 'href', 'port', 'auth',
  ]);
  assert.deepStrictEqual({ ...options }, {
    extra: 1, protocol: 'http:', hostname: '::1', hash: '#c', search: '?b', pathname: '/a',
    path: '/a?b', href: 'http://us%20er:p@[::1]:8080/a?b#c', port: 8080, auth: 'us er:p',
  });
  const bare = url.urlToHttpOptions(new URL('https://example.com'));
  assert.strictEqual(bare.port, undefined);
  assert.strictEqual(bare.auth, undefined);
  assert.strictEqual(bare.path, '/');
  assert.ok(Number.isNaN(url.urlToHttpOptions({}).port));
  assert.throws(() => url.urlToHttpOptions(), TypeError);
}

assert.strictEqual(url.pathToFileURL.length, 2);
assert.strictEqual(url.fileURLToPath.length, 1);
