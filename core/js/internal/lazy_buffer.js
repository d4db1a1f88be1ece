'use strict';
// The buffer plugin for other plugins (fs, stream) that need it only now
// and then: loaded on first use, so a program that handles text only never
// loads it.

const { isLoaded } = require('internal/modules/plugins');

let BufferClass;

// The Buffer class, loading the plugin.
function lazyBuffer() {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass;
}

// value instanceof Buffer, without loading the plugin: until it is loaded
// no Buffer can exist.
function isBuffer(value) {
  if (BufferClass === undefined) {
    if (!isLoaded('buffer')) return false;
    lazyBuffer();
  }
  return value instanceof BufferClass;
}

// Encodings as they are most often spelled, known valid without asking
// Buffer.isEncoding.
const kCommonEncodings = new Set([
  'utf8', 'utf-8', 'ascii', 'latin1', 'binary', 'base64', 'base64url', 'hex',
  'ucs2', 'ucs-2', 'utf16le', 'utf-16le',
]);

// Buffer.isEncoding(encoding), loading the plugin only for other spellings.
function isEncoding(encoding) {
  return kCommonEncodings.has(encoding) || lazyBuffer().isEncoding(encoding);
}

module.exports = { lazyBuffer, isBuffer, isEncoding };
