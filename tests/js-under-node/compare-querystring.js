'use strict';
// Mosaic's querystring vs node's: fixed cases plus a seeded fuzz over
// separators, escapes, '+', surrogates and options.
const { require: mrequire } = require('./loader');
const { Tally, rng } = require('./common');

const mine = mrequire('querystring');
const theirs = require('querystring');
const t = new Tally('querystring');

const show = (o) => JSON.stringify(o === null || typeof o !== 'object' ? o :
  { proto: Object.getPrototypeOf(o) === null ? 'null' : 'obj', entries: Object.entries(o) });

t.check('keys', () => Object.keys(mine), () => Object.keys(theirs));
t.check('aliases', () => [mine.decode === mine.parse, mine.encode === mine.stringify],
        () => [theirs.decode === theirs.parse, theirs.encode === theirs.stringify]);

const qsCases = [
  '', 'a', 'a=', '=a', '=', '&', '&&', 'a&b', 'a=1&b=2', 'a=1&a=2&a=3', 'a=1&&b=2', '&a=1&', 'a==b', 'a=b=c',
  'a+b=c+d', 'a%20b=c%20d', '%', '%2', '%zz=%41', 'a=%E2%82%AC', 'a=%E2%82', 'a=%ff%fe', '%E2%82%AC=x', 'a=%25',
  'a[]=1&a[]=2', 'a=1;b=2', 'a:1,b:2', '__proto__=1', 'constructor=x&hasOwnProperty=y', 'toString', 'a=\u00e9',
  'a=\ud83d\ude00', '\ud83d=x', 'a=%u0041', 'q=%2B+%2b', '+=+', '++', 'a=1&b', 'a&a&a', 'a=&a=&a',
  'x=%F0%9F%98%80', 'x=%C0%80', 'x=%ED%A0%80', 'foo=bar&baz=qux&foo=quux', 'k%3Dv=w', 'k=v%26w', '%41%42=%43',
  'a==', '==', 'a&=b', 'a=b&', 'a=b&&', '&&&a', '%%%', '%2%41', 'ab%', 'ab%4', '%4g=1', 'é=ü&ü=é',
];
const seps = [undefined, '', '&', ';', ',', '&&', 'ab', '&=', null, 0, 5];
const eqs = [undefined, '', '=', ':', '==', '=>', 'xy', null];
for (const q of qsCases) {
  for (const sep of seps) {
    for (const eq of eqs) {
      t.same(`parse(${JSON.stringify(q)}, ${JSON.stringify(sep)}, ${JSON.stringify(eq)})`,
             show(mine.parse(q, sep, eq)), show(theirs.parse(q, sep, eq)));
    }
  }
  for (const maxKeys of [0, 1, 2, -1, 1.5, '2', NaN, Infinity]) {
    t.same(`parse(${JSON.stringify(q)}, maxKeys=${maxKeys})`,
           show(mine.parse(q, null, null, { maxKeys })), show(theirs.parse(q, null, null, { maxKeys })));
  }
  const dec = (s) => s.toUpperCase();
  t.same(`parse(${JSON.stringify(q)}, decodeURIComponent=upper)`,
         show(mine.parse(q, null, null, { decodeURIComponent: dec })),
         show(theirs.parse(q, null, null, { decodeURIComponent: dec })));
  const thrower = () => { throw new Error('x'); };
  t.same(`parse(${JSON.stringify(q)}, decodeURIComponent=thrower)`,
         show(mine.parse(q, null, null, { decodeURIComponent: thrower })),
         show(theirs.parse(q, null, null, { decodeURIComponent: thrower })));
  t.same(`parse(${JSON.stringify(q)}, decodeURIComponent=unescape)`,
         show(mine.parse(q, null, null, { decodeURIComponent: unescape })),
         show(theirs.parse(q, null, null, { decodeURIComponent: unescape })));
  t.check(`unescape(${JSON.stringify(q)})`, () => mine.unescape(q), () => theirs.unescape(q));
  t.check(`unescape(${JSON.stringify(q)}, true)`, () => mine.unescape(q, true), () => theirs.unescape(q, true));
  t.check(`unescapeBuffer(${JSON.stringify(q)})`, () => [...mine.unescapeBuffer(q)], () => [...theirs.unescapeBuffer(q)]);
  t.check(`unescapeBuffer(${JSON.stringify(q)}, true)`, () => [...mine.unescapeBuffer(q, true)], () => [...theirs.unescapeBuffer(q, true)]);
  t.check(`escape(${JSON.stringify(q)})`, () => mine.escape(q), () => theirs.escape(q));
}
for (const v of [undefined, null, 0, -0, 1.5, 1e21, -1e21, 1e-7, NaN, Infinity, true, false, 5n, {}, [], [1, 2],
  { toString() { return 'a b'; } }, 'ünï', '\ud800', '\udc00', '\ud800a', 'a\ud800', '\ud83d\ude00', '\u0800', '\u07ff',
  '\uffff', "!'()*-._~", ' ', '/?#[]@$&+,;=:', Symbol('x')]) {
  t.check(`escape(${require('util').inspect(v)})`, () => mine.escape(v), () => theirs.escape(v));
}
t.check('parse(non-string)', () => show(mine.parse(5)), () => show(theirs.parse(5)));
t.check('parse(undefined)', () => show(mine.parse()), () => show(theirs.parse()));

const objs = [
  {}, { a: 1 }, { a: 'b c', d: 'é' }, { a: [1, 2, 3] }, { a: [] , b: 1}, { a: [], b: [] }, { '': '' }, { a: '' },
  { a: null, b: undefined, c: NaN, d: Infinity, e: true, f: false, g: 5n, h: {}, i: () => {}, j: Symbol('s') },
  { a: 1e21, b: -1e21, c: 1e20, d: -0, e: 0.1 }, { 'a b': ['x y', null, 3] }, { '\ud83d\ude00': '\ud83d\ude00' },
  { a: ['\ud800'] }, { x: [[1, 2], { y: 1 }] }, Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
  [1, 2], 'str', 5, null, undefined, { a: 'x&y=z' },
];
for (const o of objs) {
  for (const sep of [undefined, ';', '', '&&']) {
    for (const eq of [undefined, ':', '']) {
      t.check(`stringify(${JSON.stringify(o, (k, v) => typeof v === 'bigint' ? `${v}n` : v)}, ${sep}, ${eq})`,
              () => mine.stringify(o, sep, eq), () => theirs.stringify(o, sep, eq));
    }
  }
  t.check('stringify custom encode', () => mine.stringify(o, null, null, { encodeURIComponent: (s) => `<${s}>` }),
          () => theirs.stringify(o, null, null, { encodeURIComponent: (s) => `<${s}>` }));
  t.check('stringify encodeURIComponent', () => mine.stringify(o, null, null, { encodeURIComponent }),
          () => theirs.stringify(o, null, null, { encodeURIComponent }));
}

// Overriding module functions is honoured at call time.
{
  const saveM = mine.escape;
  const saveN = theirs.escape;
  mine.escape = (s) => `[${s}]`;
  theirs.escape = (s) => `[${s}]`;
  t.check('stringify with overridden escape', () => mine.stringify({ a: 1, b: [true] }), () => theirs.stringify({ a: 1, b: [true] }));
  mine.escape = saveM;
  theirs.escape = saveN;
  const uM = mine.unescape;
  const uN = theirs.unescape;
  mine.unescape = (s) => s.toUpperCase();
  theirs.unescape = (s) => s.toUpperCase();
  t.check('parse with overridden unescape', () => show(mine.parse('a=b+c&d=%41')), () => show(theirs.parse('a=b+c&d=%41')));
  mine.unescape = uM;
  theirs.unescape = uN;
}

// Fuzz parse/escape/unescape.
const rand = rng(77);
const atoms = ['a', 'b', '=', '&', '+', '%', '%4', '%41', '%e2%82%ac', '%zz', ';', '==', '&&', 'é', '\ud83d', '\ude00', ' ', '%2B', '%f0', 'x'];
const FUZZ = Number(process.env.QS_FUZZ || 5000);
for (let k = 0; k < FUZZ; k++) {
  let s = '';
  const n = Math.floor(rand() * 10);
  for (let i = 0; i < n; i++) s += atoms[Math.floor(rand() * atoms.length)];
  const sep = [undefined, ';', '&&', '&='][k % 4];
  const eq = [undefined, '==', ':'][k % 3];
  t.same(`fuzz parse(${JSON.stringify(s)}, ${sep}, ${eq})`, show(mine.parse(s, sep, eq, { maxKeys: k % 5 })),
         show(theirs.parse(s, sep, eq, { maxKeys: k % 5 })));
  t.check(`fuzz escape(${JSON.stringify(s)})`, () => mine.escape(s), () => theirs.escape(s));
  t.check(`fuzz unescape(${JSON.stringify(s)})`, () => mine.unescape(s, k % 2 === 0), () => theirs.unescape(s, k % 2 === 0));
}

process.exitCode = t.report() ? 0 : 1;
