'use strict';
// Pairs of values for deep-equality truth tables (a function so that every
// run gets fresh objects: some cases mutate, e.g. RegExp lastIndex).

module.exports = function deepCases() {
  const s1 = Symbol('s1');
  const s2 = Symbol('s2');
  const s3 = Symbol('s3');
  const circ = (depth) => {
    const root = {};
    let cur = root;
    for (let i = 1; i < depth; i++) { cur.a = {}; cur = cur.a; }
    cur.a = root;
    return root;
  };
  const args = function() { return arguments; };
  const nonEnum = (obj, key, value) =>
    Object.defineProperty(obj, key, { value, enumerable: false });
  const errWith = (msg, props) => Object.assign(new Error(msg), props);
  const reLast = (re, n) => { re.lastIndex = n; return re; };
  const sparse = (len, entries) => {
    const a = new Array(len);
    for (const [k, v] of entries) a[k] = v;
    return a;
  };
  class A { constructor() { this.x = 1; } }
  class B { constructor() { this.x = 1; } }
  class SubMap extends Map {}
  const sharedObj = { z: 1 };
  const fn = () => {};

  const cases = {
    // primitives
    'num equal': [1, 1], 'num diff': [1, 2], 'num vs str': [1, '1'],
    'NaN': [NaN, NaN], 'zero -zero': [0, -0], '-zero zero': [-0, 0],
    'null undefined': [null, undefined], 'null null': [null, null],
    'true 1': [true, 1], 'false 0': [false, 0], 'false empty': [false, ''],
    'str num loose': ['1.0', 1], 'bigint': [1n, 1n], 'bigint num': [1n, 1],
    'bigint str': [1n, '1'], 'sym same': [s1, s1], 'sym diff': [s1, s2],
    'str str': ['a', 'a'], 'str diff': ['a', 'b'], 'undef undef': [undefined, undefined],
    'obj vs prim': [{}, 1], 'obj vs null': [{}, null], 'arr vs str': [[1], '1'],
    // plain objects
    'empty objs': [{}, {}], 'obj same': [{ a: 1, b: 2 }, { b: 2, a: 1 }],
    'obj diff val': [{ a: 1 }, { a: 2 }], 'obj loose val': [{ a: 1 }, { a: '1' }],
    'obj extra key': [{ a: 1 }, { a: 1, b: 2 }], 'obj diff keys': [{ a: 1 }, { b: 1 }],
    'obj undef vs missing': [{ a: undefined }, {}], 'obj undef keys': [{ a: undefined }, { b: undefined }],
    'obj null vs undef': [{ a: null }, { a: undefined }],
    'obj NaN': [{ a: NaN }, { a: NaN }], 'obj -0': [{ a: -0 }, { a: 0 }],
    'null proto': [Object.create(null), {}], 'null protos': [Object.create(null), Object.create(null)],
    'class diff': [new A(), new B()], 'class same': [new A(), new A()],
    'class vs plain': [new A(), { x: 1 }],
    'non-enum own': [{ x: 1 }, nonEnum({ y: 1 }, 'x', 1)],
    'non-enum both': [nonEnum({}, 'x', 1), nonEnum({}, 'x', 2)],
    'getter': [{ get a() { return 1; } }, { a: 1 }],
    'sym keys same': [{ [s1]: 1 }, { [s1]: 1 }], 'sym keys diff': [{ [s1]: 1 }, { [s1]: 2 }],
    'sym vs none': [{ [s1]: 1 }, {}], 'sym other': [{ [s1]: 1 }, { [s2]: 1 }],
    'sym non-enum': [nonEnum({}, s1, 1), {}],
    'sym mixed counts': [nonEnum({ [s1]: 1 }, s2, 1), { [s1]: 1, [s3]: 1 }],
    'sym mixed counts2': [{ [s1]: 1, [s3]: 1 }, nonEnum({ [s1]: 1 }, s2, 1)],
    'toStringTag': [{ [Symbol.toStringTag]: 'x' }, {}],
    'toStringTag same': [{ [Symbol.toStringTag]: 'x' }, { [Symbol.toStringTag]: 'x' }],
    'nested': [{ a: { b: { c: [1, 2, { d: 3 }] } } }, { a: { b: { c: [1, 2, { d: 3 }] } } }],
    'nested loose': [{ a: { b: { c: [1, 2, { d: 3 }] } } }, { a: { b: { c: [1, 2, { d: '3' }] } } }],
    'shared ref': [{ a: sharedObj, b: sharedObj }, { a: { z: 1 }, b: { z: 1 } }],
    'fn same': [fn, fn], 'fn diff': [() => {}, () => {}], 'fn in obj': [{ f: fn }, { f: fn }],
    'proxy': [new Proxy({ a: 1 }, {}), { a: 1 }],
    // arrays
    'arrays': [[1, 2, 3], [1, 2, 3]], 'array len': [[1, 2], [1]], 'array loose': [[1, 2], ['1', '2']],
    'array vs obj': [[1], { 0: 1 }], 'array vs obj len': [[], { length: 0 }],
    'array extra prop': [Object.assign([1], { x: 1 }), [1]],
    'array extra props same': [Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 })],
    'array sym prop': [Object.assign([1], { [s1]: 1 }), [1]],
    'sparse vs undef': [[1, , 3], [1, undefined, 3]], 'sparse same': [[1, , 3], [1, , 3]],
    'sparse lead': [[, 1], [undefined, 1]], 'sparse lead2': [[, 1], [, 1]],
    'sparse extra key': [[1, , 3], Object.assign([1, , 3], { x: 1 })],
    'sparse diff pos': [sparse(5, [[1, 1]]), sparse(5, [[2, 1]])],
    'sparse tail': [sparse(5, [[0, 1], [4, 2]]), sparse(5, [[0, 1], [4, 2]])],
    'sparse tail diff': [sparse(5, [[0, 1], [4, 2]]), sparse(5, [[0, 1], [4, 3]])],
    'sparse tail loose': [sparse(5, [[0, 1], [4, 2]]), sparse(5, [[0, 1], [4, '2']])],
    'array -0': [[-0], [0]], 'array NaN': [[NaN], [NaN]],
    'arguments vs array': [args(1, 2), [1, 2]], 'arguments vs obj': [args(1), { 0: 1 }],
    'arguments same': [args(1, 2), args(1, 2)], 'arguments diff': [args(1, 2), args(1, 3)],
    'nested arrays': [[[1, [2]], [3]], [[1, [2]], [3]]],
    // dates, regexps
    'dates': [new Date(0), new Date(0)], 'dates diff': [new Date(0), new Date(1)],
    'invalid dates': [new Date(NaN), new Date(NaN)],
    'date props': [Object.assign(new Date(0), { a: 1 }), new Date(0)],
    'date vs obj': [new Date(0), {}], 'date null proto': [new Date(0), Object.setPrototypeOf(new Date(0), null)],
    'regexps': [/a/g, /a/g], 'regexp flags': [/a/g, /a/i], 'regexp src': [/a/, /b/],
    'regexp flag order': [/a/gi, /a/ig], 'regexp lastIndex': [reLast(/a/g, 3), /a/g],
    'regexp props': [Object.assign(/a/, { x: 1 }), /a/], 'regexp vs date': [/a/, new Date(0)],
    // errors
    'errors same': [new Error('a'), new Error('a')], 'errors msg': [new Error('a'), new Error('b')],
    'errors name': [new TypeError('a'), new Error('a')],
    'error own name': [errWith('a', { name: 'X' }), new Error('a')],
    'error code': [errWith('a', { code: 1 }), new Error('a')],
    'error codes same': [errWith('a', { code: 1 }), errWith('a', { code: 1 })],
    'error cause diff': [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
    'error cause same': [new Error('a', { cause: [1] }), new Error('a', { cause: [1] })],
    'error cause loose': [new Error('a', { cause: 1 }), new Error('a', { cause: '1' })],
    'error cause undef vs missing': [new Error('a', { cause: undefined }), new Error('a')],
    'error enumerable cause': [errWith('a', { cause: 1 }), new Error('a', { cause: 1 })],
    'error cause circular': [(() => { const e = new Error('x'); e.cause = e; return e; })(),
      (() => { const e = new Error('x'); e.cause = e; return e; })()],
    'aggregate errors': [new AggregateError([1], 'x'), new AggregateError([2], 'x')],
    'aggregate same': [new AggregateError([{ a: 1 }], 'x'), new AggregateError([{ a: 1 }], 'x')],
    'error vs obj': [new Error('a'), { message: 'a', name: 'Error' }],
    'error proto obj': [Object.create(Error.prototype), Object.create(Error.prototype)],
    'error vs proto obj': [new Error('a'), Object.create(Error.prototype)],
    'error stack': [(() => { const e = new Error('a'); e.stack = 'x'; return e; })(), new Error('a')],
    'error null proto': [Object.setPrototypeOf(new Error('x'), null), new Error('x')],
    // boxed primitives
    'boxed str': [new String('a'), new String('a')], 'boxed str diff': [new String('a'), new String('b')],
    'boxed num': [new Number(1), new Number(1)], 'boxed NaN': [new Number(NaN), new Number(NaN)],
    'boxed -0': [new Number(0), new Number(-0)], 'boxed bool': [new Boolean(true), new Boolean(false)],
    'boxed bigint': [Object(1n), Object(1n)], 'boxed sym': [Object(s1), Object(s1)],
    'boxed sym diff': [Object(s1), Object(s2)], 'boxed vs prim': [new String('a'), 'a'],
    'boxed types': [new String('1'), new Number(1)],
    'boxed props': [Object.assign(new Number(1), { x: 1 }), Object.assign(new Number(1), { x: 2 })],
    'boxed props same': [Object.assign(new String('a'), { x: 1 }), Object.assign(new String('a'), { x: 1 })],
    'boxed vs obj': [new Number(1), {}],
    // typed arrays & buffers
    'u8 same': [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
    'u8 diff': [new Uint8Array([1, 2]), new Uint8Array([1, 3])],
    'u8 vs i8': [new Uint8Array(1), new Int8Array(1)],
    'u8 vs buffer': [new Uint8Array([1]), Buffer.from([1])],
    'buffer same': [Buffer.from('abc'), Buffer.from('abc')],
    'buffer offset': [Buffer.from('xabc').subarray(1), Buffer.from('abc')],
    'u8 props': [Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1)],
    'f64 NaN': [new Float64Array([NaN]), new Float64Array([NaN])],
    'f64 -0': [new Float64Array([0]), new Float64Array([-0])],
    'f32 NaN': [new Float32Array([NaN]), new Float32Array([NaN])],
    'f32 len': [new Float32Array(2), new Float32Array(3)],
    'u16 vs u8 bytes': [new Uint16Array([1]), new Uint8Array([1, 0])],
    'bigint64': [new BigInt64Array([1n]), new BigInt64Array([1n])],
    'dataview': [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
    'dataview diff': [new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 3]).buffer)],
    'arraybuffer': [new ArrayBuffer(2), new ArrayBuffer(2)],
    'arraybuffer len': [new ArrayBuffer(2), new ArrayBuffer(3)],
    'arraybuffer bytes': [new Uint8Array([1]).buffer, new Uint8Array([2]).buffer],
    'sab vs ab': [new SharedArrayBuffer(2), new ArrayBuffer(2)],
    'ab props': [Object.assign(new ArrayBuffer(1), { x: 1 }), new ArrayBuffer(1)],
    // maps & sets
    'maps empty': [new Map(), new Map()], 'sets empty': [new Set(), new Set()],
    'map vs set': [new Map(), new Set()], 'map size': [new Map([[1, 1]]), new Map([[1, 1], [2, 2]])],
    'map same': [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])],
    'map val diff': [new Map([[1, 'a']]), new Map([[1, 'b']])],
    'map loose key': [new Map([[1, '1']]), new Map([['1', 1]])],
    'map loose both': [new Map([[1, 1], ['1', 2]]), new Map([['1', 1], [1, 2]])],
    'map loose objval': [new Map([[1, { a: 1 }]]), new Map([['1', { a: '1' }]])],
    'map loose key val diff': [new Map([[1, 'a']]), new Map([['1', 'b']])],
    'map undef vals': [new Map([[1, undefined]]), new Map([[2, undefined]])],
    'map null undef keys': [new Map([[undefined, 1]]), new Map([[null, 1]])],
    'map obj keys': [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])],
    'map obj keys val': [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 2]])],
    'map obj keys swap': [new Map([[{}, 1], [{}, 2]]), new Map([[{}, 2], [{}, 1]])],
    'map obj keys mixed': [new Map([[{ a: 1 }, 1], [{ a: 2 }, 2]]), new Map([[{ a: 2 }, 2], [{ a: 1 }, 1]])],
    'map obj key loose': [new Map([[{ a: 1 }, 1]]), new Map([[{ a: '1' }, '1']])],
    'map props': [Object.assign(new Map(), { x: 1 }), new Map()],
    'map subclass': [new SubMap(), new Map()],
    'map NaN key': [new Map([[NaN, 1]]), new Map([[NaN, 1]])],
    'set same': [new Set([1, 2, 3]), new Set([3, 2, 1])],
    'set diff': [new Set([1, 2]), new Set([1, 3])],
    'set loose': [new Set([1]), new Set(['1'])],
    'set loose dup': [new Set([1, '1']), new Set([1, true])],
    'set loose both': [new Set([1, '1']), new Set(['1', 1])],
    'set null undef': [new Set([null]), new Set([undefined])],
    'set objs': [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
    'set objs diff': [new Set([{ a: 1 }]), new Set([{ a: 2 }])],
    'set objs loose': [new Set([{ a: 1 }]), new Set([{ a: '1' }])],
    'set arrays': [new Set([[1], [2]]), new Set([[2], [1]])],
    'set mixed loose': [new Set([1, {}]), new Set(['1', {}])],
    'set NaN': [new Set([NaN]), new Set([NaN])], 'set NaN str': [new Set([NaN]), new Set(['NaN'])],
    'set 0 -0': [new Set([0]), new Set([-0])], 'set str num': [new Set(['']), new Set([0])],
    'set bool': [new Set([true]), new Set([1])], 'set sym': [new Set([s1]), new Set([s1])],
    'set dup objs': [new Set([{}, {}]), new Set([{}, { a: 1 }])],
    'set props': [Object.assign(new Set(), { x: 1 }), Object.assign(new Set(), { x: 1 })],
    // weak collections, promises, urls
    'weakmaps': [new WeakMap(), new WeakMap()], 'weakmap content': [new WeakMap([[{}, 1]]), new WeakMap()],
    'weaksets': [new WeakSet(), new WeakSet()], 'promises': [Promise.resolve(1), Promise.resolve(2)],
    'urls same': [new URL('http://a/'), new URL('http://a/')],
    'urls diff': [new URL('http://a/'), new URL('http://b/')],
    'url hash': [new URL('http://a/#x'), new URL('http://a/#y')],
    'url vs obj': [new URL('http://a/'), { href: 'http://a/', protocol: 'http:' }],
    'url props': [new URL('http://a/'), Object.assign(new URL('http://a/'), { x: 1 })],
    'url subclass': [new URL('http://a/'), new (class U extends URL {})('http://a/')],
    // cycles
    'circ 1 1': [circ(1), circ(1)], 'circ 1 2': [circ(1), circ(2)], 'circ 2 3': [circ(2), circ(3)],
    'circ 3 3': [circ(3), circ(3)],
    'circ array': [(() => { const a = [1]; a.push(a); return a; })(), (() => { const a = [1]; a.push(a); return a; })()],
    'circ array diff': [(() => { const a = [1]; a.push(a); return a; })(), (() => { const a = [2]; a.push(a); return a; })()],
    'circ map': [(() => { const m = new Map(); m.set('self', m); return m; })(), (() => { const m = new Map(); m.set('self', m); return m; })()],
    'circ set': [(() => { const s = new Set(); s.add(s); return s; })(), (() => { const s = new Set(); s.add(s); return s; })()],
    'circ cross': [(() => { const a = {}; const b = { a }; a.b = b; return a; })(), (() => { const a = {}; const b = { a }; a.b = b; return b; })()],
  };
  return cases;
};
