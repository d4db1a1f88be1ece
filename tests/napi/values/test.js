'use strict';
// Node-API primitive values.
const assert = require('assert');
const common = require('../common');
const addon = common.load('values');

// Numbers.
assert.strictEqual(addon.toDouble(1.5), 1.5);
assert.ok(Number.isNaN(addon.toDouble(NaN)));
assert.strictEqual(addon.toInt32(-7), -7);
assert.strictEqual(addon.toInt32(4294967297), 1);            // wraps mod 2^32
assert.strictEqual(addon.toInt32(2147483648), -2147483648);
assert.strictEqual(addon.toInt32(-1.9), -1);                  // truncates
assert.strictEqual(addon.toInt32(NaN), 0);
assert.strictEqual(addon.toInt32(Infinity), 0);
assert.strictEqual(addon.toUint32(-1), 4294967295);
assert.strictEqual(addon.toUint32(4294967296 + 5), 5);
assert.strictEqual(addon.toInt64String(-12345), '-12345');
assert.strictEqual(addon.toInt64String(2 ** 53), '9007199254740992');
assert.strictEqual(addon.toInt64String(2 ** 64), '9223372036854775807');   // saturates
assert.strictEqual(addon.toInt64String(-(2 ** 64)), '-9223372036854775808');
assert.strictEqual(addon.toInt64String(NaN), '0');
assert.strictEqual(addon.toInt64String(-Infinity), '0');
assert.strictEqual(addon.createInt64(-(2 ** 40)), -(2 ** 40));

const kNumberExpected = 6;
const kBooleanExpected = 7;
const kStringExpected = 3;
assert.strictEqual(addon.getValueStatus('double', 'x'), kNumberExpected);
assert.strictEqual(addon.getValueStatus('int32', {}), kNumberExpected);
assert.strictEqual(addon.getValueStatus('int32', 1n), kNumberExpected);
assert.strictEqual(addon.getValueStatus('bool', 1), kBooleanExpected);
assert.strictEqual(addon.getValueStatus('string', 1), kStringExpected);
assert.strictEqual(addon.getValueStatus('double', 3), 0);

// typeof.
assert.strictEqual(addon.typeOf(undefined), 'undefined');
assert.strictEqual(addon.typeOf(null), 'null');
assert.strictEqual(addon.typeOf(true), 'boolean');
assert.strictEqual(addon.typeOf(1), 'number');
assert.strictEqual(addon.typeOf('s'), 'string');
assert.strictEqual(addon.typeOf(Symbol('s')), 'symbol');
assert.strictEqual(addon.typeOf({}), 'object');
assert.strictEqual(addon.typeOf([]), 'object');
assert.strictEqual(addon.typeOf(() => {}), 'function');
assert.strictEqual(addon.typeOf(class {}), 'function');
assert.strictEqual(addon.typeOf(10n), 'bigint');
assert.strictEqual(addon.typeOf(addon.createExternal()), 'external');
assert.strictEqual(typeof addon.createExternal(), 'object');

// Strings: creation with explicit and automatic lengths.
assert.deepStrictEqual(addon.createStrings(-1),
                       { utf8: 'héllo', latin1: 'héllo', utf16: 'héllo' });
assert.deepStrictEqual(addon.createStrings(3),
                       { utf8: 'h\u00e9', latin1: 'h\u00e9l', utf16: 'h\u00e9l' });
assert.deepStrictEqual(addon.createStrings(0), { utf8: '', latin1: '', utf16: '' });

// Strings: copies are NUL-terminated, truncated without splitting a
// character, and report the number of units copied.
assert.deepStrictEqual(addon.copyString('utf8', 'hello', 100), ['hello', 5]);
assert.deepStrictEqual(addon.copyString('utf8', 'hello', 3), ['he', 2]);
assert.deepStrictEqual(addon.copyString('utf8', 'h\u00e9llo', 3), ['h', 1]);
assert.deepStrictEqual(addon.copyString('utf8', 'h\u00e9llo', 0), ['', 6]);
assert.deepStrictEqual(addon.copyString('utf8', '\u{1F600}!', 0), ['', 5]);
assert.deepStrictEqual(addon.copyString('latin1', 'h\u00e9llo', 100), ['h\u00e9llo', 5]);
assert.deepStrictEqual(addon.copyString('latin1', 'hello', 4), ['hel', 3]);
assert.deepStrictEqual(addon.copyString('latin1', 'hello', 0), ['', 5]);
assert.deepStrictEqual(addon.copyString('utf16', 'h\u00e9llo\u20ac', 100),
                       ['h\u00e9llo\u20ac', 6]);
assert.deepStrictEqual(addon.copyString('utf16', 'hello', 3), ['he', 2]);
assert.deepStrictEqual(addon.copyString('utf16', '\u{1F600}', 0), ['', 2]);

assert.deepStrictEqual(addon.stringArgChecks(), {
  nullEmpty: 0,
  nullEmptyValue: '',
  nullWithLength: 1,
  nullResult: 1,
  tooLong: 1,
  lengthNoResult: 1,
  zeroBufsize: 0,
  zeroBufsizeLength: 0,
});

// Symbols.
const sym = addon.createSymbol('desc');
assert.strictEqual(typeof sym, 'symbol');
assert.strictEqual(sym.description, 'desc');
assert.strictEqual(addon.createSymbol().description, undefined);
assert.notStrictEqual(addon.createSymbol('a'), addon.createSymbol('a'));
assert.throws(() => addon.createSymbol(1), /A string was expected/);
assert.strictEqual(addon.symbolFor('mosaic.test'), Symbol.for('mosaic.test'));
assert.strictEqual(addon.symbolFor(''), Symbol.for(''));

// Booleans.
assert.strictEqual(addon.negate(true), false);
assert.strictEqual(addon.negate(false), true);
assert.throws(() => addon.negate(0), /A boolean was expected/);

// Coercion.
assert.strictEqual(addon.coerce('bool', ''), false);
assert.strictEqual(addon.coerce('bool', {}), true);
assert.strictEqual(addon.coerce('number', '42'), 42);
assert.strictEqual(addon.coerce('number', { valueOf() { return 7; } }), 7);
assert.ok(Number.isNaN(addon.coerce('number', 'x')));
assert.strictEqual(addon.coerce('string', 12), '12');
assert.strictEqual(addon.coerce('string', { toString() { return 'obj'; } }), 'obj');
assert.strictEqual(typeof addon.coerce('object', 1), 'object');
assert.ok(addon.coerce('object', 's') instanceof String);
assert.throws(() => addon.coerce('number', Symbol('x')), TypeError);
assert.throws(() => addon.coerce('string', { toString() { throw new Error('boom'); } }),
              /^Error: boom$/);
assert.throws(() => addon.coerce('object', undefined), TypeError);
{
  const r = addon.coerceToNumberStatus(Symbol('x'));
  assert.strictEqual(r.status, kNumberExpected);
  assert.strictEqual(r.pending, true);
  assert.ok(r.error instanceof TypeError);
}

// Equality and singletons.
const o = {};
assert.strictEqual(addon.strictEquals(o, o), true);
assert.strictEqual(addon.strictEquals(o, {}), false);
assert.strictEqual(addon.strictEquals(1, '1'), false);
assert.strictEqual(addon.strictEquals(NaN, NaN), false);
assert.deepStrictEqual(addon.singletons(),
                       { undefined: undefined, null: null, global: globalThis, true: true });

// napi_get_last_error_info: node's messages.
const expected = {
  ok: [0, null],
  invalid_arg: [1, 'Invalid argument'],
  string_expected: [3, 'A string was expected'],
  name_expected: [4, 'A string or symbol was expected'],
  number_expected: [6, 'A number was expected'],
  boolean_expected: [7, 'A boolean was expected'],
  array_expected: [8, 'An array was expected'],
  generic_failure: [9, 'Unknown failure'],
  bigint_expected: [17, 'A bigint was expected'],
  date_expected: [18, 'A date was expected'],
  arraybuffer_expected: [19, 'An arraybuffer was expected'],
};
for (const [kind, [code, message]] of Object.entries(expected)) {
  assert.deepStrictEqual(addon.lastErrorAfter(kind), { status: code, code, message }, kind);
}

// External strings (when the runtime has them).
async function externalStrings() {
  if (!addon.hasExternalStrings()) return;
  const [latin1, utf16, copied] = addon.createExternalStrings();
  assert.strictEqual(latin1, 'external latin1 \u00e9');
  assert.strictEqual(utf16, 'external utf16 \u20ac');
  assert.strictEqual(typeof copied, 'boolean');
}
externalStrings().then(() => console.log('values: ok'));
