'use strict';
// Inputs for compare.js: hand-picked URL strings, then generated ones
// (seeded, so every run sees the same corpus).

function mulberry32(seed) {
  return function next() {
    seed |= 0;
    seed = (seed + 0x6D2B79F5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------
// Hand-picked URL strings

const handPicked = [
  '',
  ' ',
  '\t\n',
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://www.example.com/',
  'HTTP://www.example.com',
  'http://www.ExAmPlE.com/',
  'http://user:pw@www.ExAmPlE.com/',
  'http://USER:PW@www.ExAmPlE.com/',
  'http://user@www.example.com/',
  'http://user%3Apw@www.example.com/',
  'http://x.com/path?that\'s#all, folks',
  'HTTP://X.COM/Y',
  'http://x.y.com+a/b/c',
  'HtTp://x.y.cOm;a/b/c?d=e#f g<h>i',
  'HtTp://x.y.cOm;A/b/c?d=e#f g<h>i',
  'http://x...y...#p',
  'http://x/p/"quoted"',
  '<http://goo.corn/bread> Is a URL!',
  'http://www.narwhaljs.org/blog/categories?id=news',
  'http://mt0.google.com/vt/lyrs=m@114&hl=en&src=api&x=2&y=2&z=3&s=',
  'http://mt0.google.com/vt/lyrs=m@114???&hl=en&src=api&x=2&y=2&z=3&s=',
  'http://user:pass@mt0.google.com/vt/lyrs=m@114???&hl=en&src=api&x=2&y=2&z=3&s=',
  'file:///etc/passwd',
  'file://localhost/etc/passwd',
  'file://foo/etc/passwd',
  'file:///etc/node/',
  'file://localhost/etc/node/',
  'file://foo/etc/node/',
  'http:/baz/../foo/bar',
  'http://user:pass@example.com:8000/foo/bar?baz=quux#frag',
  '//user:pass@example.com:8000/foo/bar?baz=quux#frag',
  '/foo/bar?baz=quux#frag',
  'http:/foo/bar?baz=quux#frag',
  'mailto:foo@bar.com?subject=hello',
  'javascript:alert(\'hello\');',
  'xmpp:isaacschlueter@jabber.org',
  'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar',
  'svn+ssh://foo/bar',
  'dash-test://foo/bar',
  'dash-test:foo/bar',
  'dot.test://foo/bar',
  'dot.test:foo/bar',
  'http://www.日本語.com/',
  'http://example.Bücher.com/',
  'http://www.Äffchen.com/',
  'http://www.Äffchen.cOm;A/b/c?d=e#f g<h>i',
  'http://SÉLIER.COM/',
  'http://ли.ЛИ.ош/',
  'http://xn--lck1c3crb1723bpq4a.com/',
  'http://example.com/a\\b/c?d\\e#f\\g',
  'http://a\r" \t\n<\'b:b@c\r\nd/e?f',
  'http://a.b/\tbc\ndr\ref g"hq\'j<kl>?mn\\op^q=r`99{st|uv}wz',
  'http://a\r" \t\n<\'b:b@c\r\nd/e?f',
  'git+ssh://git@github.com:npm/npm',
  'http://example.com?foo=bar#frag',
  'http://example.com?foo=@bar#frag',
  'http://example.com?foo=/bar/#frag',
  'http://example.com?foo=?bar/#frag',
  'http://example.com#frag=?bar/#frag',
  'http://google.com" onload="alert(42)/',
  'http://a.com/a/b/c?s#h',
  'http://atpass:foo%40bar@127.0.0.1/',
  'http://atslash%2F%40:%2F%40@foo/',
  'coap://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]',
  'coap://[1080:0:0:0:8:800:200C:417A]:61616/',
  'http://[::1]:80/x',
  'http://[::1]',
  'http://[::FFFF:1.2.3.4]:8000/x',
  'http://[fe80::1%25eth0]/',
  'http://[a<b]/',
  'http://[::1\x00]/',
  'http://[xyz]/',
  'http://[]/',
  'http://[/',
  'http://a[b]/',
  'http://a]/',
  'http://a[/',
  'ftp://[::1]a/',
  'http://0x7f.1/',
  'http://1.2.3.4.5/',
  'http://999.1.1.1/',
  'http://10.0.0.1:8080/',
  'http://a.com:/',
  'http://a.com:80abc/',
  'http://a.com:8:9/',
  'http://a:b@c:d/',
  'http://::1/',
  'http://a.com:99999999/',
  'http://ab\u0000c/',
  'http://\u2028a/',
  'http://a\u2028b/',
  'http://\u00ADx/',
  'http://x\u200Dy/',
  'http://xn--a/',
  'http://xn--abc-/',
  'http://xn--zca/',
  'http://xn--nxasmq6b.com/',
  'http://XN--NXASMQ6B.com/',
  'http://xn--ls8h.la/',
  'http://💩.la/',
  'http://a..b/',
  'http://./',
  'http://../',
  'http://-a-.com/',
  'http://a_b.com/',
  'http://*.com/',
  'http://a%41.com/',
  'http://%/',
  'http://user@/',
  'http://@/',
  'http://@@/',
  'http://a@b@c/',
  'http://a@b?@c',
  'http://a@b#@c',
  'http:// /',
  'http:/\\/a/',
  'http:\\\\a\\b?c\\d#e\\f',
  '\\\\server\\share',
  '//some_path',
  '//a@b',
  '//a?@b',
  '///a',
  '/foo@bar',
  '/a/b?x=1',
  '/a/b',
  '/a b',
  '/a/b?c d',
  '//\u2028a',
  '?x=1',
  '#h',
  '?',
  '#',
  'a',
  'a/b',
  '.',
  '..',
  'HTTP:foo',
  'http:foo',
  'HTTP:',
  'http:',
  'mailto:',
  'foo:',
  'foo:bar',
  'FOO:bar',
  'javascript:',
  'JavaScript://foo/bar',
  'javascript://foo/bar"<>',
  'javascript:alert(1)//"<>',
  '1:2',
  '+:x',
  'a+b.c-d://h/p',
  'ws://example.com',
  'wss://example.com',
  'gopher://h',
  'file:',
  'file:/',
  'file://',
  'file:///',
  'file:a',
  'FILE://a/b',
  '\x01http://a',
  '\u00A0http://a\u00A0',
  '\uFEFFhttp://a\uFEFF',
  '\u3000http://a',
  'http://a\x7F/',
  'http://a/\x7F',
  'http://a/b\u0000c',
  'http://x.com/\uD800',
  'http://\uD800@x.com/',
  'http://\uDC00x@y/',
  `http://${'a'.repeat(254)}/`,
  `http://${'a'.repeat(255)}/`,
  `http://${'a'.repeat(256)}/`,
  `http://[${'a'.repeat(300)}]/`,
  `http://u@${'b'.repeat(256)}:80/x`,
  'http://a.com/?q=1&q=2&r',
  'http://a.com/?__proto__=1&constructor=2',
  'http://a.com/?a%20b=c+d',
  'http://a.com/?%zz=1',
  'http://a.com/p?q#',
  'http://a.com/#',
  'http://a.com?',
  'http://a.com#x?y',
  'http://a.com/%zz/%41',
  'http://u%zz@host/',
  'http://user:pa%zz@host',
  'http://%E2%82%AC@x/',
  'http://a b@c/',
  'http://a;b@c/',
  'http://a"b@c/',
  'http://a{b}@c/',
  'http://\t@c/',
  'http://h:8080',
  'http://h:8080?x',
  'http://h:8080#x',
  'http://h:',
  'http://:80/',
  'http://:/',
  'http://a:80:90/',
];

// ---------------------------------------------------------------------------
// Generated URL strings

const pools = {
  lead: ['', '', '', '', ' ', '\t', '\n ', '\u00A0', '\uFEFF', '\x01', '\x1F', '\u2028', '\x7F'],
  scheme: ['', '', 'http:', 'HTTP:', 'https:', 'hTTps:', 'file:', 'FILE:', 'mailto:', 'javascript:',
    'JavaScript:', 'ftp:', 'ws:', 'wss:', 'gopher:', 'foo:', 'a+b.c-d:', 'xmpp:', '1:', 'git+ssh:',
    'urn:', 'data:', 'about:', 'x:'],
  slashes: ['', '', '//', '//', '//', '/', '///', '\\\\', '/\\', '\\/', '////'],
  auth: ['', '', '', 'u@', 'u:p@', 'U:P@', 'a@b@', '%40@', 'ü@', 'x y@', '@', ':@', 'a:@', ':b@',
    'u%3Ap@', 'a;b@', 'a/b@', 'a?b@', 'a#b@', 'a\\b@', '"@', 'a<b>@'],
  host: ['', 'example.com', 'EXAMPLE.com', 'a.b.c', 'x', '[::1]', '[::1', '[FE80::1]', '[a<b]',
    '1.2.3.4', '0x7f.1', '1.2.3.4.5', '256.0.0.1', 'xn--nxasmq6b.com', 'xn--a', 'xn--abc-', 'XN--ZCA',
    'ñ.com', 'ÑANDU.com', 'a_b', 'a b', 'a<b', 'a:b', 'a%41', 'a..b', '.', '..', 'a.', '-a',
    'a--b', 'ab--c', '\u0130', 'ＡＢ', 'a\u00ADb', '\u200D', '☃', '💩', 'a\x00b', 'a[b', 'a]b',
    'a|b', 'a^b', '*', 'a!b', "a'b", 'a"b', 'a{b}', 'a`b', 'a;b', 'a\tb', 'a\u2028b', 'ß.de',
    'ς.gr', 'a\u0301', '\u0301a', 'עברית', 'a.עברית', '١٢٣', 'a\u200Cb', 'x'.repeat(70),
    'y'.repeat(256), 'a,b', 'a=b', 'a&b', 'a$b', 'a+b', 'a(b)', 'a~b', 'A\u212AB', 'ﬀ.com'],
  port: ['', '', '', '', ':', ':80', ':0080', ':abc', ':80:90', ':99999', ':8a', ': 80', ':-1'],
  path: ['', '', '/', '/', '/a/b', '/a/b/', '/a b', '/a%20b', '/./a/../b', 'a/b', '/a\\b', '/ä',
    '/"<>`{}|^\'', '//x', '/a;b', '/\u2028', '/a@b', '/a:b', '/..', '/.', '/a/./b/../../c',
    '/%2e%2E/', '/?', '/\t/', '/\r\n', '/a#b', '/€', '/\uD83D\uDCA9', '/a%zzb', '/~user', '/a/b/c/d/e'],
  query: ['', '', '', '?', '?a=1&b=2', '?a b', '?a?b', '?\\x', '?%zz', '?a=1&a=2', '?a=ä',
    '?q=@x', '?q=/x/', '?"<>', '?a+b=c+d', '?=', '?&&'],
  hash: ['', '', '', '#', '#h', '#a b', '#a#b', '#\\x', '#?x', '#ä', '#"<>', '#/x'],
  trail: ['', '', '', '', ' ', '\t', '\n', '\u00A0', '\uFEFF', '\x00', '\u3000'],
};

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function generateURLs(count, seed) {
  const rand = mulberry32(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    let s = pick(rand, pools.lead) + pick(rand, pools.scheme) + pick(rand, pools.slashes) +
      pick(rand, pools.auth) + pick(rand, pools.host) + pick(rand, pools.port) +
      pick(rand, pools.path) + pick(rand, pools.query) + pick(rand, pools.hash) +
      pick(rand, pools.trail);
    // Now and then, a random character swapped in.
    if (rand() < 0.15 && s.length > 0) {
      const at = Math.floor(rand() * s.length);
      const ch = pick(rand, ['/', '\\', '@', ':', '?', '#', '[', ']', '%', ' ', '.', 'A', 'é', '\t', '"']);
      s = s.slice(0, at) + ch + s.slice(at + 1);
    }
    out.push(s);
  }
  return out;
}

// Random strings over URL-ish characters (no structure at all).
function generateNoise(count, seed) {
  const rand = mulberry32(seed);
  const alphabet = 'ab:/\\?#@[].%2F: \t\x00é-+HTTPfilexn';
  const out = [];
  for (let i = 0; i < count; i++) {
    const len = Math.floor(rand() * 24);
    let s = '';
    for (let j = 0; j < len; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
    if (rand() < 0.4) s = pick(rand, ['http://', 'http:', '//', 'mailto:', 'file://', 'foo://']) + s;
    out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------
// resolve() pairs

// RFC 3986 section 5.4 references plus ones for the legacy quirks.
const references = [
  'g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
  'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
  '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
  'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g',
  'http:', 'https:g', 'https://x/y', 'mailto:a@b', 'mailto:x', 'file:///x', 'file:x', 'file:',
  'javascript:x', 'foo:bar', '//u:p@h:1/p', '//h', '//', '///x', '\\x', '\\\\h\\p', '/\\h',
  '?', '#', '?#', 'a@b', 'a/b/../../..', 'local2@domain2', '..//', '/.', '/..', '/./', '/../',
  'a/..', 'a/.', 'a/./', '.%2E', '%2E%2E', ' g', 'g ', 'HTTP://UPPER/x', 'ftp:x/y', 'ws:',
  'http://[::1]/x', 'http://a:b@c/', 'x?y#z', 'dir/', '../dir/', '?q=1#f', 'gopher:x',
];
const bases = [
  'http://a/b/c/d;p?q', 'http://a/b/c/d;p?q=1/2', 'http://a/b/c/d;p=1/2?q', 'http://a',
  'http://a/', 'http://u:p@a:8/b/c?d#e', 'https://a.b/c', 'http:/a/b', 'http:a/b', 'file:///a/b/c',
  'file:/a', 'file://h/a', 'mailto:local1@domain1', 'mailto:a', 'mailto:', 'javascript:x',
  'foo://h/a/b', 'foo:a/b', 'foo:', 'foo:/a/b/', 'xmpp:u@h/r', '/a/b/c', 'a/b/c', 'a', '',
  '//h/a', '//h', '?q', '#f', 'http://[::1]:8/a/b', 'http://a/b/', 'http://a/b/..',
  'http://a/../b', 'HTTP://A/B', 'ftp://a/b/c/', 'news:comp.x', 'svn+ssh://h/p/',
  'http://example.com/a?b=c', 'urn:isbn:1', 'data:text/plain,x', 'http://a/b/c/d/e/f/g',
  'http://a\\b\\c', 'ws://h', 'gopher:a', '..', '.',
];

function generatePairs(count, seed) {
  const rand = mulberry32(seed);
  const pairs = [];
  for (const base of bases) {
    for (const ref of references) pairs.push([base, ref]);
  }
  const urls = generateURLs(count, seed + 1);
  for (let i = 0; i < count; i++) {
    const base = rand() < 0.5 ? pick(rand, bases) : urls[i];
    const refParts = [pick(rand, ['', '', '', 'http:', 'https:', 'file:', 'mailto:', 'foo:', 'HTTP:']),
      pick(rand, ['', '', '//', '/', '\\\\']),
      pick(rand, ['', '', 'h', 'u@h', 'h:8', '[::1]']),
      pick(rand, ['', '/', 'a', 'a/b', '../a', '../../', './', '..', '.', '/a/../b', 'a/./b/', '/x/..']),
      pick(rand, ['', '', '?q', '?']), pick(rand, ['', '', '#f', '#'])];
    pairs.push([base, refParts.join('')]);
  }
  return pairs;
}

// ---------------------------------------------------------------------------
// Objects for format()

const fieldPools = {
  protocol: [undefined, null, '', 'http', 'http:', 'HTTP:', 'file', 'file:', 'mailto:', 'foo',
    'javascript:', 'fil', 'files:', 'https'],
  slashes: [undefined, null, true, false, 1, 0],
  auth: [undefined, null, '', 'u', 'u:p', 'a b@c', 'ü:ß', '\uD83D\uDCA9', 'a%b', '!\'()*-._~:',
    '#?/[]'],
  host: [undefined, null, '', 'h.com', 'h.com:8', 'H.COM', '[::1]:80', 'a:b'],
  hostname: [undefined, null, '', 'h', 'H', '::1', '[::1]', 'a:b', 'x y'],
  port: [undefined, null, '', '80', 80, 0, '0'],
  pathname: [undefined, null, '', '/', 'a', '/a/b', 'a?b#c', '/#?', '?', 'x y', '//x'],
  search: [undefined, null, '', '?', '?a=1', 'a=1', '?a#b', '#'],
  query: [undefined, null, '', 'a=1', { a: '1', b: ['2', '3'] }, { 'a b': 'c&d' }, {}],
  hash: [undefined, null, '', '#', '#h', 'h', '#a#b'],
};

function generateObjects(count, seed) {
  const rand = mulberry32(seed);
  const out = [];
  const keys = Object.keys(fieldPools);
  for (let i = 0; i < count; i++) {
    const obj = {};
    for (const key of keys) {
      const value = pick(rand, fieldPools[key]);
      if (value !== undefined) obj[key] = value;
    }
    out.push(obj);
  }
  return out;
}

// ---------------------------------------------------------------------------
// WHATWG helpers

const domains = [
  '', 'example.com', 'EXAMPLE.com', 'ñ.com', 'xn--ida.com', 'xn--nxasmq6b', '0x7f.1', '1.2.3.4.5',
  '127.0.0.1', '[::1]', '[::1', '[fe80::1]', 'a:b', 'a/b', 'a?b', 'a#b', 'a\\b', 'a b', 'a%41',
  'a%zz', 'a\tb', 'a\nb', 'xn--a', 'xn--abc-', 'ab--c', '-a', 'a_b', '*', 'a..b', '.', 'a.',
  '💩.la', 'ß', 'ς', 'ＡＢ', '\u0130', 'a\u00ADb', '\u200D', 'a\u200Cb', '١٢٣', 'עברית',
  'a.עברית', '\u0301a', '[::1]:80', 'h:80', ':80', 'a[b', 'a]b', 'a^b', 'a|b', 'a<b', '%', 'a\x00',
  'a\x7F', 'x'.repeat(64), 'x'.repeat(300), 'www.日本語.com', 'a..', '#', '/', '?', '\\',
  '[a]', 'xn--ls8h.la', '0', '0x', '09.1', '1.2.3', '4294967295', '4294967296',
  'ñ%2Ecom', '%E2%82%AC', '%zz', '%00', 'a%2e', 'מדינה.com', 'a.مثال', '\u0627\u0661',
  '\u0627a', 'a\u0627', '\u05D0\u05D1.\u05D2', '\u0627\u06F1\u0661', 'x.١٢٣', 'xn--abc-.1',
  '1.2.3.4.', '1..2', '0x7f.0x0.0x0.0x1', '017700000001', 'a.0x', 'a.09', '1.2.3.0x100',
];

const whatwgURLs = [
  'http://u:p@ñ.com/a?b#c', 'http://u:p@xn--nxasmq6b.com:8080/a?b#c', 'http://[::1]:8/',
  'foo://xn--nxasmq6b.com/', 'foo://XN--NXASMQ6B.com/', 'file:///a?b#c', 'file://h/a',
  'http://a/?#', 'mailto:a@b?c#d', 'data:text/plain,hi#x', 'https://u@a.b/', 'https://:p@a.b/',
  'http://1.2.3.4/x', 'http://0x7f.1/', 'blob:http://a/b', 'javascript:alert(1)',
  'ws://xn--ls8h.la/', 'http://a.xn--nxasmq6b.b/', 'http://xn--zca.de/', 'foo:/opaque?q#f',
  'foo:opaque', 'http://a/b%20c?d%20e#f%20g',
];

const paths = [
  '/', '/a/b', '/a/b/', '/a b?#%\\\n\t\r/', 'rel/x', 'rel/', '.', '..', '/a/../b', '/ä/€',
  '/\uD83D\uDCA9', '/a%2Fb', '/a#b', '/a?b', '//x', '/tmp/\x01', '', 'C:\\foo', 'C:\\foo\\',
  '\\\\server\\share\\x', '\\\\?\\UNC\\srv\\share\\a b', '\\\\server', '\\\\\\x', 'a\\b',
  '\\\\ÑX\\s\\%',
];

const fileURLs = [
  'file:///a/b', 'file:///a%2Fb', 'file:///a%2fb', 'file:///a%5Cb', 'file:///a%20b', 'file:///ä',
  'file://localhost/a', 'file://h/a', 'file:///C:/foo', 'file:///C:/foo/', 'file:///c|/foo',
  'file://h/C:/x', 'file:///a%00b', 'file:///%', 'http://a/', 'file:', 'file:///',
  'file://xn--nxasmq6b/x', 'file:///a%E2%82%ACb', 'file:///a%FFb',
];

// Random host names over a Unicode-rich alphabet (IDNA mapping, ignored and
// disallowed code points, bidi classes, joiners, separators, punycode).
function generateDomains(count, seed) {
  const rand = mulberry32(seed);
  const atoms = ['a', 'B', 'z', '0', '9', '-', '.', '_', 'xn--', 'xn--nxasmq6b', 'xn--zca',
    'xn--abc-', 'xn--9hbcd', 'ñ', 'Ü', 'ß', 'ς', 'İ', 'ﬀ', 'Ａ', '。', '．', '｡', '\u00AD',
    '\u200C', '\u200D', '\u0301', '\u094D', 'ד', 'ע', 'ا', 'ب', '١', '۱', '\u0660', '\u2028',
    '☃', '💩', '\uD800', '%41', '%2E', '%E2%82%AC', '%zz', '%00', '%', '[', ']', ':', '@',
    '\x00', '\x7F', ' ', '*', '~', '!', '0x', '255', '1.2', '256', '08', '\u0130', 'K', '\u212A',
    'ǅ', '\u3000', '\uFFFD', '\u{1D400}', 'ᄀ', '가', '\u0640', '\u06DD', 'ـ'];
  const out = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rand() * 6);
    let d = '';
    for (let j = 0; j < n; j++) d += pick(rand, atoms);
    out.push(d);
  }
  return out;
}

module.exports = {
  generateDomains,
  handPicked,
  generateURLs,
  generateNoise,
  generatePairs,
  generateObjects,
  domains,
  whatwgURLs,
  paths,
  fileURLs,
  bases,
  references,
};
