'use strict';
// Custom separators (several characters long), maxKeys and a custom
// decodeURIComponent.
const assert = require('assert');
const qs = require('querystring');

const plain = (o) => ({ ...o });
assert.deepStrictEqual(plain(qs.parse('a:1;b:2', ';', ':')), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('a==1&&b==2', '&&', '==')), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 })), { a: '1', b: '2', c: '3' });
// Empty pairs count toward maxKeys.
assert.deepStrictEqual(plain(qs.parse('&&a=1', null, null, { maxKeys: 2 })), {});

const seen = [];
const decodeURIComponent = (s) => { seen.push(s); return s.toUpperCase(); };
assert.deepStrictEqual(plain(qs.parse('a=b+c&d', null, null, { decodeURIComponent })), { A: 'B%20C', D: '' });
assert.deepStrictEqual(seen, ['a', 'b%20c', 'd']);

// A throwing decoder falls back to the built-in unescape.
const thrower = () => { throw new Error('nope'); };
assert.deepStrictEqual(plain(qs.parse('a=%41%zz', null, null, { decodeURIComponent: thrower })), { a: 'A%zz' });
