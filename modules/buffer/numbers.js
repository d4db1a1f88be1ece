'use strict';

// Buffer.prototype.read* / write* for integers (1-6 bytes), floats, doubles
// and 64-bit BigInts, with Node 20's argument checks and error messages.
//
// Plain JS on purpose: V8 inlines these, which no native call can beat for
// one to eight bytes.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

function invalidOffsetType(value, name) {
  return new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

// The error for an index that is not usable: not an integer, or outside
// [0 (1 for byteLength), last].
function boundsError(value, last, type) {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw invalidOffsetType(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${last}`, value);
}

// Bytes [offset, offset + extra] must exist.
function checkBounds(buf, offset, extra) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + extra] === undefined) {
    boundsError(offset, buf.length - (extra + 1));
  }
}

// `value` within [min, max], then the bounds of the `extra + 1` bytes.
function checkInt(value, min, max, buf, offset, extra) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (extra > 3) {
      const bits = (extra + 1) * 8;
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      } else {
        range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, extra);
}

function byteLengthError(byteLength) {
  boundsError(byteLength, 6, 'byteLength');
}

// ---------------------------------------------------------------------------
// Unsigned reads

function readUInt8(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return a + b * 0x100;
}

function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return a * 0x100 + b;
}

function readUInt24LE(buf, offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = buf[offset];
  const c = buf[offset + 2];
  if (a === undefined || c === undefined) boundsError(offset, buf.length - 3);
  return a + buf[offset + 1] * 0x100 + c * 0x10000;
}

function readUInt24BE(buf, offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = buf[offset];
  const c = buf[offset + 2];
  if (a === undefined || c === undefined) boundsError(offset, buf.length - 3);
  return a * 0x10000 + buf[offset + 1] * 0x100 + c;
}

function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + d * 0x1000000;
}

function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
}

function readUInt40LE(buf, offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = buf[offset];
  const e = buf[offset + 4];
  if (a === undefined || e === undefined) boundsError(offset, buf.length - 5);
  return a + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x1000000 + e * 0x100000000;
}

function readUInt40BE(buf, offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = buf[offset];
  const e = buf[offset + 4];
  if (a === undefined || e === undefined) boundsError(offset, buf.length - 5);
  return a * 0x100000000 + buf[offset + 1] * 0x1000000 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x100 + e;
}

function readUInt48LE(buf, offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = buf[offset];
  const f = buf[offset + 5];
  if (a === undefined || f === undefined) boundsError(offset, buf.length - 6);
  return a + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x1000000 + (buf[offset + 4] + f * 0x100) * 0x100000000;
}

function readUInt48BE(buf, offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = buf[offset];
  const f = buf[offset + 5];
  if (a === undefined || f === undefined) boundsError(offset, buf.length - 6);
  return (a * 0x100 + buf[offset + 1]) * 0x100000000 + buf[offset + 2] * 0x1000000 +
    buf[offset + 3] * 0x10000 + buf[offset + 4] * 0x100 + f;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw invalidOffsetType(offset, 'offset');
  if (byteLength === 6) return readUInt48LE(this, offset);
  if (byteLength === 5) return readUInt40LE(this, offset);
  if (byteLength === 3) return readUInt24LE(this, offset);
  if (byteLength === 4) return readUInt32LE.call(this, offset);
  if (byteLength === 2) return readUInt16LE.call(this, offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  byteLengthError(byteLength);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw invalidOffsetType(offset, 'offset');
  if (byteLength === 6) return readUInt48BE(this, offset);
  if (byteLength === 5) return readUInt40BE(this, offset);
  if (byteLength === 3) return readUInt24BE(this, offset);
  if (byteLength === 4) return readUInt32BE.call(this, offset);
  if (byteLength === 2) return readUInt16BE.call(this, offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  byteLengthError(byteLength);
}

// ---------------------------------------------------------------------------
// Signed reads: sign-extend the unsigned value.

function readInt8(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val > 0x7f ? val - 0x100 : val;
}

function readInt16LE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  const val = a + b * 0x100;
  return val > 0x7fff ? val - 0x10000 : val;
}

function readInt16BE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  const val = a * 0x100 + b;
  return val > 0x7fff ? val - 0x10000 : val;
}

function readInt24LE(buf, offset = 0) {
  const val = readUInt24LE(buf, offset);
  return val > 0x7fffff ? val - 0x1000000 : val;
}

function readInt24BE(buf, offset = 0) {
  const val = readUInt24BE(buf, offset);
  return val > 0x7fffff ? val - 0x1000000 : val;
}

function readInt32LE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + (d << 24);
}

function readInt32BE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return (a << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
}

function readInt40LE(buf, offset = 0) {
  const val = readUInt40LE(buf, offset);
  return val > 0x7fffffffff ? val - 0x10000000000 : val;
}

function readInt40BE(buf, offset = 0) {
  const val = readUInt40BE(buf, offset);
  return val > 0x7fffffffff ? val - 0x10000000000 : val;
}

function readInt48LE(buf, offset = 0) {
  const val = readUInt48LE(buf, offset);
  return val > 0x7fffffffffff ? val - 0x1000000000000 : val;
}

function readInt48BE(buf, offset = 0) {
  const val = readUInt48BE(buf, offset);
  return val > 0x7fffffffffff ? val - 0x1000000000000 : val;
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw invalidOffsetType(offset, 'offset');
  if (byteLength === 6) return readInt48LE(this, offset);
  if (byteLength === 5) return readInt40LE(this, offset);
  if (byteLength === 3) return readInt24LE(this, offset);
  if (byteLength === 4) return readInt32LE.call(this, offset);
  if (byteLength === 2) return readInt16LE.call(this, offset);
  if (byteLength === 1) return readInt8.call(this, offset);
  byteLengthError(byteLength);
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw invalidOffsetType(offset, 'offset');
  if (byteLength === 6) return readInt48BE(this, offset);
  if (byteLength === 5) return readInt40BE(this, offset);
  if (byteLength === 3) return readInt24BE(this, offset);
  if (byteLength === 4) return readInt32BE.call(this, offset);
  if (byteLength === 2) return readInt16BE.call(this, offset);
  if (byteLength === 1) return readInt8.call(this, offset);
  byteLengthError(byteLength);
}

// ---------------------------------------------------------------------------
// 64-bit BigInt reads

function readBigUInt64LE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, this.length - 8);
  const lo = a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 +
    this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 +
    h * 0x1000000;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, this.length - 8);
  const hi = a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 +
    this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 +
    this[offset + 6] * 0x100 + h;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, this.length - 8);
  const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 +
    (h << 24);
  const lo = a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 +
    this[offset + 3] * 0x1000000;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64BE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, this.length - 8);
  const hi = (a << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 +
    this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 +
    this[offset + 6] * 0x100 + h;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// ---------------------------------------------------------------------------
// Floats, through a scratch typed array sharing memory with a byte view.

const float32Array = new Float32Array(1);
const float32Bytes = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const float64Bytes = new Uint8Array(float64Array.buffer);

// Typed arrays use the host byte order.
float32Array[0] = -1;
const bigEndian = float32Bytes[3] === 0;

function readFloatLE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  if (bigEndian) {
    float32Bytes[3] = a;
    float32Bytes[2] = this[offset + 1];
    float32Bytes[1] = this[offset + 2];
    float32Bytes[0] = d;
  } else {
    float32Bytes[0] = a;
    float32Bytes[1] = this[offset + 1];
    float32Bytes[2] = this[offset + 2];
    float32Bytes[3] = d;
  }
  return float32Array[0];
}

function readFloatBE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  if (bigEndian) {
    float32Bytes[0] = a;
    float32Bytes[1] = this[offset + 1];
    float32Bytes[2] = this[offset + 2];
    float32Bytes[3] = d;
  } else {
    float32Bytes[3] = a;
    float32Bytes[2] = this[offset + 1];
    float32Bytes[1] = this[offset + 2];
    float32Bytes[0] = d;
  }
  return float32Array[0];
}

function readDoubleLE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, this.length - 8);
  if (bigEndian) {
    for (let i = 0; i < 8; i++) float64Bytes[7 - i] = this[offset + i];
  } else {
    float64Bytes[0] = a;
    float64Bytes[1] = this[offset + 1];
    float64Bytes[2] = this[offset + 2];
    float64Bytes[3] = this[offset + 3];
    float64Bytes[4] = this[offset + 4];
    float64Bytes[5] = this[offset + 5];
    float64Bytes[6] = this[offset + 6];
    float64Bytes[7] = h;
  }
  return float64Array[0];
}

function readDoubleBE(offset = 0) {
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, this.length - 8);
  if (bigEndian) {
    for (let i = 0; i < 8; i++) float64Bytes[i] = this[offset + i];
  } else {
    float64Bytes[7] = a;
    float64Bytes[6] = this[offset + 1];
    float64Bytes[5] = this[offset + 2];
    float64Bytes[4] = this[offset + 3];
    float64Bytes[3] = this[offset + 4];
    float64Bytes[2] = this[offset + 5];
    float64Bytes[1] = this[offset + 6];
    float64Bytes[0] = h;
  }
  return float64Array[0];
}

function writeFloatLE(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 3);
  float32Array[0] = value;
  if (bigEndian) {
    this[offset] = float32Bytes[3];
    this[offset + 1] = float32Bytes[2];
    this[offset + 2] = float32Bytes[1];
    this[offset + 3] = float32Bytes[0];
  } else {
    this[offset] = float32Bytes[0];
    this[offset + 1] = float32Bytes[1];
    this[offset + 2] = float32Bytes[2];
    this[offset + 3] = float32Bytes[3];
  }
  return offset + 4;
}

function writeFloatBE(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 3);
  float32Array[0] = value;
  if (bigEndian) {
    this[offset] = float32Bytes[0];
    this[offset + 1] = float32Bytes[1];
    this[offset + 2] = float32Bytes[2];
    this[offset + 3] = float32Bytes[3];
  } else {
    this[offset] = float32Bytes[3];
    this[offset + 1] = float32Bytes[2];
    this[offset + 2] = float32Bytes[1];
    this[offset + 3] = float32Bytes[0];
  }
  return offset + 4;
}

// Copies the scratch double's bytes to buf[offset..], in order (forward) or
// reversed.
function storeDouble(buf, offset, forward) {
  if (forward) {
    buf[offset] = float64Bytes[0];
    buf[offset + 1] = float64Bytes[1];
    buf[offset + 2] = float64Bytes[2];
    buf[offset + 3] = float64Bytes[3];
    buf[offset + 4] = float64Bytes[4];
    buf[offset + 5] = float64Bytes[5];
    buf[offset + 6] = float64Bytes[6];
    buf[offset + 7] = float64Bytes[7];
  } else {
    buf[offset] = float64Bytes[7];
    buf[offset + 1] = float64Bytes[6];
    buf[offset + 2] = float64Bytes[5];
    buf[offset + 3] = float64Bytes[4];
    buf[offset + 4] = float64Bytes[3];
    buf[offset + 5] = float64Bytes[2];
    buf[offset + 6] = float64Bytes[1];
    buf[offset + 7] = float64Bytes[0];
  }
}

function writeDoubleLE(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 7);
  float64Array[0] = value;
  storeDouble(this, offset, !bigEndian);
  return offset + 8;
}

function writeDoubleBE(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 7);
  float64Array[0] = value;
  storeDouble(this, offset, bigEndian);
  return offset + 8;
}

// ---------------------------------------------------------------------------
// Integer writes. Bytes are stored through Uint8Array element conversion
// (ToUint8) and `>>> 8` shifts (ToUint32), which gives two's complement for
// negative values; bytes above the low 32 bits come from the value divided
// by 2 ** 32, rounded down.

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  if (typeof offset !== 'number') throw invalidOffsetType(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeU_Int16LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeU_Int16BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset] = value >>> 8;
  buf[offset + 1] = value;
  return offset + 2;
}

function writeU_Int24LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  return offset + 3;
}

function writeU_Int24BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset] = value >>> 16;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value;
  return offset + 3;
}

function writeU_Int32LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeU_Int32BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset] = value >>> 24;
  buf[offset + 1] = value >>> 16;
  buf[offset + 2] = value >>> 8;
  buf[offset + 3] = value;
  return offset + 4;
}

function writeU_Int40LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = Math.floor(value * 2 ** -32);
  return offset + 5;
}

function writeU_Int40BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  buf[offset] = Math.floor(value * 2 ** -32);
  buf[offset + 1] = value >>> 24;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 8;
  buf[offset + 4] = value;
  return offset + 5;
}

function writeU_Int48LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const high = Math.floor(value * 2 ** -32);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = high;
  buf[offset + 5] = high >>> 8;
  return offset + 6;
}

function writeU_Int48BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const high = Math.floor(value * 2 ** -32);
  buf[offset] = high >>> 8;
  buf[offset + 1] = high;
  buf[offset + 2] = value >>> 24;
  buf[offset + 3] = value >>> 16;
  buf[offset + 4] = value >>> 8;
  buf[offset + 5] = value;
  return offset + 6;
}

function writeUInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, 0, 0xff);
}
function writeUInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, 0, 0xffff);
}
function writeUInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, 0, 0xffff);
}
function writeUInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
}
function writeUInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
}
function writeInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}
function writeInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
}
function writeInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
}
function writeInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
}
function writeInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeUIntLE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48LE(this, value, offset, 0, 0xffffffffffff);
  if (byteLength === 5) return writeU_Int40LE(this, value, offset, 0, 0xffffffffff);
  if (byteLength === 3) return writeU_Int24LE(this, value, offset, 0, 0xffffff);
  if (byteLength === 4) return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
  if (byteLength === 2) return writeU_Int16LE(this, value, offset, 0, 0xffff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  byteLengthError(byteLength);
}

function writeUIntBE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48BE(this, value, offset, 0, 0xffffffffffff);
  if (byteLength === 5) return writeU_Int40BE(this, value, offset, 0, 0xffffffffff);
  if (byteLength === 3) return writeU_Int24BE(this, value, offset, 0, 0xffffff);
  if (byteLength === 4) return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
  if (byteLength === 2) return writeU_Int16BE(this, value, offset, 0, 0xffff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  byteLengthError(byteLength);
}

function writeIntLE(value, offset, byteLength) {
  if (byteLength === 6) {
    return writeU_Int48LE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  }
  if (byteLength === 5) return writeU_Int40LE(this, value, offset, -0x8000000000, 0x7fffffffff);
  if (byteLength === 3) return writeU_Int24LE(this, value, offset, -0x800000, 0x7fffff);
  if (byteLength === 4) return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
  if (byteLength === 2) return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  byteLengthError(byteLength);
}

function writeIntBE(value, offset, byteLength) {
  if (byteLength === 6) {
    return writeU_Int48BE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  }
  if (byteLength === 5) return writeU_Int40BE(this, value, offset, -0x8000000000, 0x7fffffffff);
  if (byteLength === 3) return writeU_Int24BE(this, value, offset, -0x800000, 0x7fffff);
  if (byteLength === 4) return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
  if (byteLength === 2) return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  byteLengthError(byteLength);
}

// ---------------------------------------------------------------------------
// 64-bit BigInt writes (a Number value fails on the BigInt arithmetic with
// V8's "Cannot mix BigInt and other types" TypeError, as in Node).

function writeBigU_Int64LE(buf, value, offset, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  buf[offset] = lo;
  buf[offset + 1] = lo >> 8;
  buf[offset + 2] = lo >> 16;
  buf[offset + 3] = lo >> 24;
  buf[offset + 4] = hi;
  buf[offset + 5] = hi >> 8;
  buf[offset + 6] = hi >> 16;
  buf[offset + 7] = hi >> 24;
  return offset + 8;
}

function writeBigU_Int64BE(buf, value, offset, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  buf[offset + 7] = lo;
  buf[offset + 6] = lo >> 8;
  buf[offset + 5] = lo >> 16;
  buf[offset + 4] = lo >> 24;
  buf[offset + 3] = hi;
  buf[offset + 2] = hi >> 8;
  buf[offset + 1] = hi >> 16;
  buf[offset] = hi >> 24;
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, 0n, 0xffffffffffffffffn);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, 0n, 0xffffffffffffffffn);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n);
}

// Node names its float methods after the byte order they copy in
// (readFloatLE is `readFloatForwards` on little-endian hosts).
for (const [fn, base, le] of [
  [readFloatLE, 'readFloat', true], [readFloatBE, 'readFloat', false],
  [readDoubleLE, 'readDouble', true], [readDoubleBE, 'readDouble', false],
  [writeFloatLE, 'writeFloat', true], [writeFloatBE, 'writeFloat', false],
  [writeDoubleLE, 'writeDouble', true], [writeDoubleBE, 'writeDouble', false],
]) {
  const forwards = le !== bigEndian;
  Object.defineProperty(fn, 'name', {
    __proto__: null, value: `${base}${forwards ? 'Forwards' : 'Backwards'}`, configurable: true,
  });
}

// Installs the methods in Node's order, with the Uint spellings as aliases.
function addNumberMethods(proto) {
  const methods = {
    readBigUInt64LE,
    readBigUInt64BE,
    readBigUint64LE: readBigUInt64LE,
    readBigUint64BE: readBigUInt64BE,
    readBigInt64LE,
    readBigInt64BE,
    writeBigUInt64LE,
    writeBigUInt64BE,
    writeBigUint64LE: writeBigUInt64LE,
    writeBigUint64BE: writeBigUInt64BE,
    writeBigInt64LE,
    writeBigInt64BE,
    readUIntLE,
    readUInt32LE,
    readUInt16LE,
    readUInt8,
    readUIntBE,
    readUInt32BE,
    readUInt16BE,
    readUintLE: readUIntLE,
    readUint32LE: readUInt32LE,
    readUint16LE: readUInt16LE,
    readUint8: readUInt8,
    readUintBE: readUIntBE,
    readUint32BE: readUInt32BE,
    readUint16BE: readUInt16BE,
    readIntLE,
    readInt32LE,
    readInt16LE,
    readInt8,
    readIntBE,
    readInt32BE,
    readInt16BE,
    writeUIntLE,
    writeUInt32LE,
    writeUInt16LE,
    writeUInt8,
    writeUIntBE,
    writeUInt32BE,
    writeUInt16BE,
    writeUintLE: writeUIntLE,
    writeUint32LE: writeUInt32LE,
    writeUint16LE: writeUInt16LE,
    writeUint8: writeUInt8,
    writeUintBE: writeUIntBE,
    writeUint32BE: writeUInt32BE,
    writeUint16BE: writeUInt16BE,
    writeIntLE,
    writeInt32LE,
    writeInt16LE,
    writeInt8,
    writeIntBE,
    writeInt32BE,
    writeInt16BE,
    readFloatLE,
    readFloatBE,
    readDoubleLE,
    readDoubleBE,
    writeFloatLE,
    writeFloatBE,
    writeDoubleLE,
    writeDoubleBE,
  };
  // Plain assignment keeps the prototype in V8's fast (non-dictionary) mode.
  for (const name of Object.keys(methods)) proto[name] = methods[name];
}

module.exports = { addNumberMethods };
