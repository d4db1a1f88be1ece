'use strict';

// Compares core/js/internal/util/inspect.js, internal/util/types.js and
// internal/console.js against the system node's own implementations.
//
//   node --expose-internals core/js/test-harness/run.js [-v] [--js-types] [filter]
//
// -v prints every failing case in full; `filter` runs only cases whose
// name contains it; --js-types runs with the JS brand-check fallbacks of
// internal/util/types instead of the optional native checks. Exits non-zero on any mismatch. Last line:
// "N passed, N failed".

const util = require('util');
const { builtinModules } = require('module');
const { Console: NodeConsole } = require('console');
const { createLoader, nodeInternalBinding } = require('./loader');

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const filter = args.find((a) => !a.startsWith('-')) ?? '';

// --js-types: give types.js only the checks it cannot do in JS, so that its
// brand-check fallbacks are what inspect runs on.
const kRequiredTypeChecks = [
  'isExternal', 'isArgumentsObject', 'isNativeError', 'isAsyncFunction',
  'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMapIterator',
  'isSetIterator', 'isProxy', 'isModuleNamespaceObject',
];
function minimalTypesBinding() {
  const full = nodeInternalBinding('types');
  return Object.fromEntries(kRequiredTypeChecks.map((name) => [name, full[name]]));
}

// Our clock for console.time, driven by the console scenarios.
let fakeNowMs = 0;
const overrides = { performance: { now: () => fakeNowMs } };
if (args.includes('--js-types')) overrides.types = minimalTypesBinding();
const loader = createLoader(overrides);
const mine = loader.require('internal/util/inspect');
const myTypes = loader.require('internal/util/types');
const { Console: MyConsole, createGlobalConsole, formatTime } =
  loader.require('internal/console');

// With --expose-internals, builtinModules lists internal ids too: exactly
// the ids whose stack frames node greys out.
const builtinIds = new Set(builtinModules);
mine.setCoreModuleChecker((id) => builtinIds.has(id));

let passed = 0;
let failed = 0;
const failures = [];

function check(group, name, actual, expected) {
  if (filter && !`${group} ${name}`.includes(filter)) return;
  if (actual === expected) {
    passed++;
  } else {
    failed++;
    failures.push({ group, name, actual, expected });
  }
}

// Runs fn, turning a thrown error into a comparable string.
function capture(fn) {
  try {
    return fn();
  } catch (err) {
    return `THROWS ${err && err.name}: ${err && err.message} [${err && err.code}]`;
  }
}

// --- util.inspect --------------------------------------------------------------

function runInspectCases() {
  const { buildCases } = require('./cases-inspect');
  for (const { name, value, args: callArgs } of buildCases()) {
    check('inspect', name,
          capture(() => mine.inspect(value, ...callArgs)),
          capture(() => util.inspect(value, ...callArgs)));
    // Every plain case again with colours.
    const opts = callArgs[0];
    if (callArgs.length <= 1 && (opts === undefined ||
        (typeof opts === 'object' && opts !== null && !('colors' in opts)))) {
      const colored = [{ ...opts, colors: true }];
      check('inspect', `${name} [colors]`,
            capture(() => mine.inspect(value, ...colored)),
            capture(() => util.inspect(value, ...colored)));
    }
  }
}

function runRandomCases() {
  const { buildCases } = require('./cases-random');
  for (const { name, value, args: callArgs } of buildCases()) {
    check('random', name,
          capture(() => mine.inspect(value, ...callArgs)),
          capture(() => util.inspect(value, ...callArgs)));
  }
}

function runDefaultOptionsCases() {
  const samples = [
    { a: { b: { c: { d: 1 } } } }, Array.from({ length: 120 }, (_, i) => i), 'x'.repeat(30),
    { long: 'y'.repeat(100), arr: [1, 2, 3] }, new Map([[1, { a: 1 }]]), 1234567,
  ];
  const variants = [
    { depth: 0 }, { depth: null }, { colors: true }, { maxArrayLength: 3 }, { maxStringLength: 5 },
    { breakLength: 20 }, { compact: false }, { compact: true }, { sorted: true },
    { numericSeparator: true }, { showHidden: true }, { customInspect: false },
  ];
  const saved = { ...util.inspect.defaultOptions };
  for (const variant of variants) {
    util.inspect.defaultOptions = variant;
    mine.inspect.defaultOptions = variant;
    samples.forEach((sample, i) => {
      const label = `defaultOptions ${JSON.stringify(variant)} sample ${i}`;
      check('defaults', label, mine.inspect(sample), util.inspect(sample));
      check('defaults', `${label} format`, mine.format('%s %d', sample, 1234567), util.format('%s %d', sample, 1234567));
    });
    util.inspect.defaultOptions = saved;
    mine.inspect.defaultOptions = saved;
  }
  check('defaults', 'restored', JSON.stringify(mine.inspect.defaultOptions),
        JSON.stringify(util.inspect.defaultOptions));
  for (const bad of [null, 5, 'str', [], undefined, { unknownKey: 1 }]) {
    check('defaults', `invalid ${util.inspect(bad)}`,
          capture(() => { mine.inspect.defaultOptions = bad; }),
          capture(() => { util.inspect.defaultOptions = bad; }));
  }
  check('defaults', 'after invalid', JSON.stringify(mine.inspect.defaultOptions),
        JSON.stringify(util.inspect.defaultOptions));
}

function runStaticShapeCases() {
  const describeColors = (colors) => Object.getOwnPropertyNames(colors).map((k) => {
    const d = Object.getOwnPropertyDescriptor(colors, k);
    return `${k}:${d.enumerable}:${JSON.stringify(colors[k])}`;
  }).join(' ');
  check('shape', 'inspect.colors', describeColors(mine.inspect.colors), describeColors(util.inspect.colors));
  check('shape', 'inspect.colors proto', Object.getPrototypeOf(mine.inspect.colors), Object.getPrototypeOf(util.inspect.colors));
  check('shape', 'inspect.styles', util.inspect(mine.inspect.styles), util.inspect(util.inspect.styles));
  check('shape', 'inspect.custom', mine.inspect.custom, util.inspect.custom);
  check('shape', 'defaultOptions', util.inspect(mine.inspect.defaultOptions), util.inspect(util.inspect.defaultOptions));
  check('shape', 'defaultOptions sealed', Object.isSealed(mine.inspect.defaultOptions), Object.isSealed(util.inspect.defaultOptions));

  // Custom styles are honoured.
  const style = (insp) => {
    const old = insp.styles.number;
    insp.styles.number = 'red';
    insp.colors.grey = [1, 2];
    try {
      return insp({ n: 1, u: undefined }, { colors: true });
    } finally {
      insp.styles.number = old;
      insp.colors.grey = [90, 39];
    }
  };
  check('shape', 'custom style', style(mine.inspect), style(util.inspect));
}

// Deep recursion: both must stop with the "interrupted" marker (the exact
// depth depends on stack frame sizes, so only the shape is compared).
function runStackOverflowCases() {
  let deep = [];
  for (let i = 0; i < 200000; i++) deep = [deep];
  const marker = /\[Array: Inspection interrupted prematurely\. Maximum call stack size exceeded\.\]/;
  const ours = capture(() => mine.inspect(deep, { depth: Infinity }));
  const theirs = capture(() => util.inspect(deep, { depth: Infinity }));
  check('overflow', 'deep array marker', marker.test(ours), marker.test(theirs));
  check('overflow', 'deep array starts alike', ours.slice(0, 40), theirs.slice(0, 40));
  let obj = {};
  for (let i = 0; i < 200000; i++) obj = { next: obj };
  const objMarker = /\[Object: Inspection interrupted prematurely/;
  check('overflow', 'deep object marker',
        objMarker.test(capture(() => mine.inspect(obj, { depth: null }))),
        objMarker.test(capture(() => util.inspect(obj, { depth: null }))));
}

// Module namespace objects, including a binding still in its TDZ.
async function runModuleNamespaceCases() {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const ns = await import('data:text/javascript,export const a = 1; export let b = { x: [1, 2] }; ' +
    'export default function f() {}; export const s = Symbol("m");');
  check('namespace', 'namespace', mine.inspect(ns), util.inspect(ns));
  check('namespace', 'namespace colors', mine.inspect(ns, { colors: true }), util.inspect(ns, { colors: true }));
  check('namespace', 'namespace showHidden', mine.inspect(ns, { showHidden: true }), util.inspect(ns, { showHidden: true }));
  check('namespace', 'namespace nested', mine.inspect({ ns }), util.inspect({ ns }));
  check('namespace', 'namespace depth', mine.inspect({ a: { b: { ns } } }), util.inspect({ a: { b: { ns } } }));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-ns-'));
  fs.writeFileSync(path.join(dir, 'a.mjs'),
                   "import './b.mjs';\nexport let late = 1;\nexport const early = 2;\nexport function hoisted() {}\n");
  fs.writeFileSync(path.join(dir, 'b.mjs'),
                   "import * as ns from './a.mjs';\nglobalThis.__inspectTdz(ns);\n");
  let results;
  globalThis.__inspectTdz = (namespace) => {
    results = [
      [capture(() => mine.inspect(namespace)), capture(() => util.inspect(namespace))],
      [capture(() => mine.inspect(namespace, { colors: true })), capture(() => util.inspect(namespace, { colors: true }))],
      [capture(() => mine.inspect(namespace, { showHidden: true })), capture(() => util.inspect(namespace, { showHidden: true }))],
    ];
  };
  await import(path.join(dir, 'a.mjs'));
  fs.rmSync(dir, { recursive: true });
  results.forEach(([a, b], i) => check('namespace', `tdz namespace ${i}`, a, b));
}

// --- util.format -----------------------------------------------------------------

function runFormatCases() {
  const { buildCases } = require('./cases-format');
  for (const { name, args: fmtArgs, options } of buildCases()) {
    if (options === undefined) {
      check('format', name, capture(() => mine.format(...fmtArgs)), capture(() => util.format(...fmtArgs)));
      check('format', `${name} [withOptions colors]`,
            capture(() => mine.formatWithOptions({ colors: true }, ...fmtArgs)),
            capture(() => util.formatWithOptions({ colors: true }, ...fmtArgs)));
    } else {
      check('format', name,
            capture(() => mine.formatWithOptions(options, ...fmtArgs)),
            capture(() => util.formatWithOptions(options, ...fmtArgs)));
    }
  }
  for (const bad of [null, undefined, 5, 'str', true, Symbol('s')]) {
    check('format', `formatWithOptions invalid ${String(bad)}`,
          capture(() => mine.formatWithOptions(bad, 'x')),
          capture(() => util.formatWithOptions(bad, 'x')));
  }
}

// --- stripVTControlCharacters / getStringWidth --------------------------------------

function runStringCases() {
  const nodeWidth = require('internal/util/inspect').getStringWidth;
  const strings = [
    '', 'plain', '\u001b[31mred\u001b[39m', '\u001b[1;31;42mmulti\u001b[0m', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007',
    '\u009b31mcsi8bit', '\u001b[2J\u001b[H', '\u001b[?25l', '\u001bc', 'a\u001b[Kb', '\u001b[38;5;208mx',
    '\u001b[38;2;1;2;3mrgb', 'no\u001bescape', '中文', '😀', 'e\u0301', '\u200b', '\t\n', '\x7f\x80',
    'ｱｲｳ', '한국어', '\u1100\u1161', '👨‍👩‍👧', '👍🏽', '\u{1D15E}', 'Ω\u2126', 'x\u0300\u0301\u0302',
    '\u3000', '\uff01', '\u{20000}', '\u{1F1FA}\u{1F1F8}', '\ud800', '🇺🇸 flags', '①②', '\u00ad',
  ];
  strings.forEach((s, i) => {
    check('strings', `strip ${i}`, mine.stripVTControlCharacters(s), util.stripVTControlCharacters(s));
    check('strings', `width ${i}`, String(mine.getStringWidth(s)), String(nodeWidth(s)));
    check('strings', `width raw ${i}`, String(mine.getStringWidth(s, false)), String(nodeWidth(s, false)));
  });
  for (const bad of [5, null, undefined, {}, Symbol('x'), new Map(), Object.create(null), ['a']]) {
    check('strings', `strip invalid ${String(typeof bad)} ${Array.isArray(bad)}`,
          capture(() => mine.stripVTControlCharacters(bad)),
          capture(() => util.stripVTControlCharacters(bad)));
  }
  // Sample the whole code point range for single-character widths.
  let mismatches = 0;
  for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x3000 ? 1 : 7) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (mine.getStringWidth(ch) !== nodeWidth(ch)) mismatches++;
  }
  check('strings', 'code point width sweep mismatches', mismatches, 0);
}

// --- util.types ------------------------------------------------------------------------

function typeSamples() {
  const vm = require('vm');
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const detached = new ArrayBuffer(4);
  const dv = new DataView(detached);
  structuredClone(detached, { transfer: [detached] });
  return [
    1, 'str', true, null, undefined, Symbol('s'), 1n, {}, [], () => {}, function* g() {},
    async () => {}, async function* ag() {}, new Date(), /x/, RegExp.prototype, new Map(), new Set(),
    new WeakMap(), new WeakSet(), Promise.resolve(), new Proxy({}, {}), new Proxy(new Map(), {}),
    revoked.proxy, new ArrayBuffer(1), new SharedArrayBuffer(1), new DataView(new ArrayBuffer(1)), dv,
    new Uint8Array(1), new Int8Array(1), new Uint16Array(1), new Int16Array(1), new Uint32Array(1),
    new Int32Array(1), new Float32Array(1), new Float64Array(1), new Uint8ClampedArray(1),
    new BigInt64Array(1), new BigUint64Array(1), Buffer.alloc(1), new Number(1), new String('s'),
    new Boolean(false), Object(1n), Object(Symbol('b')), new Error('e'), new TypeError('t'),
    Object.create(Error.prototype), new Map().entries(), new Set().values(), [].values(),
    (function () { return arguments; })(), (function* g2() {})(), vm.runInNewContext('new Map()'),
    vm.runInNewContext('/re/'), vm.runInNewContext('new Date()'), vm.runInNewContext('new Uint8Array(1)'),
    vm.runInNewContext('new Number(1)'), Object.setPrototypeOf(new Map(), null),
    Object.setPrototypeOf(new Date(), null), Object.create(Map.prototype), Object.create(Date.prototype),
    { [Symbol.toStringTag]: 'Map' }, Object.setPrototypeOf(/x/, null), Date, Map,
    Object.create(Uint8Array.prototype), Object.create(DataView.prototype),
  ];
}

function runTypesCases() {
  const samples = typeSamples();
  const names = Object.keys(util.types);
  check('types', 'exported names', [...Object.keys(myTypes)].sort().join(','), [...names].sort().join(','));
  // Also check the pure-JS fallbacks against V8's answers.
  const fallbacks = myTypes[Symbol.for('mosaic.util.types.jsFallbacks')];
  for (const name of names) {
    let pass = true;
    let fallbackPass = true;
    samples.forEach((v) => {
      let expected;
      try {
        expected = util.types[name](v);
      } catch {
        // node's isKeyObject/isCryptoKey read a property (throws on a
        // revoked proxy); ours never throw.
        return;
      }
      if (typeof myTypes[name] !== 'function' || myTypes[name](v) !== expected) pass = false;
      if (fallbacks[name] && fallbacks[name](v) !== expected) fallbackPass = false;
    });
    check('types', name, pass, true);
    if (fallbacks[name]) check('types', `${name} (JS fallback)`, fallbackPass, true);
  }
}

// --- console -----------------------------------------------------------------------------

function makeStream(log, tag, { tty = false, colorDepth = 8 } = {}) {
  const stream = {
    write(chunk) {
      log.push(`${tag}: ${JSON.stringify(chunk)}`);
      return true;
    },
    // Node's Console needs an EventEmitter to park its error handler on.
    listenerCount() { return 0; },
    once() {},
    removeListener() {},
  };
  if (tty) {
    stream.isTTY = true;
    if (colorDepth !== null) stream.getColorDepth = () => colorDepth;
  }
  return stream;
}

function constructConsole(Console, options, out, err) {
  if (typeof options === 'function') return new Console(...options(out, err));
  if (options === 'callable') return Console({ stdout: out, stderr: err });
  const { tty, colorDepth, ...rest } = options || {};
  return new Console({ stdout: out, stderr: err, ...rest });
}

// Node's console.time reads process.hrtime; ours reads the fake clock.
function withClock(fn) {
  let nowMs = 0;
  const realHrtime = process.hrtime;
  const toHr = (ms) => [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];
  process.hrtime = (prev) => {
    const [s, ns] = toHr(nowMs);
    if (!prev) return [s, ns];
    let ds = s - prev[0];
    let dns = ns - prev[1];
    if (dns < 0) { ds--; dns += 1e9; }
    return [ds, dns];
  };
  const clock = { set(ms) { nowMs = ms; fakeNowMs = ms; } };
  try {
    return fn(clock);
  } finally {
    process.hrtime = realHrtime;
  }
}

function runScenario(Console, scenario) {
  const log = [];
  const streamOptions = typeof scenario.options === 'object' ? scenario.options : {};
  const out = makeStream(log, 'out', streamOptions);
  const err = makeStream(log, 'err', streamOptions);
  const realEmitWarning = process.emitWarning;
  process.emitWarning = (msg) => log.push(`warning: ${msg}`);
  try {
    // Fresh option objects per run (Console fills in inspectOptions.colors).
    const options = typeof scenario.options === 'object' ?
      structuredClone(scenario.options) : scenario.options;
    const c = constructConsole(Console, options, out, err);
    withClock((clock) => scenario.run(c, clock, Console, options));
  } catch (e) {
    log.push(`THROWS ${e.name}: ${e.message}`);
  } finally {
    process.emitWarning = realEmitWarning;
  }
  return log.join('\n');
}

function runConsoleCases() {
  const { buildCases, buildErrorCases } = require('./cases-console');
  for (const scenario of buildCases()) {
    // One call site for both, so console.trace stacks compare equal.
    const [actual, expected] = [MyConsole, NodeConsole].map((C) => runScenario(C, scenario));
    check('console', scenario.name, actual, expected);
  }
  for (const [name, build] of buildErrorCases()) {
    const s = makeStream([], 'x');
    check('console', `constructor error: ${name}`,
          capture(() => { new MyConsole(...build(s)); return 'no error'; }),
          capture(() => { new NodeConsole(...build(s)); return 'no error'; }));
  }
  const nodeFormatTime = require('internal/console/constructor').formatTime;
  const times = [0, 0.0004, 0.0005, 0.1234567, 1, 12.5, 999.9994, 999.9999, 1000, 1000.0004, 1500.12345,
    59999.9999, 60000, 61234.5, 3599999.9, 3600000, 3723004.5678, 172800000, 5e9 + 0.25];
  for (const ms of times) check('console', `formatTime ${ms}`, formatTime(ms), nodeFormatTime(ms));
  check('console', 'table validation',
        capture(() => new MyConsole(makeStream([], 'x')).table([], 'a')),
        capture(() => new NodeConsole(makeStream([], 'x')).table([], 'a')));

  // Global console: same enumerable shape as node's.
  const log = [];
  const g = createGlobalConsole(makeStream(log, 'out'), makeStream(log, 'err'));
  g.log('global %s', 'ok');
  g.error('to err');
  const { log: boundLog } = g;
  boundLog('bound');
  check('console', 'global console writes', log.join('\n'),
        ['out: "global ok\\n"', 'err: "to err\\n"', 'out: "bound\\n"'].join('\n'));
  check('console', 'global console keys', Object.keys(g).join(','), Object.keys(console).join(','));
  check('console', 'global console tag', Object.prototype.toString.call(g), Object.prototype.toString.call(console));
  check('console', 'global console instanceof', g instanceof MyConsole, true);
  check('console', 'global console _stdout', typeof Object.getOwnPropertyDescriptor(g, '_stdout').get, 'function');
  const lazyLog = [];
  let created = 0;
  const lazy = createGlobalConsole(() => { created++; return makeStream(lazyLog, 'lazy'); });
  check('console', 'global console lazy before', created, 0);
  lazy.log('x');
  lazy.log('y');
  check('console', 'global console lazy after', `${created} ${lazyLog.join('|')}`, '1 lazy: "x\\n"|lazy: "y\\n"');
  const { context } = lazy;
  const ctxConsole = context('ctx');
  ctxConsole.count();
  ctxConsole.log('from context');
  check('console', 'global console context', lazyLog.slice(2).join('|'), 'lazy: "default: 1\\n"|lazy: "from context\\n"');
  check('console', 'global console method names', Object.keys(g).map((k) => g[k].name).join(','),
        Object.keys(console).map((k) => console[k].name).join(','));
}

// --- main ------------------------------------------------------------------------------------

async function main() {
  const start = process.hrtime.bigint();
  runInspectCases();
  runRandomCases();
  runStackOverflowCases();
  await runModuleNamespaceCases();
  runDefaultOptionsCases();
  runStaticShapeCases();
  runFormatCases();
  runStringCases();
  runTypesCases();
  runConsoleCases();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function report(elapsedMs) {
  for (const f of failures.slice(0, verbose ? failures.length : 20)) {
    console.log(`FAIL [${f.group}] ${f.name}`);
    console.log(`  mine: ${JSON.stringify(f.actual)}`);
    console.log(`  node: ${JSON.stringify(f.expected)}`);
  }
  if (!verbose && failures.length > 20) {
    console.log(`... ${failures.length - 20} more failures (use -v)`);
  }
  console.log(`(${elapsedMs.toFixed(0)} ms)`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().then(report);
