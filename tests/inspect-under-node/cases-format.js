'use strict';

// Corpus for util.format / util.formatWithOptions: each entry is
// { name, args, options? } and runs format(...args) or
// formatWithOptions(options, ...args).

function buildCases() {
  const cases = [];
  const add = (name, ...args) => cases.push({ name, args });
  const addWith = (name, options, ...args) => cases.push({ name, args, options });

  class WithToString { toString() { return 'custom toString'; } }
  class Inherits extends WithToString {}
  class Plain { constructor() { this.p = 1; } }
  const circular = { name: 'c' };
  circular.self = circular;
  const err = new Error('fmt error');
  const fakeErr = Object.assign(new Error('e'), { stack: 'Error: e\n    at x (/y:1:1)' });

  add('no args');
  add('single string', 'hello');
  add('single number', 42);
  add('single object', { a: 1 });
  add('string + string', 'a', 'b');
  add('string + number', 'a', 1);
  add('multiple mixed', 'a', 1, { b: 2 }, [3], 'c', null, undefined);
  add('non-string first', 1, 'two', { three: 3 });
  add('non-string first %s', { a: 1 }, '%s', 'x');

  const values = [
    'str', '', 42, -0, 0, 1.5, NaN, Infinity, -Infinity, 10n, -10n, true, false, null, undefined,
    Symbol('sym'), { a: 1 }, { a: { b: { c: 1 } } }, [1, [2, [3]]], [], new Date(0), new Date(NaN),
    /re/g, () => {}, function named() {}, class K {}, new Map([[1, 2]]), new Set([1]),
    new WithToString(), new Inherits(), new Plain(), Object.create(null), circular,
    new Proxy({ a: 1 }, {}), new Proxy([1], {}), fakeErr, new Number(5), new String('boxed'),
    { toString() { return 'own toString'; } }, { [Symbol.toPrimitive]() { return 'prim'; } },
    { toString: 'not a function' }, Object.assign(Object.create(null), { toString() { return 'np'; } }),
    '42.9abc', '  12', '0x1f', '1e3', '', 'abc', {}, [1.5], [], '-0', Number.MAX_SAFE_INTEGER + 2,
    123456789, 0.1 + 0.2, 1e21, new URL('http://example.com/p?q=1'), Buffer.from('buf'),
    new Uint8Array([1, 2]), Promise.resolve(1), new Error('plain'),
  ];
  for (const spec of ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c']) {
    values.forEach((v, i) => add(`${spec} value ${i}`, `<${spec}>`, v));
  }
  class ToPrim { [Symbol.toPrimitive]() { return 'toPrimitive on class'; } }
  class ToPrimChild extends ToPrim {}
  class DateWithToPrim extends Date { [Symbol.toPrimitive]() { return 'date toPrimitive'; } }
  class DateWithToString extends Date { toString() { return 'date toString'; } }
  const conversions = [
    new ToPrim(), new ToPrimChild(), Object.create({ [Symbol.toPrimitive]() { return 'inherited'; } }),
    new (class MyDate extends Date {})(0), new DateWithToPrim(0), new DateWithToString(0),
    Object.assign(Object.create(null), { [Symbol.toPrimitive]: () => 'null proto toPrimitive' }),
    { [Symbol.toPrimitive]: 5, a: 1 }, Object(Symbol('boxed')), new (class E2 extends Error {})('e2'),
    Object.create(Object.create(null)), new (class NoToString { constructor() { this.x = 1; } })(),
    Object.assign(new Map(), { toString() { return 'own map toString'; } }),
  ];
  conversions.forEach((v, i) => add(`%s conversion ${i}`, '%s', v));
  add('%j circular', '%j', circular);
  add('%j undefined', '%j', undefined);
  add('%j function', '%j', () => {});
  add('%j toJSON', '%j', { toJSON() { return 'json!'; } });
  add('%j bigint throws?', '%j', { a: 1 });
  add('%j nested circular', '%j', { outer: circular });
  add('%% alone', '%%');
  add('%% with arg', '%%', 1);
  add('%% and %s', '100%% %s', 'done');
  add('% at end', 'trailing %', 1);
  add('% unknown', '%x %s', 1);
  add('%s missing arg', '%s %s', 'only one');
  add('%d missing arg', '%d');
  add('extra args', '%s', 'a', 'b', { c: 1 });
  add('extra args after %%', '%% %s', 'a', 'b');
  add('no placeholders extra', 'plain', 'x', 1);
  add('adjacent', '%s%s%d', 'a', 'b', 3);
  add('placeholder in middle', 'a %s b %d c', 'X', 5);
  add('double percent before placeholder', '%%s', 'x');
  add('percent percent percent s', '%%%s', 'x');
  add('%c removed', '%cstyled%c text', 'color: red', 'font-weight: bold');
  add('%s deep object', '%s', { a: { b: { c: { d: 1 } } } });
  add('%s array nested', '%s', [1, [2, [3, [4]]]]);
  add('%s long array', '%s', Array.from({ length: 120 }, (_, i) => i));
  add('%s error', '%s', err);
  add('%o function', '%o', function withProps() {});
  add('%o array', '%o', [1, 2, [3]]);
  add('%o nested', '%o', { a: { b: { c: { d: { e: { f: 1 } } } } } });
  add('%O nested', '%O', { a: { b: { c: { d: 1 } } } });
  add('%o proxy', '%o', new Proxy({ a: 1 }, {}));
  add('%i float string', '%i', '3.99');
  add('%i negative', '%i', -3.99);
  add('%i bigint large', '%i', 2n ** 70n);
  add('%d object', '%d', {});
  add('%d array', '%d', [5]);
  add('%d string number', '%d', '42');
  add('%f string', '%f', '3.25px');
  add('%f bigint', '%f', 4n);
  add('%f symbol', '%f', Symbol('x'));
  add('%d symbol', '%d', Symbol('x'));
  add('%i symbol', '%i', Symbol('x'));
  add('first is string with newline', 'a\nb', { c: 1 });
  add('string args not quoted', 'x', 'y z');
  add('string first then symbol', 's', Symbol('t'));
  add('only % char', '%');
  add('empty first string', '', 1);

  addWith('with colors', { colors: true }, 'a', 1, 'b', { c: [1, 'x'] }, null);
  addWith('with colors %s', { colors: true }, '%s %s', { a: 1 }, 5);
  addWith('with colors %O', { colors: true }, '%O', { a: 'x' });
  addWith('with colors %o', { colors: true }, '%o', { a: 'x' });
  addWith('with colors %d', { colors: true }, '%d', 5);
  addWith('with depth 0', { depth: 0 }, { a: { b: 1 } });
  addWith('with depth 0 %s', { depth: 5 }, '%s', { a: { b: { c: 1 } } });
  addWith('with depth %o', { depth: 0 }, '%o', { a: { b: { c: 1 } } });
  addWith('with numericSeparator', { numericSeparator: true }, '%d %i %f %s', 1234567, 1234567.8, 1234.5678, 1234567);
  addWith('with numericSeparator bigint', { numericSeparator: true }, '%d %s', 1234567n, 7654321n);
  addWith('with numericSeparator rest', { numericSeparator: true }, 1234567, { n: 1234567 });
  addWith('with compact false', { compact: false }, { a: 1 });
  addWith('with breakLength', { breakLength: 10 }, 'x', { aaaa: 1, bbbb: 2, cccc: 3 });
  addWith('with showHidden', { showHidden: true }, [1]);
  addWith('with array options', [], 'a %s', 'b');
  addWith('with function options', function opts() {}, 'x', 1);
  addWith('with sorted', { sorted: true }, { b: 1, a: 2 });
  addWith('with single string', { colors: true }, 'only');
  addWith('with colors number', { colors: true }, 7);

  return cases;
}

module.exports = { buildCases };
