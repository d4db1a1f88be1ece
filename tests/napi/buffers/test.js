'use strict';
// Node-API Buffers, ArrayBuffers, typed arrays, DataViews. Run with --expose-gc.
const assert = require('assert');
const common = require('../common');
const addon = common.load('buffers');

const kArraybufferExpected = 19;
const Buffer = common.bufferConstructor();
// Without a Buffer implementation in the runtime only the Uint8Array side
// can be checked.
const isBuffer = (b) => (Buffer === undefined ? b instanceof Uint8Array : Buffer.isBuffer(b));

async function main() {
  // Buffers are Uint8Arrays with Buffer.prototype.
  const b = addon.createBuffer(4);
  assert.ok(isBuffer(b));
  assert.ok(b instanceof Uint8Array);
  if (Buffer !== undefined) {
    assert.ok(b instanceof Buffer);
    assert.strictEqual(Object.getPrototypeOf(b), Buffer.prototype);
    assert.strictEqual(b.toString('hex'), '01020304');
  }
  assert.deepStrictEqual([...b], [1, 2, 3, 4]);
  assert.strictEqual(addon.createBuffer(0).length, 0);

  const copy = addon.createBufferCopy('hello');
  assert.ok(isBuffer(copy));
  assert.deepStrictEqual([...copy], [...'hello'].map((c) => c.charCodeAt(0)));

  const ext = addon.createExternalBuffer('external');
  assert.ok(isBuffer(ext));
  assert.strictEqual(String.fromCharCode(...ext), 'external');

  assert.deepStrictEqual(addon.bufferInfo(addon.createBuffer(3)), { length: 3, sum: 6 });
  assert.deepStrictEqual(addon.bufferInfo(new Uint8Array([5, 5])), { length: 2, sum: 10 });
  const sub = new Uint8Array([9, 1, 2, 9]).subarray(1, 3);
  assert.deepStrictEqual(addon.bufferInfo(sub), { length: 2, sum: 3 });
  assert.strictEqual(addon.bufferInfo({}), false);
  assert.strictEqual(addon.bufferInfo('str'), false);

  const fromAb = addon.bufferFromArrayBuffer(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2);
  if (fromAb !== undefined) {
    assert.ok(isBuffer(fromAb));
    assert.deepStrictEqual([...fromAb], [2, 3]);
    assert.throws(() => addon.bufferFromArrayBuffer(new ArrayBuffer(2), 1, 2),
                  { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
  }

  // ArrayBuffers.
  const ab = addon.createArrayBuffer(8);
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 8);
  assert.strictEqual(new Uint8Array(ab)[1], 254);
  assert.deepStrictEqual(addon.arrayBufferInfo(ab), { length: 8, first: 255, detached: false });
  assert.strictEqual(addon.arrayBufferInfo(new Uint8Array(2)), false);
  const eab = addon.createExternalArrayBuffer(4);
  assert.deepStrictEqual([...new Uint8Array(eab)], [0, 1, 2, 3]);

  // Detaching.
  const toDetach = new ArrayBuffer(4);
  assert.strictEqual(addon.detach(toDetach), 0);
  assert.strictEqual(toDetach.byteLength, 0);
  assert.deepStrictEqual(addon.arrayBufferInfo(toDetach), { length: 0, first: -1, detached: true });
  assert.strictEqual(addon.detach({}), kArraybufferExpected);

  // Typed arrays of every type.
  const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
                 Int32Array, Uint32Array, Float32Array, Float64Array,
                 BigInt64Array, BigUint64Array];
  const backing = new ArrayBuffer(64);
  new Uint8Array(backing).forEach((_, i, a) => { a[i] = i; });
  types.forEach((Type, type) => {
    const ta = addon.createTypedArray(type, backing, 8, 2);
    assert.ok(ta instanceof Type, Type.name);
    assert.strictEqual(ta.length, 2);
    assert.strictEqual(ta.byteOffset, 8);
    assert.strictEqual(ta.buffer, backing);
    const infoObj = addon.typedArrayInfo(ta);
    assert.strictEqual(infoObj.type, type);
    assert.strictEqual(infoObj.length, 2);
    assert.strictEqual(infoObj.byteOffset, 8);
    assert.strictEqual(infoObj.buffer, backing);
    assert.strictEqual(infoObj.firstByte, 8);
    if (Type.BYTES_PER_ELEMENT > 1) {
      assert.throws(() => addon.createTypedArray(type, backing, 1, 1), {
        name: 'RangeError',
        code: 'ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT',
        message: `start offset of ${Type.name} should be a multiple of ${Type.BYTES_PER_ELEMENT}`,
      });
    }
    assert.throws(() => addon.createTypedArray(type, backing, 0, 65), {
      name: 'RangeError',
      code: 'ERR_NAPI_INVALID_TYPEDARRAY_LENGTH',
      message: 'Invalid typed array length',
    });
  });
  assert.throws(() => addon.createTypedArray(0, {}, 0, 1), /Invalid argument/);
  assert.throws(() => addon.createTypedArray(99, backing, 0, 1), /Invalid argument/);
  assert.strictEqual(addon.typedArrayInfo([]), false);
  assert.strictEqual(addon.typedArrayInfo(new DataView(backing)), false);
  // A typed array created in JS (possibly on-heap) reports a stable pointer.
  const small = new Uint16Array([7, 8]);
  assert.strictEqual(addon.typedArrayInfo(small).firstByte, 7);

  // DataViews.
  const dv = addon.createDataView(backing, 4, 8);
  assert.ok(dv instanceof DataView);
  assert.strictEqual(dv.byteOffset, 4);
  assert.strictEqual(dv.byteLength, 8);
  assert.deepStrictEqual(addon.dataViewInfo(dv),
                         { byteLength: 8, byteOffset: 4, buffer: backing, firstByte: 4 });
  assert.throws(() => addon.createDataView(backing, 60, 8), {
    name: 'RangeError',
    code: 'ERR_NAPI_INVALID_DATAVIEW_ARGS',
  });
  assert.strictEqual(addon.dataViewInfo(new Uint8Array(1)), false);

  // External memory is handed back once the objects are collected.
  await common.gcAndWait();
  const before = addon.finalized();
  (() => {
    addon.createExternalBuffer('gone');
    addon.createExternalArrayBuffer(16);
  })();
  await common.gcAndWait(5);
  assert.strictEqual(addon.finalized() - before, 11);
  console.log(Buffer === undefined ? 'buffers: ok (no Buffer in this runtime: prototype not checked)'
                                    : 'buffers: ok');
}

main();
