'use strict';

// Console scenarios: each is run once against node's Console and once
// against ours, with identical capturing streams; the recorded writes (and
// process warnings) must match exactly.
//
// A scenario is { name, options?, run(console, clock) }. `options` is what
// the Console constructor gets besides the streams (or a function building
// the constructor arguments from the streams). `clock.set(ms)` moves both
// implementations' clocks.

const util = require('util');

function buildCases() {
  const cases = [];
  const add = (name, run, options) => cases.push({ name, run, options });

  // --- log & friends ------------------------------------------------------------
  add('log string', (c) => c.log('hello'));
  add('log empty', (c) => c.log());
  add('log number', (c) => c.log(42));
  add('log -0', (c) => c.log(-0));
  add('log many', (c) => c.log('a', 1, true, null, undefined, { b: [2] }, [3], 4n, Symbol('s')));
  add('log format', (c) => c.log('%s is %d years and %i, %f, %j %o %O %%', 'Bob', 42.5, 42.5, '1.5', { a: 1 }, [1], { b: 2 }));
  add('log object', (c) => c.log({ a: { b: { c: { d: 1 } } } }));
  add('log multiline', (c) => c.log('line1\nline2'));
  add('log error', (c) => c.log(Object.assign(new Error('x'), { stack: 'Error: x\n    at y (/z:1:1)' })));
  add('info debug dirxml', (c) => { c.info('info', 1); c.debug('debug', 2); c.dirxml('dirxml', { a: 1 }); });
  add('warn error', (c) => { c.warn('warn', 1); c.error('error', { e: 2 }); c.error(); });
  add('log with colors', (c) => c.log('str', 1, { a: 'x' }, [null]), { colorMode: true });
  add('error with colors', (c) => c.error({ a: 1 }), { colorMode: true });
  add('log string single colors', (c) => c.log('just text'), { colorMode: true });
  add('log colorMode false on tty', (c) => c.log({ a: 1 }), { colorMode: false, tty: true });
  add('log auto tty', (c) => c.log({ a: 1 }, 2), { tty: true });
  add('log auto tty low depth', (c) => c.log({ a: 1 }), { tty: true, colorDepth: 1 });
  add('log auto tty no getColorDepth', (c) => c.log({ a: 1 }), { tty: true, colorDepth: null });
  add('log inspectOptions', (c) => c.log({ a: { b: { c: { d: 1 } } } }, [1, 2, 3]), { inspectOptions: { depth: 0 } });
  add('log inspectOptions colors', (c) => c.log({ a: 1 }), { inspectOptions: { colors: true } });
  add('log inspectOptions tty', (c) => c.log({ a: 1 }), { inspectOptions: { breakLength: 3 }, tty: true });
  add('log string fills inspectOptions.colors', (c, clock, C, options) => { c.log('text'); c.log(String(options.inspectOptions.colors)); }, { inspectOptions: {} });
  add('log inspectOptions compact', (c) => c.log({ a: 1, b: [1, 2] }), { inspectOptions: { compact: false } });
  add('legacy constructor args', (c) => { c.log('out'); c.error('err'); }, (out, err) => [out, err]);
  add('legacy constructor stdout only', (c) => { c.log('out'); c.error('err'); }, (out) => [out]);
  add('legacy ignoreErrors false', (c) => c.log('x'), (out, err) => [out, err, false]);
  add('options stderr default', (c) => c.error('to stdout'), (out) => [{ stdout: out }]);
  add('called without new', (c) => c.log('no new'), 'callable');

  // --- dir -----------------------------------------------------------------------------
  add('dir object', (c) => c.dir({ a: { b: { c: { d: 1 } } } }));
  add('dir options', (c) => c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
  add('dir custom inspect ignored', (c) => c.dir({ [util.inspect.custom]() { return 'nope'; }, a: 1 }));
  add('dir customInspect true', (c) => c.dir({ [util.inspect.custom]() { return 'yes'; } }, { customInspect: true }));
  add('dir string', (c) => c.dir('str'));
  add('dir colors', (c) => c.dir({ a: 1 }, { colors: true }));
  add('dir colorMode', (c) => c.dir({ a: 'x' }), { colorMode: true });
  add('dir showHidden', (c) => c.dir([1], { showHidden: true }));

  // --- group -----------------------------------------------------------------------------
  add('group nesting', (c) => {
    c.log('level 0');
    c.group('Group A');
    c.log('level 1');
    c.group();
    c.log('level 2\nsecond line');
    c.error({ a: 1, b: { c: 'multi' } });
    c.groupEnd();
    c.groupCollapsed('collapsed', 1);
    c.warn('inside collapsed');
    c.groupEnd();
    c.groupEnd();
    c.groupEnd();
    c.log('back');
  });
  add('group indentation option', (c) => { c.group('g'); c.log('x'); c.group(); c.log('y'); }, { groupIndentation: 4 });
  add('group indentation 0', (c) => { c.group('g'); c.log('x'); }, { groupIndentation: 0 });
  add('group with object', (c) => { c.group({ a: 1 }, 'b'); c.log(Array.from({ length: 30 }, (_, i) => i)); });
  add('group table', (c) => { c.group(); c.table([{ a: 1 }]); });

  // --- count -----------------------------------------------------------------------------
  add('count', (c) => {
    c.count(); c.count(); c.count('x'); c.count('default'); c.count(5); c.count(null);
    c.countReset(); c.count(); c.countReset('x'); c.countReset('nope'); c.countReset(5);
    c.count({ toString() { return 'obj'; } });
  });

  // --- assert ----------------------------------------------------------------------------
  add('assert', (c) => {
    c.assert(true, 'not shown');
    c.assert(false);
    c.assert(0, 'message');
    c.assert('', 'format %s and %d', 'str', 5);
    c.assert(null, { obj: 1 });
    c.assert(undefined, 'a', 'b', { c: 1 });
    c.assert(1 === 2, '%o', [1]);
  });

  // --- trace -----------------------------------------------------------------------------
  add('trace', (c) => c.trace('here', { a: 1 }));
  add('trace empty', (c) => c.trace());
  add('trace format', (c) => c.trace('%s=%d', 'x', 5));
  add('trace grouped', (c) => { c.group(); c.trace('in group'); });

  // --- time ------------------------------------------------------------------------------
  add('time basic', (c, clock) => {
    clock.set(1000); c.time();
    clock.set(1000.25); c.timeLog();
    clock.set(2500.5); c.timeLog(undefined, 'extra', { data: 1 });
    clock.set(66000.125); c.timeEnd();
    c.timeEnd();
    c.timeLog('nope');
  });
  add('time labels', (c, clock) => {
    clock.set(0); c.time('a'); c.time('a'); c.time(5);
    clock.set(3723004.5); c.timeEnd('a'); c.timeEnd(5);
  });
  add('time grouped', (c, clock) => {
    clock.set(10); c.time('g');
    c.group();
    clock.set(12.375); c.timeLog('g', 'x');
  });

  // --- table -----------------------------------------------------------------------------
  add('table array of objects', (c) => c.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]));
  add('table array of arrays', (c) => c.table([[1, 2], [3, 4, 5]]));
  add('table object of objects', (c) => c.table({ first: { x: 1 }, second: { y: 'ab' } }));
  add('table primitives', (c) => c.table([1, 'two', true, null, undefined, 3n, Symbol('s')]));
  add('table mixed', (c) => c.table([1, { a: 1 }, [2], 'x']));
  add('table properties filter', (c) => c.table([{ a: 1, b: 2, c: 3 }, { a: 4, c: 6 }], ['a', 'c']));
  add('table properties missing', (c) => c.table([{ a: 1 }], ['z']));
  add('table properties with primitives', (c) => c.table([1, { a: 2 }], ['a']));
  add('table properties empty', (c) => c.table([{ a: 1 }], []));
  add('table map', (c) => c.table(new Map([['k1', { v: 1 }], [{ o: 1 }, 'str']])));
  add('table set', (c) => c.table(new Set([1, 'a', { b: 2 }])));
  add('table map entries', (c) => c.table(new Map([[1, 2], [3, 4]]).entries()));
  add('table map keys', (c) => c.table(new Map([[1, 2], [3, 4]]).keys()));
  add('table map values', (c) => c.table(new Map([[1, { a: 2 }]]).values()));
  add('table set values', (c) => c.table(new Set(['x', 'y']).values()));
  add('table set entries', (c) => c.table(new Set(['x']).entries()));
  add('table nested values', (c) => c.table([{ a: { b: { c: 1 } }, d: [1, 2, 3, 4, 5], e: { x: 1, y: 2, z: 3 } }]));
  add('table nested values 2 keys', (c) => c.table([{ e: { x: 1, y: 2 } }]));
  add('table wide chars', (c) => c.table([{ name: '中文字符', emoji: '😀😀' }, { name: 'e\u0301', emoji: 'x' }]));
  add('table long strings', (c) => c.table([{ text: 'x'.repeat(50) }]));
  add('table empty array', (c) => c.table([]));
  add('table empty object', (c) => c.table({}));
  add('table empty objects', (c) => c.table([{}, {}]));
  add('table primitive arg', (c) => { c.table(5); c.table('str'); c.table(null); c.table(undefined); c.table(Symbol('t')); });
  add('table function rows', (c) => c.table([function f() {}, { a: 1 }]));
  add('table inherited keys', (c) => c.table([Object.create({ inh: 1 }, { own: { value: 2, enumerable: true } })]));
  add('table sparse', (c) => c.table([, { a: 1 }, , { b: 2 }]));
  add('table colors', (c) => c.table([{ a: 1, b: 'x' }]), { colorMode: true });
  add('table typed array', (c) => c.table(new Uint8Array([1, 2])));
  add('table string object', (c) => c.table(new String('ab')));
  add('table numeric keys order', (c) => c.table({ 2: { x: 1 }, 1: { x: 2 }, b: { x: 3 } }));
  add('table __proto__ key', (c) => c.table([JSON.parse('{"__proto__": 1}')]));
  add('table index header collision', (c) => c.table([{ '(index)': 1, Values: 2 }, 3]));
  add('table map with many keys', (c) => c.table(new Map([[1, { a: 1, b: 2, c: 3 }]])));
  add('table array rows with long arrays', (c) => c.table([[1, 2, 3, 4, 5]]));

  // --- clear -----------------------------------------------------------------------------
  add('clear non-tty', (c) => c.clear());
  add('clear tty', (c) => c.clear(), { tty: true });

  // --- instance shape --------------------------------------------------------------------
  add('instance keys', (c) => c.log(Object.keys(c).join(',')));
  add('instance inspect', (c) => c.log(util.inspect(c)));
  add('bound methods', (c) => { const { log, error } = c; log('bound log'); error('bound error'); });
  add('method names', (c) => c.log(Object.keys(c).map((k) => c[k].name).join(',')));
  add('toStringTag', (c) => c.log(Object.prototype.toString.call(c)));
  add('prototype keys', (c, clock, Console) => c.log(Object.keys(Console.prototype).join(',')));
  add('instanceof', (c, clock, Console) => c.log(String(c instanceof Console), String({} instanceof Console)));
  add('own hidden props', (c) => c.log(Object.getOwnPropertyNames(c).filter((k) => k.startsWith('_')).join(',')));

  return cases;
}

// Constructor error cases: the arguments (built from a valid stream) that
// must make both implementations throw the same error.
function buildErrorCases() {
  return [
    ['no args', () => []],
    ['stdout not stream', () => [{ stdout: {} }]],
    ['stderr not stream', (s) => [{ stdout: s, stderr: 5 }]],
    ['colorMode invalid', (s) => [{ stdout: s, colorMode: 'x' }]],
    ['groupIndentation too big', (s) => [{ stdout: s, groupIndentation: 1001 }]],
    ['groupIndentation negative', (s) => [{ stdout: s, groupIndentation: -1 }]],
    ['groupIndentation fraction', (s) => [{ stdout: s, groupIndentation: 1.5 }]],
    ['groupIndentation string', (s) => [{ stdout: s, groupIndentation: '2' }]],
    ['inspectOptions number', (s) => [{ stdout: s, inspectOptions: 5 }]],
    ['inspectOptions null', (s) => [{ stdout: s, inspectOptions: null }]],
    ['inspectOptions array', (s) => [{ stdout: s, inspectOptions: [] }]],
    ['inspectOptions colors + colorMode', (s) => [{ stdout: s, colorMode: true, inspectOptions: { colors: true } }]],
    ['legacy stderr invalid', (s) => [s, {}]],
  ];
}

module.exports = { buildCases, buildErrorCases };
