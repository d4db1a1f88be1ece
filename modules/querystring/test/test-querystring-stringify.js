'use strict';
// querystring.stringify: value types, arrays, custom separators and
// encoder, escaping.
const assert = require('assert');
const qs = require('querystring');

assert.strictEqual(qs.stringify({ a: 1, b: 'x y', c: true, d: [1, 2] }), 'a=1&b=x%20y&c=true&d=1&d=2');
assert.strictEqual(qs.stringify({ n: null, u: undefined, o: {}, f: () => {}, nan: NaN, inf: Infinity }),
                   'n=&u=&o=&f=&nan=&inf=');
assert.strictEqual(qs.stringify({ big: 12n, e: 1e21 }), 'big=12&e=1e%2B21');
assert.strictEqual(qs.stringify({ a: [], b: 1 }), 'b=1');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ';', ':'), 'a:1;b:2');
assert.strictEqual(qs.stringify({ 'a b': 'é' }), 'a%20b=%C3%A9');
assert.strictEqual(qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: (s) => `<${s}>` }), '<a>=<b c>');
assert.strictEqual(qs.stringify('not an object'), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.encode, qs.stringify);
