'use strict';

// Node-side stand-ins for the native bindings the web-globals modules use.
// Each follows the contract documented at the top of the module that calls
// it; these are test scaffolding built on node's Buffer, performance and
// structuredClone, not reference implementations.

const buffer = require('buffer');
const os = require('os');

const { Buffer } = buffer;

function asBuffer(bytes) {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError('binding: expected a Uint8Array');
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// --- internalBinding('encoding') -------------------------------------------

const encodeIntoResults = new Uint32Array(2);

function utf8Length(code) {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

const encoding = {
  encodeIntoResults,

  encodeUtf8(string) {
    const buf = Buffer.from(string, 'utf8');
    const out = new Uint8Array(buf.length);
    out.set(buf);
    return out;
  },

  encodeInto(string, dest) {
    let read = 0;
    let written = 0;
    const length = string.length;
    while (read < length) {
      let code = string.charCodeAt(read);
      let units = 1;
      if (code >= 0xD800 && code <= 0xDBFF && read + 1 < length) {
        const next = string.charCodeAt(read + 1);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          code = 0x10000 + ((code - 0xD800) << 10) + (next - 0xDC00);
          units = 2;
        }
      }
      if (code >= 0xD800 && code <= 0xDFFF) code = 0xFFFD;
      const need = utf8Length(code);
      if (written + need > dest.length) break;
      if (need === 1) {
        dest[written] = code;
      } else if (need === 2) {
        dest[written] = 0xC0 | (code >> 6);
        dest[written + 1] = 0x80 | (code & 63);
      } else if (need === 3) {
        dest[written] = 0xE0 | (code >> 12);
        dest[written + 1] = 0x80 | ((code >> 6) & 63);
        dest[written + 2] = 0x80 | (code & 63);
      } else {
        dest[written] = 0xF0 | (code >> 18);
        dest[written + 1] = 0x80 | ((code >> 12) & 63);
        dest[written + 2] = 0x80 | ((code >> 6) & 63);
        dest[written + 3] = 0x80 | (code & 63);
      }
      written += need;
      read += units;
    }
    encodeIntoResults[0] = read;
    encodeIntoResults[1] = written;
  },

  decodeUtf8(bytes, ignoreBOM, fatal) {
    const buf = asBuffer(bytes);
    if (fatal && !buffer.isUtf8(buf)) return undefined;
    let s = buf.toString('utf8');
    if (!ignoreBOM && s.charCodeAt(0) === 0xFEFF) s = s.slice(1);
    return s;
  },

  decodeUtf16le(bytes, ignoreBOM, fatal) {
    if (bytes.length % 2 !== 0) throw new RangeError('binding: odd length');
    let s = asBuffer(bytes).toString('utf16le');
    if (fatal && !s.isWellFormed()) return undefined;
    s = s.toWellFormed();
    if (!ignoreBOM && s.charCodeAt(0) === 0xFEFF) s = s.slice(1);
    return s;
  },

  decodeLatin1(bytes, ignoreBOM, fatal) {
    return asBuffer(bytes).toString('latin1');
  },
};

// --- internalBinding('performance') ----------------------------------------
// Node's own clock and milestones, so values line up with node's
// `performance` in comparisons.

const nodePerformance = globalThis.performance;
const performanceBinding = {
  now: () => nodePerformance.now(),
  timeOrigin: nodePerformance.timeOrigin,
  getMilestones() {
    const t = nodePerformance.nodeTiming;
    return {
      nodeStart: t.nodeStart,
      v8Start: t.v8Start,
      environment: t.environment,
      bootstrapComplete: t.bootstrapComplete,
      loopStart: t.loopStart,
      loopExit: t.loopExit,
    };
  },
  loopIdleTime: () => nodePerformance.nodeTiming.idleTime,
};

// --- internalBinding('messaging') ------------------------------------------
// Clones with node's structuredClone, but reports failures the way a bare
// native binding might: a plain Error named 'DataCloneError', which the JS
// wrapper must turn into a DOMException.

const nodeStructuredClone = globalThis.structuredClone;
const messaging = {
  structuredClone(value, transferList) {
    if (!Array.isArray(transferList)) {
      throw new TypeError('binding: transferList must be an array');
    }
    try {
      return nodeStructuredClone(value, { transfer: transferList });
    } catch (err) {
      if (err instanceof globalThis.DOMException &&
          err.name === 'DataCloneError') {
        const plain = new Error(err.message);
        plain.name = 'DataCloneError';
        throw plain;
      }
      throw err;
    }
  },
};

module.exports = {
  encoding,
  performance: performanceBinding,
  messaging,
  constants: { os: os.constants },
};
