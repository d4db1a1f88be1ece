'use strict';

// Corpus for util.inspect. Each entry: { name, value, args }: the call is
// inspect(value, ...args).
//
// Values are created once and handed to both implementations, so stacks,
// identities and side-effect-free getters compare exactly.

const util = require('util');
const vm = require('vm');

function makeError(Ctor, message, stack, props) {
  const err = new Ctor(message);
  if (stack !== undefined) err.stack = stack;
  return Object.assign(err, props);
}

function fakeStack(head, frames = 1) {
  let s = head;
  for (let i = 0; i < frames; i++) s += `\n    at fn${i} (/src/file${i}.js:${i + 1}:${i + 2})`;
  return s;
}

function buildCases() {
  const cases = [];
  const add = (name, value, options) =>
    cases.push({ name, value, args: options === undefined ? [] : [options] });
  // Explicit argument list after the value (legacy signature tests).
  const addArgs = (name, value, ...args) => cases.push({ name, value, args });

  // --- Primitives -----------------------------------------------------------
  const primitives = [
    0, -0, 1, -1, 1.5, -1.5, 0.1, 1e21, 1e-7, -1e-7, 123456789, 1234567.891,
    -1234567.891234, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER,
    Number.MIN_VALUE, 2 ** 53 + 2, 0.000001, 1000, 10000.5,
    0n, 1n, -1n, 123456789012345678901234567890n, -1000n,
    true, false, undefined, null,
    Symbol(), Symbol('desc'), Symbol('a\nb'), Symbol.iterator, Symbol.for('registered'),
    Symbol("it's"),
  ];
  primitives.forEach((v, i) => {
    add(`primitive ${i}`, v);
    if (typeof v === 'number' || typeof v === 'bigint') {
      add(`primitive ${i} numericSeparator`, v, { numericSeparator: true });
    }
  });

  // --- Strings ----------------------------------------------------------------
  const strings = [
    '', 'a', 'hello world', "it's", 'say "hi"', `it's "quoted"`, "it's \"both\" `and`",
    "it's \"both\" ${x}", 'back\\slash', 'tab\there', 'new\nline', 'cr\rlf\n',
    '\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f', '\x7f\x80\x9f\xa0\xff', 'é ü 中文 😀',
    'lone \ud800 high', 'lone \udc00 low', 'pair \ud83d\ude00 ok', '\ud800',
    'a'.repeat(100), 'a'.repeat(200), "'".repeat(120) + '"', 'x\n'.repeat(30),
    'line one is here\nline two is here too\nand the third line', 'a\n'.repeat(5),
    'short\nlines', 'a'.repeat(20) + '\n' + 'b'.repeat(80), '\n'.repeat(20),
    'trailing newline that is fairly long to trigger splitting behaviour ok\n',
    `${'x'.repeat(150)}\ud800${'y'.repeat(10)}`, `${"'".repeat(101)}\n\x01`,
  ];
  strings.forEach((s, i) => {
    add(`string ${i}`, s);
    add(`string ${i} in array`, [s]);
    add(`string ${i} in object`, { key: s });
  });
  add('string maxStringLength', 'abcdefghij', { maxStringLength: 4 });
  add('string maxStringLength 1 left', 'abcde', { maxStringLength: 4 });
  add('string maxStringLength 0', 'abcde', { maxStringLength: 0 });
  add('string maxStringLength null', 'x'.repeat(20000), { maxStringLength: null });
  add('string long default max', 'y'.repeat(10005));
  add('string breakLength small', 'one\ntwo\nthree\nfour and more', { breakLength: 10 });
  add('string compact true', 'one\ntwo\nthree\nfour and more here ok', { breakLength: 10, compact: true });
  add('string nested multi-line', { a: { b: 'first line of text here\nsecond line of text here\nthird' } });

  // --- Arrays -----------------------------------------------------------------
  add('empty array', []);
  add('array nested', [1, [2, [3, [4, [5]]]]]);
  add('array of objects', [{ a: 1 }, { b: 2 }]);
  add('array holes start', [, 1]);
  add('array holes many', [1, , , , 5, , 7]);
  add('array all holes', new Array(5));
  add('array 1 hole', new Array(1));
  add('array trailing holes', [1, 2, , ,]);
  const sparse = [];
  sparse[2] = 'x'; sparse[10] = 'y'; sparse.extra = true;
  add('array sparse with prop', sparse);
  const bigSparse = [];
  bigSparse[1000] = 1;
  add('array big sparse', bigSparse);
  add('array sparse maxArrayLength', [1, , 3, , 5, , 7, , 9], { maxArrayLength: 3 });
  add('array sparse maxArrayLength 1', [, , 3, 4], { maxArrayLength: 1 });
  add('array sparse maxArrayLength 2', [1, , , , , 6], { maxArrayLength: 2 });
  for (const n of [6, 7, 10, 16, 26, 27, 50, 99, 100, 101, 150, 250]) {
    add(`array numbers ${n}`, Array.from({ length: n }, (_, i) => i));
    add(`array squares ${n}`, Array.from({ length: n }, (_, i) => i * i * 7));
  }
  add('array strings 30', Array.from({ length: 30 }, (_, i) => `item${i}`));
  add('array words', 'the quick brown fox jumps over the lazy dog and keeps on running far away'.split(' '));
  add('array mixed lengths', ['a', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'c', 'd', 'e', 'f', 'g']);
  add('array long strings', Array.from({ length: 8 }, (_, i) => 'z'.repeat(i * 4)));
  add('array negative numbers', [-1, -22, 333, -4444, 5, 66, -777, 8888, 9, 10]);
  add('array floats', Array.from({ length: 20 }, (_, i) => i / 3));
  add('array bigints', Array.from({ length: 12 }, (_, i) => BigInt(i) ** 5n));
  add('array mixed num/str', [1, 'a', 2, 'b', 3, 'c', 4, 'd']);
  add('array booleans', Array.from({ length: 20 }, (_, i) => i % 3 === 0));
  add('array nested arrays', Array.from({ length: 10 }, (_, i) => [i, i + 1]));
  add('array objects many', Array.from({ length: 8 }, (_, i) => ({ id: i, name: `n${i}` })));
  add('array of 3 short objects', [{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }]);
  add('array cjk', Array.from({ length: 12 }, (_, i) => '中文'.repeat(i % 3 + 1)));
  add('array emoji', Array.from({ length: 9 }, () => '😀'));
  add('array combining', Array.from({ length: 9 }, () => 'e\u0301'));
  add('array with extra props', Object.assign([1, 2, 3], { foo: 'bar', [Symbol('s')]: 1 }));
  add('array 7 with extra props', Object.assign([1, 2, 3, 4, 5, 6, 7], { foo: 'bar' }));
  add('array 101 with extra prop', Object.assign(Array.from({ length: 101 }, (_, i) => i), { x: 1 }));
  add('array maxArrayLength 0', [1, 2, 3], { maxArrayLength: 0 });
  add('array maxArrayLength -1', [1, 2, 3], { maxArrayLength: -1 });
  add('array maxArrayLength null', Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: null });
  add('array maxArrayLength Infinity', Array.from({ length: 105 }, (_, i) => i), { maxArrayLength: Infinity });
  add('array subclass', new (class MyArray extends Array {})(1, 2, 3));
  add('array subclass empty', new (class Empty extends Array {})());
  add('array null proto', Object.setPrototypeOf([1, 2], null));
  add('array null proto empty', Object.setPrototypeOf([], null));
  add('array with toStringTag', Object.assign([1], { [Symbol.toStringTag]: 'Tagged' }));
  const taggedProtoArray = [1, 2];
  Object.setPrototypeOf(taggedProtoArray, Object.create(Array.prototype, { [Symbol.toStringTag]: { value: 'T' } }));
  add('array proto tag', taggedProtoArray);
  add('array depth', [[[[['deep']]]]]);
  add('array long breaking', Array.from({ length: 4 }, (_, i) => 'x'.repeat(25) + i));
  add('array 6 entries', [1, 2, 3, 4, 5, 6]);
  add('array sorted extras', Object.assign([3, 1, 2], { z: 1, a: 2 }), { sorted: true });
  add('array index-like keys', Object.assign([1], { '-1': 'neg', '1.5': 'frac', '4294967295': 'big' }));

  // --- Objects ------------------------------------------------------------------
  add('empty object', {});
  add('object simple', { a: 1, b: 'two', c: [3], d: { e: null } });
  add('object keys needing quotes', { 'a-b': 1, '1a': 2, 'with space': 3, "it's": 4, '': 5, 'ok_1': 6, $dollar: 7, 'é': 8 });
  add('object numeric keys', { 1: 'a', 2: 'b', 10: 'c' });
  add('object __proto__ key', JSON.parse('{"__proto__": 1, "a": 2}'));
  add('object deep', { a: { b: { c: { d: { e: 1 } } } } });
  add('object deep array', { a: { b: { c: [1, 2] } } });
  add('object deep map', { a: { b: { c: new Map([[1, 2]]) } } });
  add('object deep set empty', { a: { b: { c: new Set() } } });
  add('object depth 0', { a: { b: 1 }, c: [1] }, { depth: 0 });
  add('object depth null', { a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: null });
  add('object depth Infinity', { a: { b: { c: { d: 1 } } } }, { depth: Infinity });
  add('object depth -1', { a: 1 }, { depth: -1 });
  add('object long', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])));
  add('object long values', { alpha: 'a'.repeat(30), beta: 'b'.repeat(30), gamma: 'c'.repeat(30) });
  add('object 80 wide', { aaaaaaaaaaaa: 1, bbbbbbbbbbbbbb: 2, cccccccccccccccc: 3, dddddddddddd: 4, eeeeeeeee: 5 });
  add('object 76 chars', { a: 'x'.repeat(60), b: 1 });
  add('object compact nesting 4', { a: { b: { c: { d: 1 } } } }, { depth: 5 });
  add('object nested mixed', { arr: [1, 2, { x: [3, 4] }], map: new Map([['k', { v: 1 }]]), s: new Set([[1]]) });
  add('object symbol keys', { [Symbol('a')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, normal: 4 });
  add('object non-enumerable', Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }));
  add('object non-enumerable showHidden', Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true });
  add('object non-enum symbol showHidden', Object.defineProperty({}, Symbol('h'), { value: 2, enumerable: false }), { showHidden: true });
  add('object non-enum quote showHidden', Object.defineProperty({}, "it's\n", { value: 2, enumerable: false }), { showHidden: true });
  add('object null proto', Object.create(null));
  add('object null proto props', Object.assign(Object.create(null), { a: 1 }));
  add('object null proto tag', Object.assign(Object.create(null), { [Symbol.toStringTag]: 'X' }));
  add('object own tag', { [Symbol.toStringTag]: 'Own', a: 1 });
  add('object own tag empty', { [Symbol.toStringTag]: '' });
  add('object own non-enum tag', Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' }));
  add('object own non-enum tag showHidden', Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' }), { showHidden: true });
  add('object sorted', { c: 1, a: 2, b: 3 }, { sorted: true });
  add('object sorted fn', { c: 1, a: 2, b: 3 }, { sorted: (a, b) => (a < b ? 1 : -1) });
  add('object compact false', { a: 1, b: { c: 2 } }, { compact: false });
  add('object compact false array', [1, [2, 3]], { compact: false });
  add('object compact true', { a: 1, b: { c: 2, d: [1, 2, 3] } }, { compact: true });
  add('object compact true long', Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, 'v'.repeat(i)])), { compact: true });
  add('object compact true nested long', { a: { b: 'x'.repeat(90), c: [1, 2, 3] } }, { compact: true });
  add('object compact true breakLength', { aaa: 1, bbb: 2, ccc: 3 }, { compact: true, breakLength: 10 });
  add('object compact 1', { a: { b: 1 }, c: 2 }, { compact: 1 });
  add('object compact 2', { a: { b: { c: 1 } }, c: 2 }, { compact: 2 });
  add('object compact 0', { a: 1 }, { compact: 0 });
  add('object breakLength Infinity', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])), { breakLength: Infinity });
  add('object breakLength 40', { a: 'hello', b: 'world', c: [1, 2, 3], d: { e: 'f' } }, { breakLength: 40 });
  add('object breakLength 0', { a: 1 }, { breakLength: 0 });
  add('object with undefined', { a: undefined, b: null });
  add('object with functions', { f() {}, g: () => {}, h: function named() {}, async i() {}, *j() {} });
  add('object class instance', new (class Foo { constructor() { this.x = 1; } })());
  add('object empty class instance', new (class Bar {})());
  add('object anonymous class instance', new (class {})());
  class Base { constructor() { this.base = true; } }
  class Derived extends Base { constructor() { super(); this.derived = true; } }
  add('object derived instance', new Derived());
  add('object instance with tag', new (class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } })());
  add('object instance tag same name', new (class Same { get [Symbol.toStringTag]() { return 'Same'; } })());
  add('object Object.create(proto)', Object.create({ inherited: 1 }));
  add('object Object.create(Array.prototype)', Object.create(Array.prototype));
  const noCtorProto = Object.create(Object.create(null));
  add('object complex prototype', noCtorProto);
  function FakeCtor() {}
  FakeCtor.prototype = Object.create(null);
  add('object ctor without constructor link', new FakeCtor());
  const weirdProto = Object.create({ constructor: 5 });
  add('object weird constructor prop', weirdProto);
  add('object constructor anonymous fn', new (function () { this.a = 1; })());
  add('object with constructor key', { constructor: 'notfn' });
  add('object deep complex prototype', { a: { b: { c: Object.create(Object.create(null)) } } });
  add('object ref to prototype', Object.getPrototypeOf(new Derived()));
  add('object Object.prototype', Object.prototype);
  add('object Array.prototype', Array.prototype);
  add('object Map.prototype', Map.prototype);
  add('object Function.prototype', Function.prototype);
  add('object Error.prototype', Error.prototype);
  add('object RegExp.prototype', RegExp.prototype);
  add('object Date.prototype', Date.prototype);
  add('object Math', Math);
  add('object JSON', JSON);
  add('object Reflect', Reflect);
  add('object globalThis-like', { globalThis: 'no' });
  add('object Intl', Intl);
  add('object WebAssembly', WebAssembly, { depth: 0 });
  add('object Atomics', Atomics);

  // --- Circular -----------------------------------------------------------------
  const circ = { name: 'root' };
  circ.self = circ;
  add('circular self', circ);
  const circArr = [1];
  circArr.push(circArr);
  add('circular array', circArr);
  const a1 = { name: 'a' };
  const b1 = { name: 'b', a: a1 };
  a1.b = b1;
  add('circular pair', a1);
  add('circular pair in array', [a1, b1]);
  const multi = { x: {}, y: {} };
  multi.x.parent = multi;
  multi.y.self = multi.y;
  multi.y.root = multi;
  add('circular multi', multi);
  add('circular multi compact true', multi, { compact: true });
  const circMap = new Map();
  circMap.set('me', circMap);
  add('circular map', circMap);
  const circSet = new Set();
  circSet.add(circSet);
  add('circular set', circSet);
  const circFn = function cf() {};
  circFn.me = circFn;
  add('circular fn', circFn);
  const circErr = makeError(Error, 'circ', fakeStack('Error: circ'));
  circErr.self = circErr;
  add('circular error', circErr);
  const deepCirc = { a: { b: { c: {} } } };
  deepCirc.a.b.c.root = deepCirc;
  add('circular deep', deepCirc, { depth: 5 });

  // --- Map / Set ------------------------------------------------------------------
  add('map empty', new Map());
  add('map simple', new Map([['a', 1], ['b', { c: 2 }]]));
  add('map object keys', new Map([[{ k: 1 }, [1, 2]], [[1], new Set([1])]]));
  add('map long', new Map(Array.from({ length: 30 }, (_, i) => [i, `value${i}`])));
  add('map maxArrayLength', new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 });
  add('map maxArrayLength 0', new Map([[1, 2], [3, 4]]), { maxArrayLength: 0 });
  add('map 101', new Map(Array.from({ length: 101 }, (_, i) => [i, i])));
  add('map with props', Object.assign(new Map([[1, 2]]), { extra: 'prop' }));
  add('map empty with props', Object.assign(new Map(), { extra: 'prop' }));
  add('map subclass', new (class MyMap extends Map {})([[1, 2]]));
  add('map null proto', Object.setPrototypeOf(new Map([[1, 2]]), null));
  add('map null proto empty', Object.setPrototypeOf(new Map(), null));
  add('map sorted', new Map([['b', 1], ['a', 2]]), { sorted: true });
  add('map nested deep', new Map([[1, new Map([[2, new Map([[3, new Map([[4, 5]])]])]])]]));
  add('set empty', new Set());
  add('set simple', new Set([1, 'two', { three: 3 }]));
  add('set long', new Set(Array.from({ length: 30 }, (_, i) => i)));
  add('set 101', new Set(Array.from({ length: 101 }, (_, i) => i)));
  add('set maxArrayLength', new Set([1, 2, 3]), { maxArrayLength: 2 });
  add('set with props', Object.assign(new Set([1]), { p: 1 }));
  add('set subclass', new (class MySet extends Set {})([1]));
  add('set null proto', Object.setPrototypeOf(new Set([1, 2]), null));
  add('set sorted', new Set([3, 1, 2]), { sorted: true });
  add('set of long strings', new Set(Array.from({ length: 5 }, (_, i) => 'str'.repeat(8) + i)));
  add('set tagged subclass', new (class TS extends Set { get [Symbol.toStringTag]() { return 'Other'; } })([1]));

  // --- Iterators ----------------------------------------------------------------------
  const m = new Map([[1, 'a'], [2, { b: 2 }]]);
  add('map entries', m.entries());
  add('map keys', m.keys());
  add('map values', m.values());
  add('map iterator symbol', m[Symbol.iterator]());
  const partially = new Map([[1, 1], [2, 2], [3, 3]]).keys();
  partially.next();
  add('map keys partially consumed', partially);
  add('set values', new Set([1, 2, 3]).values());
  add('set entries', new Set([1, 2]).entries());
  add('map entries maxArrayLength', new Map([[1, 2], [3, 4], [5, 6]]).entries(), { maxArrayLength: 1 });
  add('set values maxArrayLength', new Set([1, 2, 3]).values(), { maxArrayLength: 1 });
  add('map entries empty', new Map().entries());
  add('iterator with props', Object.assign(new Set([1]).values(), { extra: 1 }));
  add('array iterator', [1, 2][Symbol.iterator]());
  add('string iterator', 'ab'[Symbol.iterator]());
  add('generator object', (function* gen() { yield 1; })());
  add('async generator object', (async function* agen() { yield 1; })());
  add('map entries sorted', new Map([[2, 'b'], [1, 'a']]).entries(), { sorted: true });

  // --- Weak collections -----------------------------------------------------------------
  const wkey = { k: 1 };
  const wkey2 = { k: 2 };
  globalThis.__keepAlive = [wkey, wkey2];
  add('weakmap', new WeakMap([[wkey, 'v']]));
  add('weakset', new WeakSet([wkey]));
  add('weakmap showHidden', new WeakMap([[wkey, 'v'], [wkey2, { deep: { x: 1 } }]]), { showHidden: true });
  add('weakset showHidden', new WeakSet([wkey, wkey2]), { showHidden: true });
  add('weakset showHidden sorted', new WeakSet([wkey2, wkey]), { showHidden: true, sorted: true });
  add('weakset showHidden maxArrayLength', new WeakSet([wkey, wkey2]), { showHidden: true, maxArrayLength: 1 });
  add('weakmap with props', Object.assign(new WeakMap(), { p: 1 }));
  add('weakref', new WeakRef(wkey));
  add('finalization registry', new FinalizationRegistry(() => {}));

  // --- Typed arrays / buffers -------------------------------------------------------------
  const typed = [
    new Uint8Array([1, 2, 3]), new Int8Array([-1, 2]), new Uint16Array(3), new Int16Array([-300]),
    new Uint32Array([4294967295]), new Int32Array([-5]), new Float32Array([1.5, 0.1]),
    new Float64Array([Math.PI, -0]), new Uint8ClampedArray([255, 0]), new BigInt64Array([1n, -1n]),
    new BigUint64Array([2n ** 64n - 1n]), new Uint8Array(0), new Float64Array(0), new BigInt64Array(0),
    new Uint8Array(120), new Uint8Array(Array.from({ length: 30 }, (_, i) => i * 8)),
    new Float64Array(Array.from({ length: 10 }, (_, i) => i / 7)),
  ];
  typed.forEach((t, i) => {
    add(`typed ${i}`, t);
    add(`typed ${i} showHidden`, t, { showHidden: true });
  });
  add('typed numericSeparator', new Uint32Array([1000000, 12345]), { numericSeparator: true });
  add('typed bigint numericSeparator', new BigInt64Array([1000000n]), { numericSeparator: true });
  add('typed maxArrayLength', new Uint8Array(10), { maxArrayLength: 2 });
  add('typed with props', Object.assign(new Uint8Array(2), { extra: true }));
  add('typed subclass', new (class MyBytes extends Uint8Array {})(2));
  add('typed null proto', Object.setPrototypeOf(new Int16Array([1, -1]), null));
  add('typed on offset', new Uint8Array(new ArrayBuffer(8), 2, 3));
  add('typed in object', { t: new Uint8Array([1]) });
  add('typed nested deep', { a: { b: { c: new Uint8Array([1]) } } });
  add('buffer', Buffer.from('hello'));
  add('arraybuffer', new ArrayBuffer(4));
  add('arraybuffer bytes', new Uint8Array([0, 15, 16, 255]).buffer);
  add('arraybuffer empty', new ArrayBuffer(0));
  add('arraybuffer long', new ArrayBuffer(150));
  add('arraybuffer maxArrayLength', new ArrayBuffer(10), { maxArrayLength: 3 });
  add('arraybuffer maxArrayLength 9', new ArrayBuffer(10), { maxArrayLength: 9 });
  add('arraybuffer showHidden', new ArrayBuffer(3), { showHidden: true });
  add('arraybuffer with props', Object.assign(new ArrayBuffer(2), { p: 1 }));
  add('arraybuffer subclass', new (class MyAB extends ArrayBuffer {})(2));
  add('arraybuffer null proto', Object.setPrototypeOf(new ArrayBuffer(2), null));
  const detached = new ArrayBuffer(8);
  structuredClone(detached, { transfer: [detached] });
  add('arraybuffer detached', detached);
  add('shared arraybuffer', new SharedArrayBuffer(4));
  add('dataview', new DataView(new ArrayBuffer(4), 1, 2));
  add('dataview showHidden', new DataView(new ArrayBuffer(2)), { showHidden: true });
  add('dataview with props', Object.assign(new DataView(new ArrayBuffer(2)), { x: 1 }));
  add('dataview null proto', Object.setPrototypeOf(new DataView(new ArrayBuffer(2)), null));

  // --- Dates / RegExps --------------------------------------------------------------------------
  add('date', new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)));
  add('date invalid', new Date(NaN));
  add('date with props', Object.assign(new Date(0), { note: 'x' }));
  add('date invalid with props', Object.assign(new Date(NaN), { note: 'x' }));
  add('date subclass', new (class MyDate extends Date {})(0));
  add('date subclass with props', Object.assign(new (class MyDate2 extends Date {})(0), { a: 1 }));
  add('date null proto', Object.setPrototypeOf(new Date(0), null));
  add('date in object', { when: new Date(86400000) });
  add('date deep', { a: { b: { c: new Date(0) } } });
  add('date deep with props', { a: { b: { c: Object.assign(new Date(0), { p: 1 }) } } });
  add('date year 10000', new Date(253402300800000));
  add('date negative year', new Date(-62198755200000));
  add('regexp', /ab+c/gi);
  add('regexp flags', /x/dgimsuy);
  add('regexp slashes', new RegExp('a/b\\n'));
  add('regexp with props', Object.assign(/x/, { extra: 1 }));
  add('regexp subclass', new (class MyRe extends RegExp {})('x', 'g'));
  add('regexp null proto', Object.setPrototypeOf(/abc/m, null));
  add('regexp deep with props', { a: { b: { c: Object.assign(/x/, { p: 1 }) } } });
  add('regexp lastIndex', Object.assign(/x/g, { lastIndex: 3 }));
  add('regexp showHidden', /x/, { showHidden: true });

  // --- Errors ----------------------------------------------------------------------------------
  add('error real', new Error('real error'));
  add('error real nested', { err: new Error('nested') });
  add('error real in array', [new TypeError('in array')]);
  add('error fake stack', makeError(Error, 'm', fakeStack('Error: m', 2)));
  add('error no stack', makeError(Error, 'm', undefined, { stack: undefined }));
  add('error empty stack', makeError(Error, 'm', ''));
  add('error empty message', makeError(Error, '', fakeStack('Error')));
  add('error stack object', makeError(Error, 'm', { a: 1 }));
  add('error stack not matching', makeError(Error, 'm', 'custom stack text'));
  add('error stack no frames', makeError(Error, 'm', 'Error: m'));
  add('error code prop', makeError(Error, 'm', fakeStack('Error: m'), { code: 'E_CODE' }));
  add('error many props', makeError(Error, 'm', fakeStack('Error: m'), { code: 'X', errno: -2, syscall: 'open', path: '/tmp' }));
  add('error own name same', makeError(Error, 'm', fakeStack('Error: m'), { name: 'Error' }));
  add('error own name in stack', makeError(Error, 'm', fakeStack('CustomError: m'), { name: 'CustomError' }));
  add('error own name different', makeError(Error, 'm', fakeStack('Error: m'), { name: 'Other' }));
  add('error own message in stack', makeError(Error, 'm', fakeStack('Error: m'), { message: 'm' }));
  add('error own message different', makeError(Error, 'm', fakeStack('Error: m'), { message: 'changed' }));
  add('error own stack enumerable', (() => { const e = makeError(Error, 'm', fakeStack('Error: m')); Object.defineProperty(e, 'stack', { enumerable: true, value: e.stack }); return e; })());
  add('error name changed on instance', (() => { const e = makeError(TypeError, 'm', fakeStack('TypeError: m')); e.name = 'Foo'; return e; })());
  add('error name set before stack', (() => { const e = new TypeError('m'); e.name = 'CustomName'; e.stack = fakeStack('CustomName: m'); return e; })());
  class MyError extends Error {}
  add('error subclass', makeError(MyError, 'q', fakeStack('Error: q')));
  add('error subclass stack named', makeError(MyError, 'q', fakeStack('MyError: q')));
  class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
  add('error subclass named', makeError(NamedError, 'n', fakeStack('NamedError: n')));
  add('error subclass named real', new NamedError('real named'));
  class ProtoNamed extends Error {}
  ProtoNamed.prototype.name = 'ProtoNamed';
  add('error proto name', makeError(ProtoNamed, 'p', fakeStack('ProtoNamed: p')));
  add('error proto name mismatch', makeError(ProtoNamed, 'p', fakeStack('Error: p')));
  class WeirdName extends TypeError {}
  add('error subclass of TypeError', makeError(WeirdName, 'w', fakeStack('TypeError: w')));
  add('error null proto', (() => { const e = makeError(Error, 'm', fakeStack('Error: m')); Object.setPrototypeOf(e, null); return e; })());
  add('error null proto no frames', (() => { const e = makeError(Error, 'm', 'Error: m'); Object.setPrototypeOf(e, null); return e; })());
  add('error null proto weird stack', (() => { const e = makeError(Error, 'm', 'weird: m\n    at x (/a:1:1)'); Object.setPrototypeOf(e, null); return e; })());
  add('error null proto custom', (() => { const e = makeError(Error, 'm', 'CustomError'); Object.setPrototypeOf(e, null); return e; })());
  add('error tag', makeError(Error, 'm', fakeStack('Error: m'), { [Symbol.toStringTag]: 'Tag' }));
  add('error class with tag', (() => { class TE extends Error { get [Symbol.toStringTag]() { return 'TagT'; } } return makeError(TE, 't', fakeStack('Error: t')); })());
  add('error cause string', makeError(Error, 'm', fakeStack('Error: m'), {}));
  const withCause = new Error('outer', { cause: makeError(Error, 'inner', fakeStack('Error: inner')) });
  withCause.stack = fakeStack('Error: outer');
  add('error cause error', withCause);
  add('error cause primitive', Object.assign(new Error('o', { cause: 42 }), { stack: fakeStack('Error: o') }));
  add('error cause undefined', Object.assign(new Error('o', { cause: undefined }), { stack: fakeStack('Error: o') }));
  add('error cause object', Object.assign(new Error('o', { cause: { reason: 'x' } }), { stack: fakeStack('Error: o') }));
  const realInner = new Error('real inner');
  add('error real cause', new Error('real outer', { cause: realInner }));
  add('error real cause nested', { e: new Error('real outer 2', { cause: realInner }) });
  add('error real cause colors', new Error('real outer 3', { cause: realInner }), { colors: true });
  const causeLoop = new Error('loop');
  causeLoop.cause = causeLoop;
  causeLoop.stack = fakeStack('Error: loop');
  add('error cause circular', causeLoop);
  const sharedFrames = 'Error: a\n    at one (/x:1:1)\n    at two (/x:2:2)\n    at three (/x:3:3)\n    at four (/x:4:4)\n    at five (/x:5:5)';
  const causeShared = makeError(Error, 'c', sharedFrames.replace('Error: a', 'Error: c').replace('one', 'zero'));
  const outerShared = new Error('a', { cause: causeShared });
  outerShared.stack = sharedFrames;
  add('error cause shared frames', outerShared);
  add('error inherited cause', (() => { class CE extends Error { get cause() { return 'proto cause'; } } return makeError(CE, 'c', fakeStack('Error: c')); })());
  add('error throwing cause getter', (() => { class CE2 extends Error { get cause() { throw new Error('no'); } } const e = makeError(CE2, 'c', 'Error: c\n    at a (/b:1:1)'); return e; })(), { getters: false });
  const agg = new AggregateError([makeError(Error, 'e1', fakeStack('Error: e1')), 'str'], 'agg msg');
  agg.stack = fakeStack('AggregateError: agg msg');
  add('error aggregate', agg);
  add('error aggregate nested', { agg });
  add('error aggregate empty', Object.assign(new AggregateError([], 'none'), { stack: fakeStack('AggregateError: none') }));
  add('error errors prop', makeError(Error, 'm', fakeStack('Error: m'), { errors: [1, 2] }));
  add('error showHidden', makeError(Error, 'm', fakeStack('Error: m')), { showHidden: true });
  add('error showHidden cause', Object.assign(new Error('o', { cause: 1 }), { stack: fakeStack('Error: o') }), { showHidden: true });
  add('error deep', { a: { b: { c: makeError(Error, 'deep', fakeStack('Error: deep')) } } });
  add('error deep with props', { a: { b: { c: makeError(Error, 'deep', fakeStack('Error: deep'), { code: 1 }) } } });
  add('error in map', new Map([['e', makeError(RangeError, 'r', fakeStack('RangeError: r'))]]));
  add('error message with newline', makeError(Error, 'line1\nline2', 'Error: line1\nline2\n    at a (/b:1:1)'));
  add('error message containing at', makeError(Error, 'x\n    at fake', 'Error: x\n    at fake\n    at real (/r:1:1)'));
  add('error not instance but native', (() => { const e = makeError(Error, 'm', fakeStack('Error: m')); Object.setPrototypeOf(e, Object.prototype); return e; })());
  add('error like object', Object.setPrototypeOf({ message: 'fake', stack: fakeStack('Error: fake') }, Error.prototype));
  add('error colors node_modules', makeError(Error, 'm', 'Error: m\n    at a (/x/node_modules/pkg/index.js:1:1)\n    at b (/x/node_modules/@scope/p/node_modules/dep/y.js:2:2)\n    at c (node:fs:1:1)\n    at d (node:internal/modules/cjs/loader:1:1)\n    at node:internal/main/run_main_module:1:1\n    at e (node:nothere:1:1)'), { colors: true });
  add('error colors cwd', makeError(Error, 'm', `Error: m\n    at a (${process.cwd()}/file.js:1:1)\n    at ${process.cwd()}/b.js:2:2\n    at c (file://${process.cwd()}/m.mjs:3:3)\n    at d (/elsewhere/x.js:1:1)`), { colors: true });
  add('error colors cause', withCause, { colors: true });
  add('error with long message', makeError(Error, 'x'.repeat(100), fakeStack(`Error: ${'x'.repeat(100)}`)));
  add('error compact true props', makeError(Error, 'm', fakeStack('Error: m'), { code: 'C' }), { compact: true });
  add('error compact false', makeError(Error, 'm', fakeStack('Error: m'), { code: 'C' }), { compact: false });
  add('error syntax', makeError(SyntaxError, 's', fakeStack('SyntaxError: s')));
  add('error eval', makeError(EvalError, 'e', fakeStack('EvalError: e')));
  add('error uri', makeError(URIError, 'u', fakeStack('URIError: u')));
  add('error reference', makeError(ReferenceError, 'r', fakeStack('ReferenceError: r')));
  add('error name non-string', makeError(Error, 'm', fakeStack('Error: m'), { name: 42 }));
  add('error name undefined', (() => { const e = makeError(Error, 'm', fakeStack('Error: m')); e.name = undefined; return e; })());
  add('error DOMException', (() => { const e = new DOMException('dom msg', 'AbortError'); return e; })());
  add('error from vm', vm.runInNewContext('new Error("vm error")'));
  add('error stack only header with colon', makeError(Error, 'm', 'Error: m\n'));

  // --- Functions ---------------------------------------------------------------------------------
  add('function named', function named() {});
  add('function anonymous', (() => function () {})());
  add('arrow anonymous', (() => () => {})());
  add('arrow named', (() => { const arrow = () => {}; return arrow; })());
  add('async function', async function af() {});
  add('async arrow', (() => async () => {})());
  add('generator function', function* gf() {});
  add('async generator function', async function* agf() {});
  add('method', { m() {} }.m);
  add('getter fn', Object.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g').get);
  add('bound function', function b() {}.bind(null));
  add('builtin function', Math.max);
  add('builtin constructor', Map);
  add('Function ctor', Function);
  add('function with props', Object.assign(function withProps() {}, { a: 1, b: 'x' }));
  add('function with name prop', Object.defineProperty(function orig() {}, 'name', { value: 'renamed' }));
  add('function empty name', Object.defineProperty(function orig() {}, 'name', { value: '' }));
  add('function non-string name', Object.defineProperty(function orig() {}, 'name', { value: 42 }));
  add('function null proto', Object.setPrototypeOf(function np() {}, null));
  add('function tagged', Object.assign(function tg() {}, { [Symbol.toStringTag]: 'T' }));
  add('function proto tag', (() => { const f = function pt() {}; Object.setPrototypeOf(f, Object.create(Function.prototype, { [Symbol.toStringTag]: { value: 'ProtoTag' } })); return f; })());
  add('function showHidden', function sh(a, b) {}, { showHidden: true });
  add('function deep with props', { a: { b: { c: Object.assign(function d() {}, { x: 1 }) } } });
  add('class', class A {});
  add('class anonymous', (() => class {})());
  add('class extends', class B extends Map {});
  add('class extends user', (() => { class P {} return class C extends P {}; })());
  add('class extends null', class N extends null {});
  add('class with static', class S { static x = 1; static m() {} });
  add('class with comment', class /* comment ( */ Commented {});
  add('class line comment', class // comment (
    LineCommented {});
  add('class extends expression', class X extends (function () { return Object; })() {});
  add('class name prop overridden', class Over { static name = 'Custom'; });
  add('class name non-own', (() => { const c = class {}; return c; })());
  add('class null proto', Object.setPrototypeOf(class NullP {}, null));
  add('class tagged', Object.assign(class Tg {}, { [Symbol.toStringTag]: 'Z' }));
  add('class subclass of function', (() => { class Callable extends Function {} return new Callable(); })());
  add('function toString overridden', Object.assign(function t() {}, { toString() { return 'class X {}'; } }));
  add('function looking like class', (() => { const f = function classy() {}; return f; })());
  add('function with class in name', { classic() {} }.classic);
  add('function deep', { a: { b: { c: function deepFn() {} } } });

  // --- Boxed primitives ---------------------------------------------------------------------------
  add('boxed number', new Number(3));
  add('boxed negative zero', new Number(-0));
  add('boxed string', new String('ab'));
  add('boxed string quote', new String("it's"));
  add('boxed boolean', new Boolean(false));
  add('boxed bigint', Object(5n));
  add('boxed symbol', Object(Symbol('bx')));
  add('boxed string showHidden', new String('ab'), { showHidden: true });
  add('boxed number with props', Object.assign(new Number(1), { p: 1 }));
  add('boxed string with props', Object.assign(new String('xy'), { p: 1 }));
  add('boxed subclass', new (class MyNum extends Number {})(5));
  add('boxed null proto', Object.setPrototypeOf(new Number(7), null));
  add('boxed tagged', Object.assign(new Boolean(true), { [Symbol.toStringTag]: 'T' }));
  add('boxed proto tagged', (() => { const b = new String('t'); Object.setPrototypeOf(b, Object.create(String.prototype, { [Symbol.toStringTag]: { value: 'PT' } })); return b; })());
  add('boxed numeric separator', new Number(1234567), { numericSeparator: true });
  add('boxed long string', new String('x'.repeat(100)));

  // --- Getters / setters -------------------------------------------------------------------------
  const accessors = {
    get g() { return 1; },
    set s(v) {},
    get gs() { return 'both'; },
    set gs(v) {},
    get obj() { return { nested: [1, 2] }; },
    get nul() { return null; },
    get thrower() { throw new Error('boom'); },
    get str() { return 'a string'; },
  };
  add('accessors', accessors);
  add('accessors getters true', accessors, { getters: true });
  add('accessors getters get', accessors, { getters: 'get' });
  add('accessors getters set', accessors, { getters: 'set' });
  add('accessors getters colors', accessors, { getters: true, colors: true });
  class WithProtoAccessor {
    constructor() { this.own = 1; }
    get computed() { return this.own + 1; }
    set onlySetter(v) {}
    static get staticGetter() { return 2; }
  }
  add('proto accessors', new WithProtoAccessor());
  add('proto accessors showHidden', new WithProtoAccessor(), { showHidden: true });
  add('proto accessors showHidden getters', new WithProtoAccessor(), { showHidden: true, getters: true });
  add('proto accessors showHidden colors', new WithProtoAccessor(), { showHidden: true, colors: true });
  class Level1 { get l1() { return 1; } }
  class Level2 extends Level1 { get l2() { return 2; } }
  class Level3 extends Level2 { get l3() { return 3; } }
  class Level4 extends Level3 { get l4() { return 4; } }
  add('proto levels showHidden', new Level4(), { showHidden: true });
  add('proto data props showHidden', (() => { class D {} D.prototype.dataProp = 'pd'; D.prototype.method = function () {}; return new D(); })(), { showHidden: true });
  add('proto showHidden depth 0', { inner: new WithProtoAccessor() }, { showHidden: true, depth: 0 });
  add('map subclass showHidden', new (class MM extends Map { get extra() { return 1; } })(), { showHidden: true });
  add('class static accessor', WithProtoAccessor);
  add('class static accessor showHidden', WithProtoAccessor, { showHidden: true });
  add('setter only', Object.defineProperty({}, 'x', { set(v) {}, enumerable: true }));
  add('accessor undefined both', Object.defineProperty({}, 'x', { get: undefined, set: undefined, enumerable: true }));
  add('getter returning long', { get long() { return 'x'.repeat(100); } }, { getters: true });
  add('getter in array extras', Object.defineProperty([1], 'g', { get() { return 5; }, enumerable: true }), { getters: true });
  add('array element getter', Object.defineProperty([1, 2], 0, { get() { return 5; }, enumerable: true }));

  // --- Promises --------------------------------------------------------------------------------------
  add('promise resolved', Promise.resolve(1));
  add('promise resolved object', Promise.resolve({ a: [1, 2] }));
  add('promise pending', new Promise(() => {}));
  const rejected = Promise.reject(makeError(Error, 'rej', fakeStack('Error: rej')));
  rejected.catch(() => {});
  add('promise rejected', rejected);
  const rejectedPrim = Promise.reject(3);
  rejectedPrim.catch(() => {});
  add('promise rejected primitive', rejectedPrim);
  add('promise undefined', Promise.resolve());
  add('promise with props', Object.assign(Promise.resolve(2), { p: 1 }));
  add('promise subclass', (() => { class MyP extends Promise {} return MyP.resolve(1); })());
  add('promise deep', { a: { b: { c: Promise.resolve(1) } } });
  add('promise nested', Promise.resolve(Promise.resolve(2)));
  add('promise null proto', Object.setPrototypeOf(Promise.resolve(5), null));
  add('promise long value', Promise.resolve('x'.repeat(90)));

  // --- Proxies -------------------------------------------------------------------------------------
  const proxyTarget = { a: 1, nested: { b: 2 } };
  const handler = { get(t, k) { return Reflect.get(t, k); } };
  const proxy = new Proxy(proxyTarget, handler);
  add('proxy', proxy);
  add('proxy showProxy', proxy, { showProxy: true });
  add('proxy showProxy depth 0', { p: proxy }, { showProxy: true, depth: 0 });
  add('proxy of array', new Proxy([1, 2, 3], {}));
  add('proxy of array showProxy', new Proxy([1, 2, 3], {}), { showProxy: true });
  add('proxy of function', new Proxy(function pf() {}, {}));
  add('proxy of function showProxy', new Proxy(function pf() {}, {}), { showProxy: true });
  add('proxy of class', new Proxy(class PC {}, {}));
  add('proxy of map', new Proxy(new Map([[1, 2]]), {}));
  add('proxy of proxy', new Proxy(new Proxy({ deep: 1 }, {}), {}));
  add('proxy of proxy showProxy', new Proxy(new Proxy({ deep: 1 }, {}), {}), { showProxy: true });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  add('proxy revoked', revocable.proxy);
  add('proxy revoked showProxy', revocable.proxy, { showProxy: true });
  add('proxy revoked nested', { p: revocable.proxy });
  add('proxy throwing traps', new Proxy({ x: 1 }, { ownKeys() { throw new Error('trap'); }, get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } }));
  add('proxy throwing traps showProxy', new Proxy({ x: 1 }, { get() { throw new Error('trap'); } }), { showProxy: true });
  add('proxy with custom inspect target', new Proxy({ [util.inspect.custom]() { return 'custom via proxy'; } }, {}));
  add('proxy in array', [new Proxy({}, {}), new Proxy([], {})]);
  add('proxy showProxy nested circular', (() => { const o = {}; const p = new Proxy(o, {}); o.p = p; return p; })(), { showProxy: true });

  // --- Custom inspect --------------------------------------------------------------------------------
  const custom = util.inspect.custom;
  add('custom string', { [custom]() { return 'CUSTOM'; } });
  add('custom multiline nested', { a: { [custom]() { return 'line1\nline2'; } } });
  add('custom returns object', { [custom]() { return { replaced: true, arr: [1, 2] }; } });
  add('custom returns this', (() => { const o = { a: 1, [custom]() { return this; } }; return o; })());
  add('custom returns number', { [custom]() { return 42; } });
  add('custom returns undefined', { [custom]() { return undefined; } });
  add('custom depth arg', { a: { b: { [custom](depth) { return `depth=${depth}`; } } } });
  add('custom depth null', { a: { [custom](depth) { return `depth=${depth}`; } } }, { depth: null });
  add('custom options keys', { [custom](d, opts) { return Object.keys(opts).join(','); } }, { foo: 1, colors: false });
  add('custom options values', { [custom](d, opts) { return JSON.stringify(opts); } }, { depth: 4, breakLength: 60, extra: 'x', compact: 2 });
  add('custom stylize', { [custom](d, opts) { return opts.stylize('styled', 'special'); } }, { colors: true });
  add('custom uses inspect', { [custom](d, opts, insp) { return `wrapped(${insp({ x: [1, 2] }, opts)})`; } });
  add('custom inspect nested depth', { a: { [custom](d, opts, insp) { return insp({ deep: { er: { est: 1 } } }, { ...opts, depth: d }); } } });
  add('custom disabled', { a: 1, [custom]() { return 'no'; } }, { customInspect: false });
  add('custom on prototype object', (() => { class CP { [custom]() { return 'instance custom'; } } return [new CP(), CP.prototype]; })());
  add('custom non-function', { [custom]: 'not a function', a: 1 });
  add('custom null proto (cross-context path)', Object.assign(Object.create(null), { [custom](d, opts) { return `${Object.getPrototypeOf(opts) === null}:${Object.keys(opts).join('|')}`; } }), { colors: true, extra: { obj: 1 }, prim: 2 });
  add('custom null proto stylize', Object.assign(Object.create(null), { [custom](d, opts) { return opts.stylize('x', 'number'); } }), { colors: true });
  add('custom in array indentation', [[{ [custom]() { return 'a\nb'; } }]]);
  add('custom returning circular', (() => { const o = { [custom]() { return o2; } }; const o2 = { back: o }; return o; })());
  add('custom legacy inspect property ignored', { inspect() { return 'legacy'; } });
  add('custom on class', (() => { class K { static [custom]() { return 'static custom'; } } return K; })());
  add('custom on function', Object.assign(function cf() {}, { [custom]() { return 'fn custom'; } }));
  add('custom with budget', { [custom](d, o) { return `${o.budget}|${o.seen}|${o.indentationLvl}`; } });
  add('custom userOptions first unknown', { [custom](d, o) { return String(o.zzz); } }, { zzz: 9, yyy: 8 });

  // --- Module namespace, arguments, misc --------------------------------------------------------------
  add('arguments', (function () { return arguments; })(1, 'two'));
  add('arguments empty', (function () { return arguments; })());
  add('arguments strict', (function () { 'use strict'; return arguments; })(1));
  add('object with arguments', { args: (function () { return arguments; })(1) });
  add('globalThis depth 0', globalThis, { depth: 0, showHidden: false });
  add('process.versions-like', { node: '20', v8: '11' });
  add('vm object', vm.runInNewContext('({ a: 1, b: [1, 2], m: new Map([[1, 2]]) })'));
  add('vm array', vm.runInNewContext('[1, 2, 3]'));
  add('vm class instance', vm.runInNewContext('new (class VmFoo { constructor() { this.x = 1; } })()'));
  add('vm null proto', vm.runInNewContext('Object.create(null)'));
  add('vm function', vm.runInNewContext('(function vmFn() {})'));
  add('vm date', vm.runInNewContext('new Date(0)'));
  add('vm regexp', vm.runInNewContext('/vm/g'));
  add('vm promise', vm.runInNewContext('Promise.resolve(1)'));
  add('vm custom inspect', vm.runInNewContext('({ [Symbol.for("nodejs.util.inspect.custom")](d, o) { return Object.getPrototypeOf(o) === null ? "nullproto" : "proto"; } })'));
  add('symbol description escape key', { [Symbol('a\nb\'c')]: 1 });
  add('key with newline', { 'a\nb': 1 });
  add('key unicode', { 'ключ': 1, '中': 2 });
  add('nested empties', { a: {}, b: [], c: new Map(), d: new Set(), e: '' });
  add('null and undefined in array', [null, undefined, null]);
  add('negative zero in array', [-0, 0, -0]);
  add('budget huge flat', Array.from({ length: 3 }, () => 'x'.repeat(1000)));
  add('mixed everything', {
    num: 1, str: 'two', bool: true, nil: null, undef: undefined, sym: Symbol('s'), big: 3n,
    arr: [1, 'a', [2]], obj: { x: { y: { z: 1 } } }, map: new Map([[1, 2]]), set: new Set([1]),
    date: new Date(0), re: /x/, fn() {}, err: makeError(Error, 'mixed', fakeStack('Error: mixed')),
  });

  // --- Throwing user code ---------------------------------------------------------------------------
  add('custom inspect throws', { [custom]() { throw new Error('custom threw'); } });
  add('custom inspect throws nested', { a: [{ [custom]() { throw new TypeError('nested threw'); } }] });
  add('tag getter throws', { get [Symbol.toStringTag]() { throw new Error('tag threw'); } });
  add('constructor getter throws', Object.create(Object.defineProperty({}, 'constructor', { get() { throw new Error('ctor'); } })));
  add('proto chain proxy throws', Object.create(new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('gopd'); } })));
  add('getter throws non-error', { get g() { throw 'plain string'; } }, { getters: true });
  add('getter throws null', { get g() { throw null; } }, { getters: true });
  add('ownKeys throws via proxy showProxy', new Proxy({}, { ownKeys() { throw new Error('keys'); } }), { showProxy: true });
  add('instanceof throws', (() => { const C = function Throwing() {}; Object.defineProperty(C, Symbol.hasInstance, { value() { throw new Error('hi'); } }); return new C(); })());
  add('iterator getter throws', { get [Symbol.iterator]() { throw new Error('iter'); } });

  // --- Legacy signature / defaults ---------------------------------------------------------------------
  add('legacy showHidden true', { a: [1] }, true);
  add('legacy showHidden false', { a: 1 }, false);
  addArgs('legacy depth', { a: { b: 1 } }, false, 0);
  addArgs('legacy colors', { a: 'str', b: 1 }, false, null, true);
  addArgs('legacy undefined depth', { a: [1, 2] }, undefined, undefined, true);
  addArgs('legacy options object with depth arg', { a: { b: { c: 1 } } }, { colors: false }, 0);
  addArgs('explicit undefined options', { a: 1 }, undefined);
  add('options null', { a: 1 }, null);
  add('options number', { a: 1 }, 5);
  add('options string', { a: 1 }, 'ab');
  add('options stylize', { a: 'x', b: 1 }, { stylize: (s, t) => `<${t}:${s}>` });

  // --- Colors ----------------------------------------------------------------------------------------------
  add('colors everything', {
    n: 1, s: 'str', b: false, u: undefined, nl: null, sym: Symbol('c'), big: 1n, d: new Date(0),
    re: /r/g, f() {}, cls: class C {}, arr: [1, 'a'], m: new Map([['k', 'v']]), e: {},
    deep: { a: { b: { c: 1 } } }, circ: circ, p: Promise.resolve(), wm: new WeakMap(),
    box: new Number(2), boxs: Object.assign(new String('s'), { p: 1 }), ab: new ArrayBuffer(1),
    pending: new Promise(() => {}), holes: [1, , 2], ext: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  }, { colors: true });
  add('colors grouped strings', Array.from({ length: 30 }, (_, i) => `s${i}`), { colors: true });
  add('colors long lines', Array.from({ length: 5 }, (_, i) => ({ key: 'v'.repeat(20), i })), { colors: true });
  add('colors boxed', [new Number(1), new String('s'), new Boolean(true), Object(1n), Object(Symbol('x'))], { colors: true });
  add('colors symbols keys', { [Symbol('k')]: 1 }, { colors: true });
  add('colors compact true', { a: 'x'.repeat(50), b: 'y'.repeat(50) }, { colors: true, compact: true });
  add('colors proxy', new Proxy({}, {}), { colors: true, showProxy: true });
  add('colors revoked', revocable.proxy, { colors: true });
  add('colors getter', accessors, { colors: true });
  add('colors typed showHidden', new Uint8Array(2), { colors: true, showHidden: true });
  add('colors numeric separator', [1234567, 12345678901234567890n], { colors: true, numericSeparator: true });

  return cases;
}

module.exports = { buildCases };
