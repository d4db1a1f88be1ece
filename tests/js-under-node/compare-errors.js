'use strict';
// Mosaic's internal/errors and internal/validators vs node's own internals
// (run with --expose-internals): messages, names, codes, own-property
// layout, toString and the first stack line.
const { require: mrequire } = require('./loader');
const { Tally, describeError } = require('./common');
const util = require('util');
const fs = require('fs');

const mine = mrequire('internal/errors');
const mv = mrequire('internal/validators');
let theirs;
let tv;
try {
  theirs = require('internal/errors');
  tv = require('internal/validators');
} catch {
  console.log('compare-errors: needs node --expose-internals');
  process.exit(1);
}
const t = new Tally('errors');

const ctor = (set, code, args) => () => { throw new set.codes[code](...args); };

const values = [undefined, null, 0, -0, 5, 1.5, NaN, Infinity, -Infinity, 2 ** 32, 2 ** 32 + 1, -(2 ** 40), 123456789012,
  1n, 2n ** 40n, -(2n ** 33n), '', 'abc', "a'b", 'a"b', "a'b\"c", 'x'.repeat(30), 'x'.repeat(200), '\n\t',
  true, false, Symbol('s'), Symbol(), () => {}, function named() {}, class K {}, {}, [], [1, 2], { a: 1 },
  Object.create(null), new Map(), new (class Foo {})(), new Error('e'), /re/, new Date(0), Buffer.from('ab'),
  { constructor: { name: '' } }];

// ERR_INVALID_ARG_TYPE: names x expected x actual.
const names = ['a', 'a.b', 'first argument', 'options.signal', 'buf'];
const expecteds = ['string', 'number', 'Function', 'Object', 'object', ['string', 'number'], ['string', 'number', 'boolean'],
  ['Buffer', 'TypedArray'], ['Buffer', 'TypedArray', 'DataView'], ['object', 'Buffer'], ['string', 'object', 'Buffer', 'null'],
  'null or undefined', ['a', 'b', 'c'], ['a', 'b'], 'Array-like Object', ['Object', 'Function'], 'Iterable', 'AbortSignal',
  ['string', 'Buffer', 'TypedArray', 'DataView', 'Array', 'Array-like Object'], 'undefined', 'a dictionary', ['EventEmitter', 'EventTarget']];
for (const n of names) {
  for (const e of expecteds) {
    for (const v of values) {
      t.check(`ERR_INVALID_ARG_TYPE(${n}, ${e}, ${util.inspect(v)})`,
              ctor(mine, 'ERR_INVALID_ARG_TYPE', [n, e, v]), ctor(theirs, 'ERR_INVALID_ARG_TYPE', [n, e, v]));
    }
  }
}
for (const v of values) {
  for (const reason of [undefined, 'is bad', 'must be one of: \'a\', \'b\'']) {
    t.check(`ERR_INVALID_ARG_VALUE(x, ${util.inspect(v)}, ${reason})`, ctor(mine, 'ERR_INVALID_ARG_VALUE', ['x', v, reason]),
            ctor(theirs, 'ERR_INVALID_ARG_VALUE', ['x', v, reason]));
  }
  t.check(`ERR_INVALID_ARG_VALUE.RangeError(x.y, ${util.inspect(v)})`,
          () => { throw new mine.codes.ERR_INVALID_ARG_VALUE.RangeError('x.y', v); },
          () => { throw new theirs.codes.ERR_INVALID_ARG_VALUE.RangeError('x.y', v); });
  for (const range of ['>= 0', 'an integer', '>= 0 && <= 10']) {
    t.check(`ERR_OUT_OF_RANGE(x, ${range}, ${util.inspect(v)})`, ctor(mine, 'ERR_OUT_OF_RANGE', ['x', range, v]),
            ctor(theirs, 'ERR_OUT_OF_RANGE', ['x', range, v]));
  }
  t.check(`ERR_OUT_OF_RANGE(custom, ${util.inspect(v)}, true)`, ctor(mine, 'ERR_OUT_OF_RANGE', ['Custom text.', '> 1', v, true]),
          ctor(theirs, 'ERR_OUT_OF_RANGE', ['Custom text.', '> 1', v, true]));
  t.check(`ERR_INVALID_RETURN_VALUE(${util.inspect(v)})`, ctor(mine, 'ERR_INVALID_RETURN_VALUE', ['a string', 'fn', v]),
          ctor(theirs, 'ERR_INVALID_RETURN_VALUE', ['a string', 'fn', v]));
  t.check(`ERR_SOCKET_BAD_PORT(${util.inspect(v)})`, ctor(mine, 'ERR_SOCKET_BAD_PORT', ['Port', v]),
          ctor(theirs, 'ERR_SOCKET_BAD_PORT', ['Port', v]));
  t.check(`ERR_SOCKET_BAD_PORT(${util.inspect(v)}, false)`, ctor(mine, 'ERR_SOCKET_BAD_PORT', ['options.port', v, false]),
          ctor(theirs, 'ERR_SOCKET_BAD_PORT', ['options.port', v, false]));
  t.check(`ERR_UNHANDLED_ERROR(${util.inspect(v)})`, ctor(mine, 'ERR_UNHANDLED_ERROR', [v]),
          ctor(theirs, 'ERR_UNHANDLED_ERROR', [v]));
  t.check(`ERR_INVALID_RETURN_PROPERTY_VALUE(${util.inspect(v)})`, ctor(mine, 'ERR_INVALID_RETURN_PROPERTY_VALUE', ['string', 'load', 'source', v]),
          ctor(theirs, 'ERR_INVALID_RETURN_PROPERTY_VALUE', ['string', 'load', 'source', v]));
}

// Every code both sides have, with the argument shapes that code takes.
const sample = {
  ERR_MISSING_ARGS: [['a'], ['a', 'b'], ['a', 'b', 'c'], [['a', 'b'], 'c'], ['a', ['b', 'c'], 'd', 'e']],
  ERR_INVALID_URL: [['http://x'], ['x', 'http://base']],
  ERR_INVALID_URL_SCHEME: [['file'], [['file']], [['file', 'data']]],
  ERR_MODULE_NOT_FOUND: [['/a', '/b', undefined], ['/a', '/b', 'file:///a'], ['a', '/b', '']],
  ERR_REQUIRE_ESM: [['/a.mjs', true], ['/a.js', true, '/b.js'], ['/a.js', false, '/b.js'], ['/a.mjs', false], ['/a.cjs', undefined, '/p']],
  ERR_ACCESS_DENIED: [['msg'], ['msg', 'FileSystemRead', '/etc']],
  ERR_PACKAGE_PATH_NOT_EXPORTED: [['/p/', './x'], ['/p/', '.'], ['/p/', './x', '/b.js'], ['/p/', '.', '/b.js']],
  ERR_UNSUPPORTED_DIR_IMPORT: [['/a', '/b', undefined], ['/a', '/b', 'file:///a/']],
  ERR_INVALID_PACKAGE_CONFIG: [['/p.json', '/b', 'bad'], ['/p.json', undefined, 'bad'], ['/p.json', '/b', undefined]],
  ERR_INVALID_PACKAGE_TARGET: [['/p/', '.', 'x'], ['/p/', './s', 'x', false, '/b'], ['/p/', '#s', 'x', true, '/b'],
    ['/p/', './s', './x', false, '/b'], ['/p/', './s', { a: 1 }, false], ['/p/', '.', './x', false], ['/p/', './s', '', false]],
  ERR_PACKAGE_IMPORT_NOT_DEFINED: [['#x', '/p/', '/b'], ['#x', undefined, '/b']],
  ERR_INVALID_MODULE_SPECIFIER: [['x', 'is bad'], ['x', 'is bad', '/b']],
  ERR_BUFFER_OUT_OF_BOUNDS: [[], ['offset']],
  ERR_INVALID_CHAR: [['header content'], ['header content', 'foo']],
  ERR_INVALID_ADDRESS_FAMILY: [['IPv5', 'h', 80]],
  ERR_UNSUPPORTED_ESM_URL_SCHEME: [[new URL('zz:foo'), ['file', 'data']], [new URL('zz:foo'), ['file', 'data', 'node']]],
  ERR_ENCODING_INVALID_ENCODED_DATA: [['utf-8', 5]],
  ERR_FALSY_VALUE_REJECTION: [[null], [0]],
  ERR_TLS_CERT_ALTNAME_INVALID: [['r', 'h', 'c']],
  ERR_WORKER_INVALID_EXEC_ARGV: [[['--a', '--b']], [['--a'], 'msg']],
  ERR_WORKER_PATH: [['x.js'], ['file:///x.js'], ['data:text/javascript,1']],
  ERR_INVALID_MIME_SYNTAX: [['type', 'x/y', 3], ['type', 'x/y', -1]],
  ERR_PARSE_ARGS_UNKNOWN_OPTION: [['--foo', true], ['--foo', false]],
  ERR_PERFORMANCE_INVALID_TIMESTAMP: [[5], ['x']],
  ERR_INVALID_RETURN_PROPERTY: [['string', 'hook', 'prop', 5]],
};
const skip = new Set(['ERR_INTERNAL_ASSERTION', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_OUT_OF_RANGE',
  'ERR_INVALID_RETURN_VALUE', 'ERR_SOCKET_BAD_PORT', 'ERR_UNHANDLED_ERROR', 'ERR_INVALID_RETURN_PROPERTY_VALUE']);
let shared = 0;
for (const code of Object.keys(mine.codes)) {
  if (skip.has(code) || !theirs.codes[code]) continue;
  shared++;
  let argSets = sample[code];
  if (!argSets) {
    // Template messages: find the arity node accepts.
    argSets = [];
    for (let n = 0; n <= 4; n++) {
      const args = ['A1', 'B2', 'C3', 'D4'].slice(0, n);
      try {
        // eslint-disable-next-line no-new
        new theirs.codes[code](...args);
        argSets.push(args);
        break;
      } catch { /* wrong arity */ }
    }
    if (theirs.codes[code].prototype instanceof Error && argSets.length === 0) {
      argSets.push([{ code: 'ENOENT', message: 'no such file', errno: -2, syscall: 'open', path: '/a', dest: '/b' }]);
      argSets.push([{ code: 'EINVAL', message: 'bad', errno: 22, syscall: 'cp' }]);
    }
  }
  // node's util.inspect shows getter values for its own SystemErrors only
  // (it recognises them by an internal symbol); compare without them.
  const plain = (e) => util.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n')
    .replace(/\[Getter\/Setter: [^\]]*\]/g, '[Getter/Setter]');
  for (const args of argSets) {
    t.check(`${code}(${util.inspect(args, { breakLength: Infinity })})`, ctor(mine, code, args), ctor(theirs, code, args));
    t.check(`${code} inspect`, () => plain(new mine.codes[code](...args)), () => plain(new theirs.codes[code](...args)));
  }
  for (const base of ['TypeError', 'RangeError']) {
    if (theirs.codes[code][base]) {
      t.check(`${code}.${base}`, () => typeof mine.codes[code][base], () => typeof theirs.codes[code][base]);
    }
  }
}
// Wrong arity fails in both.
// (The assertion text names Mosaic instead of Node.js; compare the first line.)
const firstLine = (set, code, args) => () => { try { new set.codes[code](...args); } catch (e) { return [e.code, e.message.split('\n')[0]]; } };
t.check('ERR_INVALID_URL arity', firstLine(mine, 'ERR_INVALID_URL', []), firstLine(theirs, 'ERR_INVALID_URL', []));
t.check('ERR_REQUIRE_ESM arity', firstLine(mine, 'ERR_REQUIRE_ESM', ['/a']), firstLine(theirs, 'ERR_REQUIRE_ESM', ['/a']));
t.check('ERR_MODULE_NOT_FOUND arity', firstLine(mine, 'ERR_MODULE_NOT_FOUND', ['/a', '/b']), firstLine(theirs, 'ERR_MODULE_NOT_FOUND', ['/a', '/b']));
t.check('template arity', firstLine(mine, 'ERR_INVALID_STATE', []), firstLine(theirs, 'ERR_INVALID_STATE', []));
t.check('ERR_MISSING_ARGS()', () => { try { new mine.codes.ERR_MISSING_ARGS(); } catch (e) { return e.message.split('\n')[0]; } },
        () => { try { new theirs.codes.ERR_MISSING_ARGS(); } catch (e) { return e.message.split('\n')[0]; } });

// System errors: uvException against what fs really throws.
const fsCases = [
  () => fs.openSync('/nonexistent/file'),
  () => fs.renameSync('/nonexistent/a', '/nonexistent/b'),
  () => fs.readdirSync(__filename),
  () => fs.mkdirSync('/'),
  () => fs.rmdirSync(__dirname),
  () => fs.linkSync('/nonexistent/a', '/tmp/x'),
];
const fsCtx = [
  { errno: -2, syscall: 'open', path: '/nonexistent/file' },
  { errno: -2, syscall: 'rename', path: '/nonexistent/a', dest: '/nonexistent/b' },
  { errno: -20, syscall: 'scandir', path: __filename },
  { errno: -17, syscall: 'mkdir', path: '/' },
  { errno: -39, syscall: 'rmdir', path: __dirname },
  { errno: -2, syscall: 'link', path: '/nonexistent/a', dest: '/tmp/x' },
];
fsCases.forEach((f, i) => {
  t.check(`uvException vs fs ${fsCtx[i].syscall}`, () => { throw mine.uvException(fsCtx[i]); }, f);
  t.check(`uvException vs fs ${fsCtx[i].syscall} inspect`,
          () => util.inspect(mine.uvException(fsCtx[i])).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'),
          () => { try { f(); } catch (e) { return util.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'); } });
});
// Message details against node's own JS helper (property order differs by design).
const msgOf = (fn) => () => { const e = fn(); return [e.message, e.code, e.errno, e.syscall, e.path, e.dest, String(e), e.name]; };
for (const ctx of [{ errno: -2, syscall: 'open', path: 'x' }, { errno: -13, syscall: 'open', message: 'custom' },
  { errno: -9999, syscall: 'read' }, { errno: -2, syscall: 'open', path: Buffer.from('buf') }, { errno: -4058, syscall: 'x' },
  { errno: -110, syscall: 'connect', path: 'a', dest: 'b' }]) {
  t.check(`uvException(${util.inspect(ctx)})`, msgOf(() => mine.uvException(ctx)), msgOf(() => new theirs.UVException(ctx)));
}
const hostPortCases = [[-111, 'connect', '127.0.0.1', 80], [-111, 'connect', '127.0.0.1'], [-98, 'listen', '::', 0], [-98, 'bind', undefined, 8080]];
for (const a of hostPortCases) {
  t.check(`uvExceptionWithHostPort(${a})`, () => { throw mine.uvExceptionWithHostPort(...a); },
          () => { throw new theirs.UVExceptionWithHostPort(...a); });
  t.check(`exceptionWithHostPort(${a})`, () => { throw mine.exceptionWithHostPort(...a); },
          () => { throw new theirs.ExceptionWithHostPort(...a); });
  t.check(`exceptionWithHostPort(${a}, extra)`, () => { throw mine.exceptionWithHostPort(...a, 'local'); },
          () => { throw new theirs.ExceptionWithHostPort(...a, 'local'); });
}
for (const a of [[-2, 'open'], [-2, 'open', 'extra'], [-9999, 'read'], [-32, 'write']]) {
  t.check(`errnoException(${a})`, () => { throw mine.errnoException(...a); }, () => { throw new theirs.ErrnoException(...a); });
}
for (const a of [[-3008, 'getaddrinfo', 'host'], [-3007, 'getaddrinfo', 'host'], [-3001, 'getaddrinfo', 'h'], ['ENOTFOUND', 'queryA', 'h'],
  ['ETIMEOUT', 'queryA'], [-111, 'x', undefined]]) {
  t.check(`dnsException(${a})`, () => { throw mine.dnsException(...a); }, () => { throw new theirs.DNSException(...a); });
}
t.check('connResetException', () => { throw mine.connResetException('socket hang up'); },
        () => { throw new theirs.ConnResetException('socket hang up'); });
t.check('AbortError()', () => { throw new mine.AbortError(); }, () => { throw new theirs.AbortError(); });
t.check('AbortError(msg, {cause})', () => { throw new mine.AbortError('x', { cause: 5 }); },
        () => { throw new theirs.AbortError('x', { cause: 5 }); });
t.check('AbortError(msg, 5)', () => { throw new mine.AbortError('x', 5); }, () => { throw new theirs.AbortError('x', 5); });
t.check('AbortError inspect', () => util.inspect(new mine.AbortError()).split('\n')[0], () => util.inspect(new theirs.AbortError()).split('\n')[0]);
t.check('genericNodeError', () => { throw mine.genericNodeError('m', { code: 'X', a: 1 }); },
        () => { throw theirs.genericNodeError('m', { code: 'X', a: 1 }); });
{
  const a = new Error('a');
  const b = new Error('b');
  b.code = 'B';
  t.check('aggregateTwoErrors', () => { throw mine.aggregateTwoErrors(a, b); }, () => { throw theirs.aggregateTwoErrors(a, b); });
  t.check('aggregateTwoErrors(null, b)', () => mine.aggregateTwoErrors(null, b) === b, () => theirs.aggregateTwoErrors(null, b) === b);
  t.check('aggregateTwoErrors(a, null)', () => mine.aggregateTwoErrors(a, null) === a, () => theirs.aggregateTwoErrors(a, null) === a);
  t.check('aggregateTwoErrors(a, a)', () => mine.aggregateTwoErrors(a, a) === a, () => theirs.aggregateTwoErrors(a, a) === a);
}
t.check('getSystemErrorName', () => [-2, -13, -9999].map(mine.getSystemErrorName), () => [-2, -13, -9999].map(util.getSystemErrorName));

// Stack frames hidden by hideStackFrames: first frame is the caller.
t.check('hideStackFrames frame', () => {
  try { mv.validateString(5, 'x'); } catch (e) { return /compare-errors/.test(e.stack.split('\n')[1]); }
}, () => true);

// Validators.
const vcases = [
  ['validateString', [[values, 'name']]],
  ['validateNumber', [[values, 'n'], [values, 'n', 0], [values, 'n', 0, 10], [values, 'n', undefined, 10], [values, 'n', null, 1]]],
  ['validateInteger', [[values, 'n'], [values, 'n', 0], [values, 'n', -5, 5]]],
  ['validateInt32', [[values, 'n'], [values, 'n', 0], [values, 'n', 1, 10]]],
  ['validateUint32', [[values, 'n'], [values, 'n', true]]],
  ['validateBoolean', [[values, 'b']]],
  ['validateObject', [[values, 'o'], [values, 'o', 1], [values, 'o', 2], [values, 'o', 4], [values, 'o', 7]]],
  ['validateArray', [[values, 'a'], [values, 'a', 2]]],
  ['validateFunction', [[values, 'f']]],
  ['validateAbortSignal', [[values, 's']]],
  ['validateBuffer', [[values], [values, 'data']]],
  ['validateDictionary', [[values, 'd']]],
  ['validateUndefined', [[values, 'u']]],
  ['validatePort', [[values], [values, 'port', false]]],
  ['validateStringArray', [[values, 'sa']]],
  ['validateBooleanArray', [[values, 'ba']]],
  ['validateOneOf', [[values, 'x', ['a', 'b', 5]]]],
  ['validateSignalName', [[values], [['SIGTERM', 'sigterm', 'SIGFOO', 'SIGKILL'], 'sig']]],
  ['validateEncoding', [[['abc', 'ab', Buffer.from('abc')], 'hex'], [['abc'], 'utf8']]],
  ['parseFileMode', [[[...values, '0755', '755', '0o755', '8', '777777777777'], 'mode'], [[undefined], 'mode', 0o666]]],
];
for (const [fn, shapes] of vcases) {
  for (const [vals, ...rest] of shapes) {
    for (const v of vals) {
      t.check(`${fn}(${util.inspect(v)}, ${util.inspect(rest)})`, () => mv[fn](v, ...rest), () => tv[fn](v, ...rest));
    }
  }
}
for (const p of ['80', ' 80 ', '', ' ', '0x50', '1e2', 65535, 65536, -1, 0, 0.5, '0']) {
  t.check(`validatePort(${util.inspect(p)})`, () => mv.validatePort(p), () => tv.validatePort(p));
  t.check(`validatePort(${util.inspect(p)}, Port, false)`, () => mv.validatePort(p, 'Port', false), () => tv.validatePort(p, 'Port', false));
}
t.check('isInt32/isUint32', () => values.map((v) => [mv.isInt32(v), mv.isUint32(v)]),
        () => values.map((v) => [tv.isInt32(v), tv.isUint32(v)]));
t.check('kValidateObject*', () => [mv.kValidateObjectNone, mv.kValidateObjectAllowNullable, mv.kValidateObjectAllowArray,
  mv.kValidateObjectAllowFunction, mv.kValidateObjectAllowObjects, mv.kValidateObjectAllowObjectsAndNull],
() => [tv.kValidateObjectNone, tv.kValidateObjectAllowNullable, tv.kValidateObjectAllowArray,
  tv.kValidateObjectAllowFunction, tv.kValidateObjectAllowObjects, tv.kValidateObjectAllowObjectsAndNull]);

console.log(`(${shared} error codes shared with node compared)`);
void describeError;
process.exitCode = t.report() ? 0 : 1;
