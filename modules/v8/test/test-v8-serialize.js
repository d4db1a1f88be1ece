'use strict';
// v8.serialize / deserialize round-trip what structured clone can (cycles,
// Map/Set, BigInt, Dates, RegExps, errors, holes, -0), with TypedArrays,
// DataViews and Buffers as host objects (Buffers come back as Buffers);
// functions and symbols fail to clone; corrupt input fails to read.
const assert = require('assert');
const v8 = require('v8');

const value = {
  n: 1, s: 'str', big: 2n ** 70n, date: new Date(0), re: /x/g,
  map: new Map([[1, { nil: null }]]), set: new Set(['x']), holes: [1, , 3],  // eslint-disable-line no-sparse-arrays
  buf: Buffer.from('hello'), u16: new Uint16Array([1, 2, 3]), dv: new DataView(new ArrayBuffer(4)),
  f64: new Float64Array([1.5]), err: new RangeError('bad'), odd: [undefined, -0, NaN, Infinity],
};
value.self = value;
const bytes = v8.serialize(value);
assert.ok(Buffer.isBuffer(bytes));
assert.strictEqual(bytes[0], 0xff);  // version tag
const back = v8.deserialize(bytes);
assert.strictEqual(back.self, back);
assert.ok(Buffer.isBuffer(back.buf));
assert.strictEqual(back.buf.toString(), 'hello');
assert.deepStrictEqual(back.u16, new Uint16Array([1, 2, 3]));
assert.ok(back.dv instanceof DataView);
assert.strictEqual(back.dv.byteLength, 4);
assert.deepStrictEqual(back.f64, new Float64Array([1.5]));
assert.strictEqual(back.big, 2n ** 70n);
assert.deepStrictEqual(back.map, new Map([[1, { nil: null }]]));
assert.ok(back.set.has('x'));
assert.strictEqual(back.holes.length, 3);
assert.strictEqual(1 in back.holes, false);
assert.ok(back.err instanceof RangeError);
assert.strictEqual(back.err.message, 'bad');
assert.ok(Object.is(back.odd[1], -0) && Number.isNaN(back.odd[2]));
assert.strictEqual(back.re.flags, 'g');
assert.strictEqual(back.date.getTime(), 0);

// A Buffer from the pool carries only its own bytes.
const small = Buffer.from('ab');
assert.ok(v8.serialize(small).length < 32);

assert.throws(() => v8.serialize({ f() {} }), { name: 'Error', message: 'f() {} could not be cloned.' });
assert.throws(() => v8.serialize(Symbol('x')), { message: 'Symbol(x) could not be cloned.' });
assert.throws(() => v8.deserialize(Buffer.from([1, 2, 3])), {
  message: 'Unable to deserialize cloned data due to invalid or unsupported version.',
});
assert.throws(() => new v8.Deserializer('x'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'buffer must be a TypedArray or a DataView',
});
assert.throws(() => v8.Serializer(), { name: 'TypeError' });
