'use strict';

// Blob and File (buffer.Blob / buffer.File), kept simple: a Blob owns one
// immutable copy of its bytes. stream() is a WHATWG ReadableStream (the core's).

const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/util/types');
const { FastBuffer } = require('./fast_buffer');

const kMaxLength = 2 ** 32;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
// Only printable ASCII makes a valid type; anything else yields ''.
const disallowedTypeCharacters = /[^\u0020-\u007E]/;

let lazyInspectFn;
function lazyInspect() {
  if (lazyInspectFn === undefined) lazyInspectFn = require('internal/util/inspect').inspect;
  return lazyInspectFn;
}

let eol;
function lazyEol() {
  if (eol === undefined) {
    try {
      eol = require('os').EOL;
    } catch {
      eol = '\n';
    }
  }
  return eol;
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

// Lone surrogates become U+FFFD (WebIDL USVString).
function toUSVString(value) {
  const str = `${value}`;
  if (!/[\uD800-\uDFFF]/.test(str)) return str;
  return str.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
                     '\uFFFD');
}

// The bytes one Blob part contributes (a private copy).
function sourceBytes(source, endings) {
  if (isBlob(source)) return new Uint8Array(blobBytes(source));
  let view;
  if (isAnyArrayBuffer(source)) {
    view = new Uint8Array(source);
  } else if (ArrayBuffer.isView(source)) {
    view = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  } else {
    let str = `${source}`;
    if (endings === 'native') str = str.replace(/\n|\r\n/g, lazyEol());
    return new FastBuffer(require('./buffer').Buffer.from(str, 'utf8'));
  }
  return new Uint8Array(view);
}

// Set up inside the class body (private names are only reachable there).
let isBlob;
let blobBytes;

class Blob {
  #bytes;
  #type;

  constructor(sources = [], options) {
    if (sources === null ||
        typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    let length = 0;
    const parts = Array.from(sources, (source) => {
      const bytes = sourceBytes(source, endings);
      length += bytes.length;
      return bytes;
    });
    if (length > kMaxLength) throw new ERR_BUFFER_TOO_LARGE(kMaxLength);
    let all;
    if (parts.length === 1) {
      all = parts[0];
    } else {
      all = new Uint8Array(length);
      let pos = 0;
      for (const part of parts) {
        all.set(part, pos);
        pos += part.length;
      }
    }
    this.#bytes = all;
    this.#type = normalizeType(type);
  }

  static {
    isBlob = (object) => object != null && typeof object === 'object' && #bytes in object;
    blobBytes = (blob) => blob.#bytes;
  }

  static #fromBytes(bytes, type) {
    const blob = new Blob();
    blob.#bytes = bytes;
    blob.#type = type;
    return blob;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#bytes.length;
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.#bytes.length;
    start = Math.trunc(+start) || 0;
    end = Math.trunc(+end) || 0;
    if (start < 0) start = Math.max(size + start, 0);
    else start = Math.min(start, size);
    if (end < 0) end = Math.max(size + end, 0);
    else end = Math.min(end, size);
    const span = Math.max(end - start, 0);
    // Slices share the (immutable) bytes.
    return Blob.#fromBytes(this.#bytes.subarray(start, start + span), normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(new Uint8Array(this.#bytes));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    let text = new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
    // Like TextDecoder: a leading byte order mark is dropped.
    if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
    return Promise.resolve(text);
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const { ReadableStream } = require('internal/webstreams');
    const bytes = this.#bytes;
    const kChunk = 65536;
    let pos = 0;
    return new ReadableStream({
      pull(controller) {
        if (pos >= bytes.length) {
          controller.close();
          return;
        }
        const end = Math.min(pos + kChunk, bytes.length);
        controller.enqueue(new Uint8Array(bytes.subarray(pos, end)));
        pos = end;
      },
    });
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Blob]', 'special');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const fn = typeof inspect === 'function' ? inspect : lazyInspect();
    return `Blob ${fn({ size: this.size, type: this.type }, opts)}`;
  }
}

for (const name of ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer']) {
  Object.defineProperty(Blob.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'Blob',
});

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = toUSVString(fileName);
    this.#lastModified = lastModified;
  }

  get name() {
    if (this == null || !(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (this == null || !(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return options.stylize('[File]', 'special');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const fn = typeof inspect === 'function' ? inspect : lazyInspect();
    return `File ${fn({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'File',
});

// ---------------------------------------------------------------------------
// Object URLs: `blob:nodedata:<uuid>` names a registered Blob until revoked
// (the core's URL.createObjectURL / URL.revokeObjectURL call in here).

const objectURLBlobs = new Map();  // uuid -> Blob

function createObjectURL(obj) {
  if (!isBlob(obj)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = binding.randomUUID();
  objectURLBlobs.set(id, obj);
  return `blob:nodedata:${id}`;
}

// The uuid of a well-formed object URL, or undefined.
function objectURLId(url) {
  let pathname;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const parts = pathname.split(':');
  return parts.length === 2 && parts[0] === 'nodedata' ? parts[1] : undefined;
}

function revokeObjectURL(url) {
  const id = objectURLId(url);
  if (id !== undefined) objectURLBlobs.delete(id);
}

// A new Blob with the registered one's bytes and type, as node returns.
function resolveObjectURL(url) {
  const blob = objectURLBlobs.get(objectURLId(`${url}`));
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = {
  Blob, File, resolveObjectURL, isBlob, objectURLs: { create: createObjectURL, revoke: revokeObjectURL },
};
