'use strict';
// Mosaic's assert against node's: every case runs with both modules and
// the outcomes (thrown or not, error class, code, message byte for byte,
// generatedMessage, operator, actual/expected, own keys) must match.
// Usage: node --expose-internals tests/stdlib-under-node/test-assert.js

const loader = require('./loader');
const util = require('util');
const ours = loader.require('assert');
const oursStrict = loader.require('assert/strict');
const theirs = require('assert');
const theirsStrict = require('assert/strict');
const deepCases = require('./deep-cases');

const sym = Symbol('s');
class MyError extends Error {}
class Foo { constructor() { this.a = 1; } }
const bigObj = {};
for (let i = 0; i < 40; i++) bigObj[`key${i}`] = { value: i, nested: [i, i + 1] };
const bigObj2 = JSON.parse(JSON.stringify(bigObj));
bigObj2.key20.value = 'changed';
bigObj2.key35.nested.push(99);
const longArr = Array.from({ length: 120 }, (_, i) => i);
const longArr2 = longArr.map((x) => (x % 17 === 0 ? -x : x));

// Each case: (assert) => void. Run once per module.
const cases = {
  'ok true': (a) => a.ok(true),
  'ok false': (a) => a.ok(false),
  'ok no args': (a) => a.ok(),
  'ok msg': (a) => a.ok(0, 'custom message'),
  'ok msg error': (a) => a.ok(0, new TypeError('own error')),
  'ok expression': (a) => a.ok(typeof 123 === 'string'),
  'assert fn': (a) => a(null),
  'assert multi line': (a) => a(0 ===
    1, undefined),
  'ok multi line 2': (a) => { a.ok(
    false,
  ); },
  'ok template': (a) => a.ok(`x${'}'}`.length === 0),
  'ok regex arg': (a) => a.ok(/a\(/.source === 'b'),
  'ok nested call': (a) => a.ok([1, 2].includes(3)),
  'ok comments': (a) => a.ok(/* c */ 0 /* d */),
  'ok alias': (a) => { const check = a.ok; check(''); },
  'ok member chain': (a) => { const o = { b: { check: a.ok } }; o.b.check(0); },
  'ok call method': (a) => a.ok.call(null, 0),
  'ok computed': (a) => a['ok'](0),
  'ok paren callee': (a) => (0, a.ok)(0),
  'ok in condition': (a) => { if (true) a(0 || null); },
  'ok optional': (a) => a?.ok?.(false),
  'ok eval': (a) => eval('a.ok(0)'),
  'ok new Function': (a) => new Function('a', 'a.ok(0)')(a),
  'ok arrow body': (a) => [1].forEach((x) => a.ok(x === 2)),
  'ok string with parens': (a) => a.ok(')(' === '(('),
  'ok NaN': (a) => a.ok(NaN),
  'strict fn': (a) => a.strict(''),
  'equal ok': (a) => a.equal(1, '1'),
  'equal fail': (a) => a.equal(1, 2),
  'equal NaN': (a) => a.equal(NaN, NaN),
  'equal objs': (a) => a.equal({ a: 1 }, { a: 1 }),
  'equal missing arg': (a) => a.equal(1),
  'notEqual fail': (a) => a.notEqual(1, '1'),
  'notEqual NaN': (a) => a.notEqual(NaN, NaN),
  'notEqual ok': (a) => a.notEqual(1, 2),
  'strictEqual fail': (a) => a.strictEqual(1, 2),
  'strictEqual types': (a) => a.strictEqual(1, '1'),
  'strictEqual NaN': (a) => a.strictEqual(NaN, NaN),
  'strictEqual NaN 0': (a) => a.strictEqual(NaN, 0),
  'strictEqual 0 -0': (a) => a.strictEqual(0, -0),
  'strictEqual long strings': (a) => a.strictEqual('a'.repeat(20), `${'a'.repeat(19)}b`),
  'strictEqual short strings': (a) => a.strictEqual('abc', 'abd'),
  'strictEqual near strings': (a) => a.strictEqual('abcdefghij', 'abcdefghiX'),
  'strictEqual early diff': (a) => a.strictEqual('Xbcdefghij', 'abcdefghij'),
  'strictEqual very long': (a) => a.strictEqual('x'.repeat(100), 'y'.repeat(100)),
  'strictEqual multiline strings': (a) => a.strictEqual('a\nb\nc', 'a\nB\nc'),
  'strictEqual objects same': (a) => a.strictEqual({ a: 1 }, { a: 1 }),
  'strictEqual arrays same': (a) => a.strictEqual([1, 2, 3], [1, 2, 3]),
  'strictEqual objects diff': (a) => a.strictEqual({ a: 1 }, { a: 2 }),
  'strictEqual fns': (a) => a.strictEqual(() => {}, function named() {}),
  'strictEqual obj vs prim': (a) => a.strictEqual({}, 1),
  'strictEqual null undef': (a) => a.strictEqual(null, undefined),
  'strictEqual symbols': (a) => a.strictEqual(Symbol('a'), Symbol('a')),
  'strictEqual bigint': (a) => a.strictEqual(1n, 1),
  'strictEqual msg': (a) => a.strictEqual(1, 2, 'nope'),
  'strictEqual msg error': (a) => a.strictEqual(1, 2, new RangeError('mine')),
  'notStrictEqual fail': (a) => a.notStrictEqual(1, 1),
  'notStrictEqual long': (a) => a.notStrictEqual('abcdef', 'abcdef'),
  'notStrictEqual obj': (a) => { const o = { a: 1 }; a.notStrictEqual(o, o); },
  'notStrictEqual fn': (a) => a.notStrictEqual(Math.max, Math.max),
  'notStrictEqual big': (a) => a.notStrictEqual(longArr, longArr),
  'deepStrictEqual ok': (a) => a.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }),
  'deepStrictEqual simple': (a) => a.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }),
  'deepStrictEqual loose types': (a) => a.deepStrictEqual({ a: 1 }, { a: '1' }),
  'deepStrictEqual array skip': (a) => a.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]),
  'deepStrictEqual big obj': (a) => a.deepStrictEqual(bigObj, bigObj2),
  'deepStrictEqual long arrays': (a) => a.deepStrictEqual(longArr, longArr2),
  'deepStrictEqual extra lines': (a) => a.deepStrictEqual([1, 2, 3], [1, 2, 3, 4, 5, 6]),
  'deepStrictEqual fewer lines': (a) => a.deepStrictEqual([1, 2, 3, 4, 5, 6], [1, 2, 3]),
  'deepStrictEqual many extra': (a) => a.deepStrictEqual([], longArr),
  'deepStrictEqual many extra actual': (a) => a.deepStrictEqual(longArr, []),
  'deepStrictEqual trailing same': (a) => a.deepStrictEqual({ x: 1, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, { x: 2, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }),
  'deepStrictEqual trailing 4': (a) => a.deepStrictEqual({ x: 1, a: 1, b: 2, c: 3 }, { x: 2, a: 1, b: 2, c: 3 }),
  'deepStrictEqual middle same': (a) => a.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [-1, 1, 2, 3, 4, 5, 6, 7, 8, -9]),
  'deepStrictEqual mid 5': (a) => a.deepStrictEqual([0, 1, 2, 3, 4, 5, 6], [-1, 1, 2, 3, 4, 5, -6]),
  'deepStrictEqual mid 4': (a) => a.deepStrictEqual([0, 1, 2, 3, 4, 5], [-1, 1, 2, 3, 4, -5]),
  'deepStrictEqual mid 3': (a) => a.deepStrictEqual([0, 1, 2, 3, 4], [-1, 1, 2, 3, -4]),
  'deepStrictEqual commas': (a) => a.deepStrictEqual([1, 2], [1, 2, 3]),
  'deepStrictEqual commas2': (a) => a.deepStrictEqual([1, 2, 3], [1, 2]),
  'deepStrictEqual identical structure': (a) => a.deepStrictEqual({ a: Symbol('x') }, { a: Symbol('x') }),
  'deepStrictEqual identical big': (a) => a.deepStrictEqual(Array.from({ length: 60 }, () => Symbol('q')), Array.from({ length: 60 }, () => Symbol('q'))),
  'deepStrictEqual errors': (a) => a.deepStrictEqual(new Error('a'), new Error('b')),
  'deepStrictEqual error props': (a) => a.deepStrictEqual(Object.assign(new Error('a'), { code: 1 }), Object.assign(new Error('a'), { code: 2 })),
  'deepStrictEqual error cause': (a) => a.deepStrictEqual(new Error('a', { cause: new Error('c1') }), new Error('a', { cause: new Error('c2') })),
  'deepStrictEqual 0 -0': (a) => a.deepStrictEqual(0, -0),
  'deepStrictEqual prims': (a) => a.deepStrictEqual(1, 2),
  'deepStrictEqual proto': (a) => a.deepStrictEqual(new Foo(), { a: 1 }),
  'deepStrictEqual maps': (a) => a.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])),
  'deepStrictEqual sets': (a) => a.deepStrictEqual(new Set([1, 2, 3]), new Set([1, 2, 4])),
  'deepStrictEqual sym keys': (a) => a.deepStrictEqual({ [sym]: 1 }, { [sym]: 2 }),
  'deepStrictEqual dates': (a) => a.deepStrictEqual(new Date(0), new Date(1)),
  'deepStrictEqual regexps': (a) => a.deepStrictEqual(/a/g, /a/i),
  'deepStrictEqual strings': (a) => a.deepStrictEqual('a\nb', 'a\nc'),
  'deepStrictEqual typed': (a) => a.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])),
  'deepStrictEqual buffer': (a) => a.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')),
  'deepStrictEqual nested': (a) => a.deepStrictEqual({ a: { b: { c: { d: [1, 2, { e: 3 }] } } } }, { a: { b: { c: { d: [1, 2, { e: 4 }] } } } }),
  'deepStrictEqual circular': (a) => { const x = { a: 1 }; x.self = x; const y = { a: 2 }; y.self = y; a.deepStrictEqual(x, y); },
  'deepStrictEqual msg': (a) => a.deepStrictEqual(1, 2, 'my message'),
  'deepStrictEqual getters': (a) => a.deepStrictEqual({ get x() { return 1; } }, { get x() { return 2; } }),
  'deepStrictEqual long line': (a) => a.deepStrictEqual({ a: 'x'.repeat(90) }, { a: 'y'.repeat(90) }),
  'deepStrictEqual missing args': (a) => a.deepStrictEqual(),
  'notDeepStrictEqual fail': (a) => a.notDeepStrictEqual({ a: 1 }, { a: 1 }),
  'notDeepStrictEqual short': (a) => a.notDeepStrictEqual(1, 1),
  'notDeepStrictEqual ok': (a) => a.notDeepStrictEqual({ a: 1 }, { a: '1' }),
  'notDeepStrictEqual big': (a) => a.notDeepStrictEqual(longArr, [...longArr]),
  'deepEqual ok': (a) => a.deepEqual({ a: 1 }, { a: '1' }),
  'deepEqual fail': (a) => a.deepEqual({ a: 1 }, { a: 2 }),
  'deepEqual fail big': (a) => a.deepEqual(bigObj, bigObj2),
  'deepEqual prims': (a) => a.deepEqual(1, 2),
  'notDeepEqual same': (a) => a.notDeepEqual({ a: 1 }, { a: 1 }),
  'notDeepEqual loose': (a) => a.notDeepEqual({ a: 1 }, { a: '1' }),
  'notDeepEqual big': (a) => a.notDeepEqual(bigObj, JSON.parse(JSON.stringify(bigObj))),
  'notDeepEqual big loose': (a) => a.notDeepEqual(longArr, longArr.map(String)),
  'fail no args': (a) => a.fail(),
  'fail msg': (a) => a.fail('boom'),
  'fail error': (a) => a.fail(new TypeError('te')),
  'fail undefined': (a) => a.fail(undefined),
  'fail two': (a) => a.fail(1, 2),
  'fail three': (a) => a.fail(1, 2, 'three'),
  'fail four': (a) => a.fail(1, 2, undefined, '>'),
  'throws nothing': (a) => a.throws(() => {}),
  'throws nothing class': (a) => a.throws(() => {}, TypeError),
  'throws nothing msg': (a) => a.throws(() => {}, 'message'),
  'throws nothing class msg': (a) => a.throws(() => {}, TypeError, 'message'),
  'throws ok': (a) => a.throws(() => { throw new Error('x'); }),
  'throws class ok': (a) => a.throws(() => { throw new TypeError('x'); }, TypeError),
  'throws class base ok': (a) => a.throws(() => { throw new TypeError('x'); }, Error),
  'throws class mismatch': (a) => a.throws(() => { throw new Error('x'); }, TypeError),
  'throws class same name': (a) => a.throws(() => { throw new (class TypeError extends Error {})('m'); }, TypeError),
  'throws class non-error': (a) => a.throws(() => { throw 'str'; }, MyError),
  'throws class empty msg': (a) => a.throws(() => { throw new Error(''); }, MyError),
  'throws regexp ok': (a) => a.throws(() => { throw new Error('hello'); }, /hell/),
  'throws regexp fail': (a) => a.throws(() => { throw new Error('x'); }, /y/),
  'throws regexp msg': (a) => a.throws(() => { throw new Error('x'); }, /y/, 'custom'),
  'throws fn ok': (a) => a.throws(() => { throw new Error('x'); }, (e) => e.message === 'x'),
  'throws fn false': (a) => a.throws(() => { throw new Error('x'); }, () => false),
  'throws fn named': (a) => a.throws(() => { throw 5; }, function check() { return 1; }),
  'throws object ok': (a) => a.throws(() => { throw new Error('x'); }, { message: 'x', name: 'Error' }),
  'throws object fail': (a) => a.throws(() => { throw new Error('x'); }, { message: 'y' }),
  'throws object regexp': (a) => a.throws(() => { throw new Error('x'); }, { message: /y/, name: 'Error' }),
  'throws object regexp ok': (a) => a.throws(() => { throw new Error('xyz'); }, { message: /y/ }),
  'throws object nested': (a) => a.throws(() => { throw Object.assign(new Error('x'), { info: { a: 1, b: [1] } }); }, { info: { a: 1, b: [2] } }),
  'throws object nested ok': (a) => a.throws(() => { throw Object.assign(new Error('x'), { info: { a: 1 } }); }, { info: { a: 1 } }),
  'throws object missing key': (a) => a.throws(() => { throw new Error('x'); }, { code: 'E' }),
  'throws object msg': (a) => a.throws(() => { throw new Error('x'); }, { message: 'y' }, 'custom'),
  'throws object empty': (a) => a.throws(() => { throw new Error('x'); }, {}),
  'throws error instance': (a) => a.throws(() => { throw new TypeError('x'); }, new TypeError('x')),
  'throws error instance fail': (a) => a.throws(() => { throw new TypeError('x'); }, new RangeError('x')),
  'throws primitive thrown obj': (a) => a.throws(() => { throw 1; }, { a: 1 }),
  'throws null thrown': (a) => a.throws(() => { throw null; }, { a: 1 }),
  'throws not fn': (a) => a.throws('x'),
  'throws bad error arg': (a) => a.throws(() => { throw new Error('a'); }, 1),
  'throws string string': (a) => a.throws(() => { throw new Error('a'); }, 'x', 'y'),
  'throws ambiguous': (a) => a.throws(() => { throw new Error('a'); }, 'a'),
  'throws ambiguous prim': (a) => a.throws(() => { throw 'a'; }, 'a'),
  'throws Error fn on null': (a) => a.throws(() => { throw null; }, class X extends Error {}),
  'doesNotThrow ok': (a) => a.doesNotThrow(() => {}),
  'doesNotThrow fail': (a) => a.doesNotThrow(() => { throw new Error('x'); }),
  'doesNotThrow msg': (a) => a.doesNotThrow(() => { throw new Error('x'); }, 'msg'),
  'doesNotThrow regexp match': (a) => a.doesNotThrow(() => { throw new Error('x'); }, /x/),
  'doesNotThrow regexp no match': (a) => a.doesNotThrow(() => { throw new Error('x'); }, /y/),
  'doesNotThrow class match': (a) => a.doesNotThrow(() => { throw new TypeError('x'); }, TypeError, 'm'),
  'doesNotThrow class no match': (a) => a.doesNotThrow(() => { throw new TypeError('x'); }, RangeError),
  'doesNotThrow fn match': (a) => a.doesNotThrow(() => { throw new TypeError('x'); }, () => true),
  'doesNotThrow bad arg': (a) => a.doesNotThrow(() => { throw new Error('a'); }, 1),
  'doesNotThrow string thrown': (a) => a.doesNotThrow(() => { throw 'str'; }),
  'match ok': (a) => a.match('abc', /b/),
  'match fail': (a) => a.match('abc', /x/),
  'match not string': (a) => a.match(1, /x/),
  'match not regexp': (a) => a.match('a', 'a'),
  'match msg': (a) => a.match('abc', /x/, 'mm'),
  'match msg error': (a) => a.match('abc', /x/, new Error('own')),
  'doesNotMatch fail': (a) => a.doesNotMatch('abc', /b/),
  'doesNotMatch ok': (a) => a.doesNotMatch('abc', /x/),
  'doesNotMatch not string': (a) => a.doesNotMatch(Symbol('x'), /x/),
  'ifError null': (a) => a.ifError(null),
  'ifError undefined': (a) => a.ifError(undefined),
  'ifError error': (a) => a.ifError(new Error('e')),
  'ifError empty msg': (a) => a.ifError(new TypeError('')),
  'ifError obj empty msg': (a) => a.ifError({ message: '' }),
  'ifError string': (a) => a.ifError('str'),
  'ifError zero': (a) => a.ifError(0),
  'ifError false': (a) => a.ifError(false),
  'AssertionError ctor': (a) => { throw new a.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }); },
  'AssertionError ctor msg': (a) => { throw new a.AssertionError({ message: 'm', actual: 1 }); },
  'AssertionError ctor custom op': (a) => { throw new a.AssertionError({ actual: [1], expected: [2], operator: 'foo' }); },
  'AssertionError ctor bad': (a) => new a.AssertionError(1),
  'AssertionError long strings': (a) => { throw new a.AssertionError({ actual: 'a'.repeat(600), expected: 'b'.repeat(600), operator: 'x' }); },
  'strict equal': (a) => a.strict.equal(1, '1'),
  'strict deepEqual': (a) => a.strict.deepEqual({ a: 1 }, { a: '1' }),
  'strict notEqual': (a) => a.strict.notEqual(1, 1),
  'strict notDeepEqual': (a) => a.strict.notDeepEqual([1], [1]),
  'strict ok': (a) => a.strict.ok(0),
  'strict strict': (a) => a.strict.strict.strict(0),
};

// One comparison per deep-equality table row and assertion.
const deepA = deepCases();
const deepB = deepCases();
const pairFor = new Map();
for (const name of Object.keys(deepA)) {
  for (const fn of ['deepEqual', 'deepStrictEqual', 'notDeepEqual', 'notDeepStrictEqual']) {
    const key = `${fn}: ${name}`;
    cases[key] = (a) => {
      const [x, y] = (a === ours || a === oursStrict) ? deepA[name] : deepB[name];
      a[fn](x, y);
    };
    pairFor.set(key, true);
  }
}

function describe(err, mod) {
  if (err === undefined) return { threw: false };
  if (err === null || typeof err !== 'object') return { threw: true, value: err };
  const d = {
    threw: true,
    ctor: err.constructor && err.constructor.name,
    name: err.name,
    code: err.code,
    message: err.message,
    generatedMessage: err.generatedMessage,
    operator: err.operator,
    keys: Object.keys(err).join(','),
    stackHead: typeof err.stack === 'string' ? err.stack.split('\n')[0] : undefined,
    toString: String(err),
    isAssertionError: err instanceof mod.AssertionError,
  };
  for (const k of ['actual', 'expected']) {
    const v = err[k];
    d[k] = typeof v === 'function' ? `fn:${v.name}` :
      util.inspect(v, { depth: 4, customInspect: false, showHidden: false })
        .split('\n').filter((l) => !/^\s+at /.test(l)).join('\n');
  }
  return d;
}

function runCase(fn, mod) {
  try {
    fn(mod);
    return undefined;
  } catch (err) {
    return err;
  }
}

let pass = 0;
let fail = 0;
const failures = [];
function compare(name, o, t) {
  const a = JSON.stringify(o, null, 1);
  const b = JSON.stringify(t, null, 1);
  if (a === b) {
    pass++;
  } else {
    fail++;
    failures.push(`FAIL ${name}\n  ours: ${a}\n  node: ${b}`);
  }
}

for (const [name, fn] of Object.entries(cases)) {
  const stripFrames = (d) => {
    // Stacks differ; in validation-function messages node prints frames.
    if (d.message && /\n[-+ ]*\s+at /.test(d.message)) {
      d.message = d.message.split('\n').filter((l) => !/^[-+ ]*\s+at /.test(l)).join('\n');
      d.toString = undefined;
    }
    return d;
  };
  const oursErr = runCase(fn, ours);
  const theirsErr = runCase(fn, theirs);
  compare(name, stripFrames(describe(oursErr, ours)), stripFrames(describe(theirsErr, theirs)));
  if (!pairFor.has(name)) {
    const o2 = runCase(fn, oursStrict);
    const t2 = runCase(fn, theirsStrict);
    compare(`${name} [strict]`, stripFrames(describe(o2, ours)), stripFrames(describe(t2, theirs)));
  }
}

// Diff fuzz: random nested values and a mutated copy, through every
// comparison assertion (messages compared byte for byte).
{
  let seed = 99;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const leaf = () => [0, 1, -0, 'a', 'long string value here', null, undefined, true, NaN, 12345678][rand(10)];
  const gen = (depth) => {
    if (depth > 3 || rand(3) === 0) return leaf();
    if (rand(2)) {
      const arr = [];
      const n = rand(12);
      for (let i = 0; i < n; i++) arr.push(gen(depth + 1));
      return arr;
    }
    const obj = {};
    const n = rand(8);
    for (let i = 0; i < n; i++) obj[`k${rand(10)}`] = gen(depth + 1);
    return obj;
  };
  const mutate = (v, depth) => {
    if (v === null || typeof v !== 'object') return rand(3) === 0 ? leaf() : v;
    const copy = Array.isArray(v) ? v.map((x) => mutate(x, depth + 1)) : Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, mutate(x, depth + 1)]));
    if (Array.isArray(copy) && rand(4) === 0) copy.splice(rand(copy.length + 1), 0, leaf());
    if (!Array.isArray(copy) && rand(4) === 0) copy[`n${rand(5)}`] = leaf();
    return copy;
  };
  for (let i = 0; i < 400; i++) {
    const a = gen(0);
    const b = mutate(a, 0);
    for (const fn of ['deepStrictEqual', 'deepEqual', 'notDeepStrictEqual', 'notDeepEqual', 'strictEqual']) {
      const o = runCase((m) => m[fn](a, b), ours);
      const t = runCase((m) => m[fn](a, b), theirs);
      compare(`diff fuzz #${i} ${fn}`, o && o.message, t && t.message);
    }
  }
}

// Inspecting an AssertionError shortens long strings.
{
  const mk = (mod) => {
    try { mod.strictEqual('a'.repeat(600), 'x\n'.repeat(20)); } catch (e) { return e; }
  };
  const strip = (s) => s.split('\n').filter((l) => !l.includes('    at ')).join('\n');
  compare('inspect AssertionError', strip(util.inspect(mk(ours))), strip(util.inspect(mk(theirs))));
}

// The surface.
compare('keys', Object.keys(ours), Object.keys(theirs));
compare('strict keys', Object.keys(ours.strict), Object.keys(theirs.strict));
compare('fn shapes', Object.keys(ours).map((k) => [k, typeof ours[k], ours[k].name, ours[k].length]),
        Object.keys(theirs).map((k) => [k, typeof theirs[k], theirs[k].name, theirs[k].length]));
compare('assert/strict', oursStrict === ours.strict, theirsStrict === theirs.strict);
compare('AssertionError proto', Object.getOwnPropertyNames(ours.AssertionError.prototype),
        Object.getOwnPropertyNames(theirs.AssertionError.prototype));

// rejects / doesNotReject (async).
const asyncCases = {
  'rejects ok': (a) => a.rejects(Promise.reject(new Error('x'))),
  'rejects fn ok': (a) => a.rejects(async () => { throw new TypeError('x'); }, TypeError),
  'rejects nothing': (a) => a.rejects(Promise.resolve(1)),
  'rejects nothing class': (a) => a.rejects(Promise.resolve(1), TypeError),
  'rejects nothing msg': (a) => a.rejects(async () => {}, 'msg'),
  'rejects mismatch': (a) => a.rejects(Promise.reject(new Error('x')), { message: 'y' }),
  'rejects not promise': (a) => a.rejects(1),
  'rejects fn not promise': (a) => a.rejects(() => 1),
  'rejects thenable': (a) => a.rejects({ then(r, j) { j(new Error('t')); }, catch() {} }, /t/),
  'rejects sync throw fn': (a) => a.rejects(() => { throw new Error('sync'); }),
  'doesNotReject ok': (a) => a.doesNotReject(Promise.resolve(1)),
  'doesNotReject fail': (a) => a.doesNotReject(Promise.reject(new Error('x'))),
  'doesNotReject msg': (a) => a.doesNotReject(async () => { throw new Error('x'); }, 'msg'),
  'doesNotReject no match': (a) => a.doesNotReject(Promise.reject(new Error('x')), /y/),
  'doesNotReject bad': (a) => a.doesNotReject(1),
};

// CallTracker.
function trackerRun(mod) {
  const out = [];
  const tracker = new mod.CallTracker();
  function foo(x) { return x * 2; }
  const c = tracker.calls(foo, 2);
  const d = tracker.calls();
  out.push(c(3), c.name, c.length, d.name, d.length, typeof d());
  out.push(JSON.stringify(tracker.getCalls(c)));
  out.push(JSON.stringify(tracker.report().map((r) => ({ ...r, stack: typeof r.stack }))));
  try { tracker.verify(); } catch (e) { out.push(e.code, e.message, Object.keys(e).join()); }
  const e = tracker.calls(function bar() {}, 3);
  try { tracker.verify(); } catch (err) { out.push(err.code, err.message, Object.keys(err).join()); }
  tracker.reset(c);
  out.push(tracker.getCalls(c).length);
  c(1); c(1); d(); e(); e(); e();
  try { tracker.verify(); out.push('verified'); } catch (err) { out.push(err.message); }
  for (const bad of [() => tracker.getCalls(foo), () => tracker.calls(foo, 0.5),
    () => tracker.calls(foo, 0), () => tracker.reset(foo), () => tracker.calls('x')]) {
    try { bad(); } catch (err) { out.push(`${err.code} ${err.message}`); }
  }
  tracker.reset();
  out.push(tracker.report().length, mod.CallTracker.name);
  return out;
}

(async () => {
  for (const [name, fn] of Object.entries(asyncCases)) {
    const settle = async (mod) => { try { await fn(mod); return undefined; } catch (e) { return e; } };
    const o = await settle(ours);
    const t = await settle(theirs);
    compare(name, describe(o, ours), describe(t, theirs));
  }
  process.noDeprecation = true;
  compare('CallTracker', trackerRun(ours), trackerRun(theirs).map((x) => (typeof x === 'string' && x.includes('Cannot create proxy') ? x : x)));

  for (const f of failures) console.log(f);
  console.log(`assert: ${pass} passed, ${fail} failed`);
  if (loader.shimsUsed.size) console.log(`(shimmed: ${[...loader.shimsUsed].join(', ')})`);
  process.exitCode = fail === 0 ? 0 : 1;
})();
