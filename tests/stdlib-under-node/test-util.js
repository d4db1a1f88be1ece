'use strict';
// Mosaic's util against node's: surface, parseArgs (table + fuzz),
// promisify/callbackify, deprecate, debuglog (in child processes),
// system errors, styleText, toUSVString, parseEnv and the legacy helpers.
// Usage: node --expose-internals tests/stdlib-under-node/test-util.js

const loader = require('./loader');
const nodeUtil = require('util');
const ours = loader.require('util');
const theirs = nodeUtil;
const { spawnSync } = require('child_process');

let pass = 0;
let fail = 0;
const failures = [];
function same(name, o, t) {
  const a = nodeUtil.inspect(o, { depth: 8, breakLength: Infinity, sorted: false });
  const b = nodeUtil.inspect(t, { depth: 8, breakLength: Infinity, sorted: false });
  if (a === b) {
    pass++;
  } else {
    fail++;
    failures.push(`FAIL ${name}\n  ours: ${a}\n  node: ${b}`);
  }
}
function outcome(fn) {
  try {
    const value = fn();
    return { value };
  } catch (e) {
    return { error: e && e.code, name: e && e.name, message: e && e.message };
  }
}
function both(name, fn) {
  same(name, outcome(() => fn(ours)), outcome(() => fn(theirs)));
}

// --- surface
same('keys', Object.keys(ours), Object.keys(theirs));
same('descriptors', Object.keys(ours).map((k) => {
  const d = Object.getOwnPropertyDescriptor(ours, k);
  return [k, 'get' in d, d.enumerable, d.configurable, typeof ours[k]];
}), Object.keys(theirs).map((k) => {
  const d = Object.getOwnPropertyDescriptor(theirs, k);
  return [k, 'get' in d, d.enumerable, d.configurable, typeof theirs[k]];
}));
same('fn names', Object.keys(ours).filter((k) => typeof ours[k] === 'function' && !/^(MIME|Text)/.test(k))
  .map((k) => [k, ours[k].name, ours[k].length]),
Object.keys(theirs).filter((k) => typeof theirs[k] === 'function' && !/^(MIME|Text)/.test(k))
  .map((k) => [k, theirs[k].name, theirs[k].length]));
same('promisify.custom', ours.promisify.custom, theirs.promisify.custom);
same('inspect.custom', ours.inspect.custom, theirs.inspect.custom);
same('types keys', Object.keys(ours.types).sort(), Object.keys(theirs.types).sort());
same('util/types', loader.require('util/types') === ours.types, require('util/types') === theirs.types);
same('TextEncoder works', new ours.TextEncoder().encode('hé'), new theirs.TextEncoder().encode('hé'));
same('TextDecoder works', new ours.TextDecoder().decode(new Uint8Array([104, 195, 169])), 'hé');

// --- legacy helpers
const samples = [undefined, null, 0, 1, NaN, '', 'x', true, false, Symbol.iterator, 1n, {}, [],
  () => {}, new Date(), /x/, new Error('e'), Object.create(null), Buffer.from('x'), new Uint8Array(1),
  { [Symbol.toStringTag]: 'Error' }, Object.create(Error.prototype)];
for (const fn of ['isArray', 'isBoolean', 'isBuffer', 'isNull', 'isNullOrUndefined', 'isNumber',
  'isString', 'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError',
  'isFunction', 'isPrimitive']) {
  same(fn, samples.map((v) => ours[fn](v)), samples.map((v) => theirs[fn](v)));
}
both('_extend', (u) => u._extend({ a: 1 }, { b: 2, c: 3 }));
both('_extend null', (u) => u._extend({ a: 1 }, null));
both('isDeepStrictEqual', (u) => [u.isDeepStrictEqual({ a: [1] }, { a: [1] }), u.isDeepStrictEqual(1, '1'), u.isDeepStrictEqual(1)]);
both('_errnoException', (u) => { const e = u._errnoException(-2, 'open', 'x'); return [e.message, e.code, e.errno, e.syscall]; });
both('_exceptionWithHostPort', (u) => { const e = u._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80); return [e.message, e.code, e.errno, e.syscall, e.address, e.port]; });

// --- inherits
both('inherits', (u) => {
  function A() {} A.prototype.hi = () => 'hi';
  function B() {}
  u.inherits(B, A);
  return [B.super_ === A, new B().hi(), Object.keys(B), Object.getOwnPropertyDescriptor(B, 'super_').enumerable];
});
both('inherits null ctor', (u) => u.inherits(null, function() {}));
both('inherits null super', (u) => u.inherits(function() {}, null));
both('inherits no proto', (u) => u.inherits(function() {}, () => {}));

// --- system errors
for (const v of [-2, -13, -4095, -3008, -99999, 1, 0, -1.5, 'x', NaN, -Infinity, 2 ** 60 * -1]) {
  both(`getSystemErrorName ${String(v)}`, (u) => u.getSystemErrorName(v));
}
same('getSystemErrorMap', [...ours.getSystemErrorMap()].sort((a, b) => a[0] - b[0]),
     [...theirs.getSystemErrorMap()].sort((a, b) => a[0] - b[0]));

// --- toUSVString, stripVTControlCharacters
for (const s of ['abc', 'a\ud800b', '\udc00', '\ud83d\ude00', 'x\ud83d', '\ud83d\ud83d\ude00', 5, { toString() { return '\ud800'; } }]) {
  both(`toUSVString ${JSON.stringify(String(s))}`, (u) => u.toUSVString(s));
}
both('stripVTControlCharacters', (u) => u.stripVTControlCharacters('\u001b[31mred\u001b[39m'));

// --- styleText (stdout is a pipe here)
for (const [fmt, text, opts] of [['red', 'x'], [['bold', 'red'], 'x'], ['red', 'x', { validateStream: false }],
  ['nope', 'x'], ['red', 1], [1, 'x'], [['red', 'nope'], 'x'], ['reset', 'x'], [[], 'x'],
  ['red', 'x', { stream: 1 }], ['red', 'x', { stream: {} }], ['red', 'x', { validateStream: 1 }],
  ['red', 'x', { stream: process.stderr }], [['gray', 'bgRed'], 'x', { validateStream: false }],
  ['italic', 'x', { validateStream: false }], ['red', 'x', null]]) {
  both(`styleText ${JSON.stringify([fmt, text, opts])}`, (u) => u.styleText(fmt, text, opts));
}

// --- deprecate (argument checks; warnings are checked in a child below)
both('deprecate bad fn', (u) => u.deprecate(1, 'x'));
both('deprecate bad code', (u) => u.deprecate(() => {}, 'x', 1));
both('deprecate shape', (u) => {
  function Foo(a, b) { this.a = a; }
  Foo.prototype.x = 1;
  const D = u.deprecate(Foo, 'msg');
  const prev = process.noDeprecation;
  process.noDeprecation = true;
  const inst = new D(5);
  process.noDeprecation = prev;
  return [D.name, D.length, Object.getPrototypeOf(D) === Foo, D.prototype === Foo.prototype, inst instanceof Foo, inst instanceof D, inst.a];
});

// --- promisify / callbackify (sync-visible parts; async parts below)
both('promisify bad', (u) => u.promisify(1));
both('promisify custom bad', (u) => u.promisify(Object.assign(() => {}, { [u.promisify.custom]: 1 })));
both('promisify custom', (u) => {
  const custom = () => 'c';
  const f = Object.assign(() => {}, { [u.promisify.custom]: custom });
  const p = u.promisify(f);
  return [p === custom, p[u.promisify.custom] === custom, Object.getOwnPropertyDescriptor(custom, u.promisify.custom).writable];
});
both('promisify shape', (u) => {
  function original(a, b, cb) {}
  original.extra = 5;
  Object.defineProperty(original, 'hidden', { value: 1, enumerable: false });
  const p = u.promisify(original);
  return [p.name, p.length, p.extra, p.hidden, p[u.promisify.custom] === p, u.promisify(p) === p,
    Object.getPrototypeOf(p) === Function.prototype, Object.keys(p)];
});
both('promisify async fn proto', (u) => Object.getPrototypeOf(u.promisify(async function f() {})) === Object.getPrototypeOf(async () => {}));
both('callbackify bad', (u) => u.callbackify(1));
both('callbackify no cb', (u) => u.callbackify(async () => {})(1));
both('callbackify shape', (u) => {
  async function foo(a, b) {}
  foo.extra = 1;
  const c = u.callbackify(foo);
  return [c.name, c.length, c.extra, Object.keys(c)];
});
both('callbackify weird name', (u) => {
  const f = async () => {};
  Object.defineProperty(f, 'name', { value: 5 });
  Object.defineProperty(f, 'length', { value: 'x' });
  const c = u.callbackify(f);
  return [c.name, c.length];
});

// --- parseArgs table
const argCases = [
  {}, { args: [] }, { args: ['--foo'], options: { foo: { type: 'boolean' } } },
  { args: ['--no-foo'], options: { foo: { type: 'boolean' } }, allowNegative: true },
  { args: ['--no-foo'], options: { foo: { type: 'string' } }, allowNegative: true },
  { args: ['--no-foo=1'], options: { foo: { type: 'boolean' } }, allowNegative: true },
  { args: ['--no-foo', '--foo'], options: { foo: { type: 'boolean', multiple: true } }, allowNegative: true },
  { args: ['--no-foo'], options: {}, allowNegative: true, strict: false },
  { args: ['--no-foo'], options: { 'no-foo': { type: 'boolean' } }, allowNegative: true, tokens: true },
  { args: ['--no-foo', 'x'], options: { foo: { type: 'string' } }, allowNegative: true, strict: false, tokens: true },
  { args: ['--no-foo=bar'], options: {}, allowNegative: true, strict: false, tokens: true },
  { args: ['--no-foo', 'bar'], options: { 'no-foo': { type: 'string' } }, allowNegative: true, tokens: true },
  { args: ['-n'], options: { 'no-x': { type: 'boolean', short: 'n' } }, allowNegative: true, tokens: true },
  { args: ['--no-f'], options: { foo: { type: 'boolean', short: 'f' } }, allowNegative: true },
  { args: ['--no-'], options: {}, allowNegative: true, strict: false, tokens: true },
  { args: ['--no-foo'], options: { foo: { type: 'boolean', default: true } }, allowNegative: true },
  { args: ['--no-foo'], options: { foo: { type: 'boolean', short: 'f' }, 'no-foo': { type: 'string' } }, allowNegative: true },
  { args: ['-abc', '--', '-x'], options: { a: { type: 'boolean' }, b: { type: 'string', short: 'b' } }, tokens: true, allowPositionals: true },
  { args: ['--foo'], options: { foo: { type: 'string' } } },
  { args: ['-f', '-x'], options: { foo: { type: 'string', short: 'f' } } },
  { args: ['--foo', '-x'], options: { foo: { type: 'string' } } },
  { args: ['--foo=1'], options: { foo: { type: 'boolean', short: 'f' } } },
  { args: ['--bar'], options: { foo: { type: 'boolean' } } },
  { args: ['--bar'], options: { foo: { type: 'boolean' } }, allowPositionals: true },
  { args: ['x'], options: {} }, { args: ['x'], options: {}, allowNegative: 1 },
  { options: { foo: { type: 'boolean', default: 1 } } },
  { options: { foo: { type: 'string', multiple: true, default: ['a', 1] } } },
  { options: { foo: { type: 'string', multiple: 'yes' } } },
  { options: { foo: { type: 'number' } } }, { options: { foo: { type: 'string', short: 'ab' } } },
  { options: { foo: { type: 'string', short: 1 } } }, { options: { foo: 1 } }, { options: 1 },
  { args: 'x' }, { strict: 1 }, { tokens: 'y' }, { allowPositionals: 0 },
  { args: ['--__proto__', 'x'], strict: false }, { args: ['--__proto__'], options: { ['__proto__']: { type: 'boolean' } } },
  { args: ['a'], strict: false }, { args: ['-'], strict: false },
  { args: ['---'], strict: false, tokens: true }, { args: ['--=a'], strict: false, tokens: true },
  { args: ['-=a'], strict: false, tokens: true }, { args: ['-f=a'], options: { f: { type: 'string' } }, tokens: true },
  { args: ['-fb', 'x'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string', short: 'b' } }, tokens: true },
  { args: ['-bf', 'x'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string', short: 'b' } }, tokens: true, strict: false },
  { args: ['-xyz'], strict: false, tokens: true },
  { args: ['--foo', '--bar'], options: { foo: { type: 'string' } }, strict: false, tokens: true },
  { args: ['--foo', 'a', '--foo', 'b'], options: { foo: { type: 'string', multiple: true, default: ['z'] } } },
  { args: [], options: { foo: { type: 'string', multiple: true, default: ['z'] }, bar: { type: 'boolean', default: false } } },
  { args: ['--foo', ''], options: { foo: { type: 'string' } } },
  { args: ['--foo', '-'], options: { foo: { type: 'string' } } },
  { args: ['-f', '--'], options: { foo: { type: 'string', short: 'f' } }, tokens: true },
  { args: ['--', '--foo'], options: { foo: { type: 'string', short: 'f' } } },
  { args: ['--', '--foo'], options: { foo: { type: 'string', short: 'f' } }, allowPositionals: true, tokens: true },
  { args: ['--foo'], options: { foo: { type: 'boolean', multiple: true } } },
  { args: ['-ab'], options: { a: { type: 'boolean' }, b: { type: 'boolean', short: 'b' } } },
  { args: ['-abVALUE'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } }, tokens: true },
  { args: ['-aVALUE'], options: { a: { type: 'boolean', short: 'a' } } },
  { args: ['-a', 'b'], options: { a: { type: 'boolean', short: 'a' } } },
  { args: ['--a', 'b'], options: { a: { type: 'boolean' } }, allowPositionals: true },
  { args: ['--a=b=c'], options: { a: { type: 'string' } } },
  { args: ['--a='], options: { a: { type: 'string' } } },
  { args: ['--a=', 'x'], options: { a: { type: 'string' } }, allowPositionals: true, tokens: true },
  { args: ['-b', '--a', 'x'], options: { a: { type: 'string', short: 'b' } } },
  { args: ['-b', '--a', 'x'], options: { a: { type: 'string', short: 'b' } }, strict: false },
  { args: ['--toString'], strict: false }, { args: ['--toString'], options: {} },
  { args: ['--foo'], options: Object.create({ foo: { type: 'boolean' } }) },
  { args: ['--foo'], options: { foo: Object.create({ type: 'boolean' }) } },
  { args: ['x', '--foo', 'y'], options: { foo: { type: 'boolean' } }, allowPositionals: true, tokens: true },
  { args: ['--foo', 'x', 'y'], options: { foo: { type: 'string', default: 'z' } }, allowPositionals: true },
];
argCases.forEach((config, i) => {
  both(`parseArgs #${i} ${JSON.stringify(config)}`, (u) => {
    const r = u.parseArgs(config);
    return { values: { ...r.values }, proto: Object.getPrototypeOf(r.values), positionals: r.positionals, tokens: r.tokens, keys: Object.keys(r) };
  });
});

// --- parseArgs fuzz
let seed = 7;
const rand = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const vocab = ['-a', '-b', '-c', '-ab', '-ba', '-abc', '-bx', '-bVAL', '--alpha', '--beta', '--gamma',
  '--alpha=1', '--beta=', '--beta=v', '--no-alpha', '--no-beta', '--no-gamma=1', '--', '-', 'pos', 'x',
  '-z', '--zeta', '-=', '--=', '---', '-a-b', 'v'];
for (let i = 0; i < 3000; i++) {
  const options = {};
  if (rand(3)) options.alpha = { type: ['boolean', 'string'][rand(2)], short: 'a' };
  if (rand(3)) options.beta = { type: ['boolean', 'string'][rand(2)], ...(rand(2) ? { short: 'b' } : {}), ...(rand(3) === 0 ? { multiple: true } : {}) };
  if (rand(2)) options.gamma = { type: 'boolean', short: 'c', ...(rand(2) ? { default: false } : {}) };
  if (rand(4) === 0) options['no-beta'] = { type: 'boolean' };
  const args = [];
  const n = rand(5);
  for (let j = 0; j < n; j++) args.push(vocab[rand(vocab.length)]);
  const config = { args, options };
  if (rand(2)) config.strict = rand(2) === 0;
  if (rand(2)) config.allowPositionals = rand(2) === 0;
  if (rand(2)) config.allowNegative = rand(2) === 0;
  if (rand(2)) config.tokens = true;
  const run = (u) => {
    const r = u.parseArgs(JSON.parse(JSON.stringify(config)));
    return { values: { ...r.values }, positionals: r.positionals, tokens: r.tokens };
  };
  both(`parseArgs fuzz ${JSON.stringify(config)}`, run);
}

// --- parseEnv
for (const text of ['A=1\nB=2', 'A = 1 ', 'export A=1', 'A="x y"', "A='x y'", 'A=`x`', 'A="a\\nb"', "A='a\\nb'",
  'A="multi\nline"', "A='multi\nline'", 'A=x # comment', 'A="x # not"', '# c\nA=1', 'A', '=1', ' A=1',
  'A=1\r\nB=2', 'A="unterminated', 'A=  spaced value  ', 'A=', 'A=""', 'A="x"y', 'A=1=2', 'export  A=1',
  'A.B=1', 'A-B=1', 'A="x"\nB=2', 'A=x\tB', 'A=\'x"y\'', 'A=1\nA=2', 'exportA=1', ' export A = 1',
  'A=#x', 'A= #x', 'A="x" # c', 'A=`a\nb`', 'A=a\\nb', 'A=\'unterminated\nB=2', 'A="x\ny"\nB=3',
  'A="unterminated\nB=2', 'export =1', 'export A', 'A="a" "b"', 'A="unterm  \nB=2', 1]) {
  both(`parseEnv ${JSON.stringify(text)}`, (u) => u.parseEnv(text));
}

// --- MIMEType / MIMEParams
for (const input of ['text/html; charset=UTF-8', ' TEXT/HTML ; Charset="utf-8" ; foo ; a="b\\"c"; x=;y=""',
  'text', 'te xt/html', 'text/ht ml', '/html', 'text/', 'text/html;', 'text/html;;;a=b', 'text/html;a="unterminated',
  'text/html;a="x\\', 'text/html;a="x" junk;b=2', 'text/html;a=1;a=2', 'text/html;A=1;a=2', 'text/html;a=\u0100',
  'text/html;\u0100=x', 'text/html;a= spaced value  ', 'text/html;a="q"', 'text/html;a=tok;b="needs quote";c="";d="\\\\"',
  '\t\n text/plain\t', 'text/plain ;a=b', 'text /plain', 'text/plain\u0000', 'a/b;c', 'a/b;c=', 'a/b; =x',
  'a/b;c="d\\"e";f=g h', 'a/b;c=d;', 'a/b;c=d ;e=f', 'A/B', 1, null, {}]) {
  both(`MIMEType ${JSON.stringify(input)}`, (u) => {
    const m = new u.MIMEType(input);
    return [m.type, m.subtype, m.essence, String(m), [...m.params], m.params.toString(), JSON.stringify(m), nodeUtil.inspect(m)];
  });
}
both('MIMEType setters', (u) => {
  const m = new u.MIMEType('text/html');
  m.subtype = 'Sub';
  m.type = 'IMAGE';
  const errors = [];
  for (const [k, v] of [['type', 'x y'], ['type', ''], ['subtype', 'a/b']]) {
    try { m[k] = v; } catch (e) { errors.push([e.code, e.message]); }
  }
  return [String(m), errors];
});
both('MIMEParams', (u) => {
  const m = new u.MIMEType('text/html;a=1');
  m.params.set('b', 'a b');
  m.params.set('C', 'x');
  m.params.set('d', '');
  const errors = [];
  for (const [k, v] of [['a b', 'x'], ['', 'x'], ['a', '\u0100']]) {
    try { m.params.set(k, v); } catch (e) { errors.push([e.code, e.message]); }
  }
  m.params.delete('a');
  const p = new u.MIMEParams();
  p.set('x', 'y');
  return [String(m), m.params.toJSON(), [...m.params.keys()], [...m.params.values()], m.params.has('b'),
    m.params.get('zz'), m.params.get('c'), errors, String(p), nodeUtil.inspect(p)];
});
both('MIME prototypes', (u) => [Object.getOwnPropertyNames(u.MIMEType.prototype),
  Object.getOwnPropertyNames(u.MIMEParams.prototype), typeof u.MIMEParams.prototype[Symbol.iterator],
  u.MIMEType.length, u.MIMEParams.length]);

// --- child processes: deprecate warnings, debuglog, util.log
const childScript = (which) => `
  const loader = require(${JSON.stringify(require.resolve('./loader'))});
  const util = ${which === 'ours' ? "loader.require('util')" : "require('util')"};
  const mode = process.argv[${which === 'ours' ? 1 : 1}];
  process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
  if (mode === 'deprecate') {
    const a = util.deprecate(() => 'a', 'msg A', 'DEP_X1');
    const b = util.deprecate(() => 'b', 'msg B', 'DEP_X1');
    const c = util.deprecate(function c() { return 'c'; }, 'msg C');
    console.log(a(), a(), b(), c(), c());
  } else if (mode === 'throw') {
    process.throwDeprecation = true;
    try { util.deprecate(() => 1, 'thrown', 'DEP_T')(); } catch (e) { console.log('caught', e.name, e.code, e.message); }
  } else if (mode === 'debuglog') {
    const names = ['foo', 'fooz', 'bar', 'baz', 'ba?', 'x'];
    console.log(names.map((n) => util.debuglog(n).enabled).join());
    util.debuglog('foo')('hello %s %d', 'w', 42, { x: 1 });
    util.debuglog('bar')({ y: [1, 2] });
    let got;
    util.debuglog('foo2', (fn) => { got = fn; })('x');
    console.log(typeof got, got.name);
    util.debuglog('nope', (fn) => { got = fn; })('x');
    console.log(typeof got, got.name, util.debuglog('q').name, util.debuglog('q').length);
  } else if (mode === 'log') {
    util.log('a %s', 'b', { c: 1 });
  }
`;
function child(which, mode, env = {}) {
  const r = spawnSync(process.execPath, ['--expose-internals', '-e', childScript(which), mode],
                      { env: { ...process.env, ...env }, encoding: 'utf8' });
  // The harness's own --expose-internals warning and node's one-time
  // '(Use `node --trace-...' hint differ between the two runs.
  const keep = (l) => !/internal\/test|--trace-(warnings|deprecation)/.test(l);
  return { stdout: r.stdout.split('\n').filter(keep).join('\n')
    .replace(/\d+ \w{3} \d\d:\d\d:\d\d/, 'TIME').replace(/ \d+: /g, ' PID: '),
  stderr: r.stderr.split('\n').filter(keep).join('\n')
    .replace(/ \d+: /g, ' PID: ').replace(/\(node:\d+\)/g, '(node:PID)')
    .replace(/at \[eval\]:\d+:\d+/g, 'at [eval]') };
}
same('deprecate child', child('ours', 'deprecate'), child('theirs', 'deprecate'));
same('deprecate --no-deprecation', child('ours', 'deprecate', { NODE_OPTIONS: '--no-deprecation' }),
     child('theirs', 'deprecate', { NODE_OPTIONS: '--no-deprecation' }));
same('throwDeprecation', child('ours', 'throw'), child('theirs', 'throw'));
same('debuglog', child('ours', 'debuglog', { NODE_DEBUG: 'foo*,BAR,ba?' }),
     child('theirs', 'debuglog', { NODE_DEBUG: 'foo*,BAR,ba?' }));
same('debuglog http', child('ours', 'debuglog', { NODE_DEBUG: 'http,foo' }),
     child('theirs', 'debuglog', { NODE_DEBUG: 'http,foo' }));
same('util.log', child('ours', 'log'), child('theirs', 'log'));

// --- async: promisify, callbackify, aborted
(async () => {
  const asyncCases = {
    'promisify resolve': (u) => u.promisify((a, cb) => cb(null, a * 2))(21),
    'promisify reject': (u) => u.promisify((cb) => cb(new Error('bad')))(),
    'promisify falsy err': (u) => u.promisify((cb) => cb(0, 'v'))(),
    'promisify multi': (u) => u.promisify((cb) => cb(null, 1, 2))(),
    'promisify this': (u) => { const o = { x: 3, f: u.promisify(function(cb) { cb(null, this.x); }) }; return o.f(); },
    'promisify throws': (u) => u.promisify(() => { throw new Error('sync'); })(),
    'promisify setTimeout custom': (u) => u.promisify(setTimeout)(1, 'v'),
    'callbackify ok': (u) => new Promise((res) => u.callbackify(async (a) => a + 1)(1, (...args) => res(args))),
    'callbackify reject': (u) => new Promise((res) => u.callbackify(async () => { throw new Error('r'); })((...args) => res(args.map((x) => x && x.message)))),
    'callbackify falsy': (u) => new Promise((res) => u.callbackify(() => Promise.reject(null))((err) => res([err.code, err.message, err.reason, err.name]))),
    'callbackify falsy 0': (u) => new Promise((res) => u.callbackify(() => Promise.reject(0))((err) => res([err.code, err.message, err.reason]))),
    'callbackify this': (u) => new Promise((res) => { const o = { x: 5, f: u.callbackify(async function() { return this.x; }) }; o.f((e, v) => res([e, v])); }),
    'callbackify order': (u) => new Promise((res) => { const log = []; u.callbackify(async () => 1)(() => { log.push('cb'); res(log); }); process.nextTick(() => log.push('tick')); }),
    'aborted bad signal': (u) => u.aborted(1, {}),
    'aborted undefined': (u) => u.aborted(undefined, {}),
    'aborted bad resource': (u) => u.aborted(new AbortController().signal, 1),
    'aborted already': (u) => u.aborted(AbortSignal.abort(), {}),
    'aborted later': (u) => { const ac = new AbortController(); const p = u.aborted(ac.signal, {}); setTimeout(() => ac.abort(), 5); return p.then((e) => [e.type, e.constructor.name]); },
    'transferableAbortSignal bad': (u) => u.transferableAbortSignal(1),
    'transferableAbortSignal ok': (u) => { const s = new AbortController().signal; return u.transferableAbortSignal(s) === s; },
    'transferableAbortController': (u) => u.transferableAbortController() instanceof AbortController,
  };
  for (const [name, fn] of Object.entries(asyncCases)) {
    const settle = async (u) => {
      try {
        return { value: await fn(u) };
      } catch (e) {
        return { error: e && e.code, message: e && e.message };
      }
    };
    same(name, await settle(ours), await settle(theirs));
  }

  for (const f of failures) console.log(f);
  console.log(`util: ${pass} passed, ${fail} failed`);
  if (loader.shimsUsed.size) console.log(`(shimmed: ${[...loader.shimsUsed].join(', ')})`);
  process.exitCode = fail === 0 ? 0 : 1;
})();
