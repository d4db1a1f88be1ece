'use strict';
// The Serializer / Deserializer classes: raw reads and writes around a
// value, host objects through subclass hooks, transferred ArrayBuffers and
// the data clone error hook.
const assert = require('assert');
const v8 = require('v8');

const ser = new v8.Serializer();
ser.writeHeader();
ser.writeUint32(7);
ser.writeUint64(1, 2);
ser.writeDouble(2.5);
ser.writeRawBytes(Buffer.from('raw'));
ser.writeValue('value');
const des = new v8.Deserializer(ser.releaseBuffer());
assert.strictEqual(des.readHeader(), true);
assert.ok(des.getWireFormatVersion() >= 13);
assert.strictEqual(des.readUint32(), 7);
assert.deepStrictEqual(des.readUint64(), [1, 2]);
assert.strictEqual(des.readDouble(), 2.5);
assert.strictEqual(des.readRawBytes(3).toString(), 'raw');
assert.strictEqual(des.readValue(), 'value');
assert.throws(() => ser.writeRawBytes('x'), { code: 'ERR_INVALID_ARG_TYPE' });

class HostSerializer extends v8.Serializer {
  _writeHostObject(object) {
    this.writeUint32(object.length * 10);
  }
}
class HostDeserializer extends v8.Deserializer {
  _readHostObject() {
    return { host: this.readUint32() };
  }
}
const host = new HostSerializer();
host._setTreatArrayBufferViewsAsHostObjects(true);
host.writeHeader();
host.writeValue([new Uint8Array(4)]);
const hostReader = new HostDeserializer(host.releaseBuffer());
hostReader.readHeader();
assert.deepStrictEqual(hostReader.readValue(), [{ host: 40 }]);

// A transferred ArrayBuffer is written by id and supplied on reading.
const transfer = new v8.Serializer();
const ab = new Uint8Array([9, 8]).buffer;
transfer.transferArrayBuffer(0, ab);
transfer.writeHeader();
transfer.writeValue(ab);
const transferReader = new v8.Deserializer(transfer.releaseBuffer());
const target = new Uint8Array([1, 2, 3]).buffer;
transferReader.transferArrayBuffer(0, target);
transferReader.readHeader();
assert.strictEqual(transferReader.readValue(), target);

// _getDataCloneError makes the error thrown for what cannot be cloned.
class MyError extends Error {}
class Picky extends v8.Serializer {}
Picky.prototype._getDataCloneError = (message) => new MyError(message);
const picky = new Picky();
picky.writeHeader();
assert.throws(() => picky.writeValue(() => {}), MyError);
