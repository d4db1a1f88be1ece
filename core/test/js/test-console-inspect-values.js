// console.log / util.inspect output for the common value kinds; the
// expected output is node's own.
class Foo { constructor() { this.a = 1; } }
class Bar extends Map {}
const circular = { name: 'root', list: [1, 2] };
circular.self = circular;
circular.list.push(circular);
const values = [
  1, -0, 1.5, NaN, -Infinity, 123n, true, null, undefined, Symbol('s'),
  'plain', "it's", 'both \' and "', 'new\nline', '',
  [1, 2, 3], [], [, 1, , , 2], new Array(120).fill(7), [[1, [2, [3, [4]]]]],
  { a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } }, {}, Object.create(null),
  { 'key with space': 1, [Symbol('sym')]: 2, 3: 'num' },
  new Map([[1, 'one'], ['two', { x: 2 }]]), new Set([1, 'a', [2]]), new WeakMap(), new WeakSet(),
  new Map([[1, 2]]).entries(), new Set([5]).values(),
  new Uint8Array([1, 2, 3]), new Float64Array(2), new ArrayBuffer(4), new DataView(new ArrayBuffer(2)),
  new Date(0), new Date(NaN), /re+gex/gi, new Foo(), new Bar([[1, 2]]),
  function named() {}, () => {}, async function af() {}, function* gen() {}, class A {}, class B extends Foo {},
  Object.assign(function withProps() {}, { prop: 1 }),
  new Number(3), new String('boxed'), new Boolean(false), Object(Symbol('b')), Object(5n),
  Promise.resolve(42), Promise.reject(new Error('rej')).catch(() => {}) && new Promise(() => {}),
  { get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} },
  circular, [circular],
  { long: 'x'.repeat(100) }, Array.from({ length: 30 }, (_, i) => `item${i}`),
  { a: { b: { c: {} } } }, [{ a: [{ b: [{ c: 1 }] }] }],
];
for (const value of values) console.log(value);
console.log('%s|%d|%i|%f|%j|%o|%O|%%|%c', 'str', 42.5, 42.5, '1.5', { j: 1 }, { o: [1] }, { O: 1 }, 'css');
console.log('%s %s', 'only one');
console.log('extra', 'args', 1, { x: 1 }, [2]);
console.log('%d %i', 10n, 10n, '%s', -0);
console.log('%s', { toString() { return 'custom'; } }, Symbol('x'), 5n, null, undefined);
