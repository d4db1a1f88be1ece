'use strict';

// The cases compare.js runs against node's buffer and the plugin. Each case
// is (B) => value, B being the module under test; values (and thrown errors)
// must be identical.

function mulberry32(seed) {
  return function next() {
    seed |= 0;
    seed = (seed + 0x6D2B79F5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const goodEncodings = [
  'utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'ucs-2', 'UCS2', 'utf16le', 'utf-16le',
  'UTF-16LE', 'latin1', 'binary', 'BINARY', 'ascii', 'ASCII', 'base64', 'Base64',
  'base64url', 'BASE64URL', 'hex', 'HEX',
];
const badEncodings = ['bogus', 'utf9', '', null, undefined, 5, 'utf-16', 'latin-1', 'hex '];
const allEncodings = goodEncodings.concat(badEncodings);
const mainEncodings = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

function randomBytes(rand, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(Math.floor(rand() * 256));
  return out;
}

// Random UTF-16 strings biased towards interesting code units.
function randomString(rand, n) {
  const pools = [
    () => 0x20 + Math.floor(rand() * 0x5F),           // printable ASCII
    () => Math.floor(rand() * 0x80),                  // any ASCII
    () => 0x80 + Math.floor(rand() * 0x780),          // 2-byte UTF-8
    () => 0x800 + Math.floor(rand() * 0xD000),        // 3-byte UTF-8
    () => 0xD800 + Math.floor(rand() * 0x400),        // high surrogate
    () => 0xDC00 + Math.floor(rand() * 0x400),        // low surrogate
    () => 0xE000 + Math.floor(rand() * 0x2000),       // BMP after surrogates
  ];
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.1) {
      // A proper surrogate pair.
      const cp = 0x10000 + Math.floor(rand() * 0x100000);
      s += String.fromCodePoint(cp);
    } else {
      s += String.fromCharCode(pools[Math.floor(rand() * pools.length)]());
    }
  }
  return s;
}

function define(t, { util, coreInspect }) {
  const rand = mulberry32(20240601);

  // -------------------------------------------------------------------------
  // Strings and bytes corpora

  const strings = [
    '', 'a', 'ab', 'abc', 'hello world', 'héllo', 'ÿ', 'Ā', 'ŃŃŃŃ', 'Ľ=', '€', '€uro', '😀',
    'a😀b', '\ud800', '\udc00', 'a\ud800', '\ud800a', '\ud800\ud800', '\udc00\ud800',
    '\ud83d', 'x\ude00', '日本語テキスト', '\u0000\u0001\u007f\u0080\u00ff',
    'QUJD', 'QUJDRA==', 'QUJD RA==', 'QUJD\nREVG', 'QU=JD', 'Q', 'QQ', 'QQQ', 'QQQQQ',
    '=QUJD', 'Q===', 'Q=', 'QQ=', 'QQ==', 'QQ===', '-_-_', '+/+/', 'aGVsbG8gd29ybGQ',
    'aGVsbG8gd29ybGQ=', 'aGVsbG8_d29y-GQ', '!!!!', 'QUJDŃ', 'ŃQUJD', 'QUJD€REVG',
    'QUJD\u0100REVG', 'QU\tJD\r\nRA', '  QUJD  ', 'QUJD=QUJD', 'QUJDRA=QUJD', 'QUJDRA===',
    'abcdef', 'ABCDEF', 'zz', '0g', '0123456789abcdefABCDEF', ' ab', 'ab ', 'aB', 'gg00',
    '00gg', 'abc1', '1g', 'ŃŃ', '4Ń', 'fF', 'f', '\u0130\u0131',
    'x'.repeat(5000), '€'.repeat(1500), 'é'.repeat(3000), '😀'.repeat(1100),
    'ab'.repeat(2100), 'QUJD'.repeat(1500), 'ff'.repeat(2049), 'z' + 'ab'.repeat(3000),
  ];
  for (let i = 0; i < 25; i++) strings.push(randomString(rand, 1 + Math.floor(rand() * 40)));
  for (let i = 0; i < 4; i++) strings.push(randomString(rand, 3000 + Math.floor(rand() * 3000)));
  for (let n = 0; n < 12; n++) {
    const bytes = Buffer.from(randomBytes(rand, n * 3 + (n % 3)));
    strings.push(bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex'));
  }
  {
    const big = Buffer.from(randomBytes(rand, 9000));
    strings.push(big.toString('base64'), big.toString('hex'),
                 big.toString('base64').replace(/(.{76})/g, '$1\n'));
  }

  const byteCorpus = [
    [], [0x61], [0x80], [0xff], [0x00], [0xc3, 0xa9], [0xc3], [0xe2, 0x82], [0xe2, 0x82, 0xac],
    [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80],
    [0xed, 0xbf, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f, 0x98], [0xf0, 0x80, 0x80, 0x80],
    [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xfe, 0xff],
    [0xef, 0xbb, 0xbf, 0x61], [0x61, 0x00, 0x62], [0x3d, 0xd8, 0x00, 0xde], [0x00, 0xd8],
    [0x00, 0xdc, 0x00, 0xd8], [0x61, 0x80, 0x62, 0xc3, 0x28, 0xa0, 0xa1],
    [0xe2, 0x28, 0xa1], [0xe2, 0x82, 0x28], [0xf0, 0x28, 0x8c, 0xbc], [0xf0, 0x90, 0x28, 0xbc],
    [0xf8, 0xa1, 0xa1, 0xa1, 0xa1], [0xfc, 0xa1, 0xa1, 0xa1, 0xa1, 0xa1],
  ];
  for (let i = 0; i < 30; i++) byteCorpus.push(randomBytes(rand, Math.floor(rand() * 70)));
  byteCorpus.push(randomBytes(rand, 5000));
  byteCorpus.push(Array.from(Buffer.from('mixed ascii and ütf8 € 😀 text '.repeat(200))));
  byteCorpus.push(Array.from({ length: 300 }, (_, i) => i & 0x7f));

  // -------------------------------------------------------------------------
  // Buffer.from(string, encoding), byteLength, round trips

  strings.forEach((s, i) => {
    for (const enc of allEncodings) {
      t(`from:${i}:${enc}`, (B) => B.Buffer.from(s, enc));
      t(`byteLength:${i}:${enc}`, (B) => B.Buffer.byteLength(s, enc));
    }
    t(`from:${i}:default`, (B) => B.Buffer.from(s));
    t(`byteLength:${i}:default`, (B) => B.Buffer.byteLength(s));
    t(`byteLength:${i}:mustMatch`, (B) => [B.Buffer.byteLength(s, 'bogus', true),
                                           B.Buffer.byteLength(s, undefined, true),
                                           B.Buffer.byteLength(s, 'hex', true)]);
  });

  // -------------------------------------------------------------------------
  // toString(encoding, start, end)

  const ranges = [
    [], [0], [1], [1, 3], [-1], [0, -1], [1.5, 3.7], ['1', '3'], [NaN], [null], [Infinity],
    [3, 1], [0, 100], [2 ** 32, 0], [true, false], [undefined, 2], [-5, 2], [0, NaN],
    [0, '2'], [0, 2 ** 32 + 1], [2, 2], [{}, []],
  ];
  byteCorpus.forEach((bytes, i) => {
    for (const enc of allEncodings) {
      t(`toString:${i}:${enc}`, (B) => B.Buffer.from(bytes).toString(enc));
    }
    t(`toString:${i}:noargs`, (B) => B.Buffer.from(bytes).toString());
    if (bytes.length < 80) {
      ranges.forEach((r, j) => {
        for (const enc of [undefined, 'utf8', 'hex', 'ucs2', 'base64', 'latin1', 'ascii']) {
          t(`toString:${i}:${enc}:range${j}`, (B) => B.Buffer.from(bytes).toString(enc, ...r));
        }
      });
    }
    t(`toLocaleString:${i}`, (B) => B.Buffer.from(bytes).toLocaleString('hex'));
    t(`toJSON:${i}`, (B) => JSON.stringify(B.Buffer.from(bytes)));
    // Raw slice methods with odd arguments.
    for (const m of ['utf8Slice', 'latin1Slice', 'asciiSlice', 'ucs2Slice', 'hexSlice',
                     'base64Slice', 'base64urlSlice']) {
      for (const args of [[], [1], [1, 3], [3, 1], [-1], [0, 1000], [1.5, 2.5], ['1', '2'],
                          [NaN, NaN], [undefined, 2], [null, null]]) {
        if (bytes.length < 10 || args.length === 0) {
          t(`${m}:${i}:${JSON.stringify(args)}`, (B) => B.Buffer.from(bytes)[m](...args));
        }
      }
    }
  });
  t('toString:encoding-symbol', (B) => B.Buffer.from('a').toString(Symbol('x')));
  t('toString:encoding-object', (B) => B.Buffer.from('a').toString({ toString() { return 'hex'; } }));
  t('toString:on-uint8array', (B) => B.Buffer.prototype.toString.call(new Uint8Array([104, 105]), 'utf8'));
  t('slice-method:not-a-buffer', (B) => B.Buffer.prototype.latin1Slice.call({}));
  t('write-method:not-a-buffer', (B) => B.Buffer.prototype.latin1Write.call({}, 'a'));

  // -------------------------------------------------------------------------
  // write(string, offset, length, encoding)

  const writeStrings = ['', 'a', 'abc', 'héllo', '€€', '😀x', 'a\ud800b', 'ab\udc00', '\ud83d',
                        'QUJDRA==', 'abcd', 'abzz', '0f0f0f0f', 'ŃŃ', 'x😀', '€'];
  const sizes = [0, 1, 2, 3, 4, 5, 7, 8, 10];
  const argForms = [
    (s) => [s],
    (s, enc) => [s, enc],
    (s, enc) => [s, 1, enc],
    (s, enc) => [s, 0, 3, enc],
    (s, enc) => [s, 2, 2, enc],
    (s, enc) => [s, 1, 100, enc],
    (s) => [s, 0],
    (s) => [s, 3],
    (s) => [s, 1, 2],
    (s, enc) => [s, -1, enc],
    (s, enc) => [s, 1.5, enc],
    (s, enc) => [s, '1', enc],
    (s, enc) => [s, 0, -1, enc],
    (s, enc) => [s, 0, 1.5, enc],
    (s, enc) => [s, 11, enc],
    (s, enc) => [s, 0, undefined, enc],
    (s, enc) => [s, undefined, 2, enc],
    (s, enc) => [s, NaN, enc],
  ];
  writeStrings.forEach((s, i) => {
    for (const size of sizes) {
      for (const enc of [undefined, 'utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64',
                         'base64url', 'binary', 'bogus']) {
        argForms.forEach((form, k) => {
          if (k === 0 && enc !== undefined) return;
          t(`write:${i}:${size}:${enc}:${k}`, (B) => {
            const buf = B.Buffer.alloc(size, 0xaa);
            const ret = buf.write(...form(s, enc));
            return [ret, buf];
          });
        });
      }
    }
  });
  for (const bad of [5, null, undefined, {}, Buffer.from('a'), Symbol('s')]) {
    t(`write:non-string:${String(bad)}`, (B) => B.Buffer.alloc(4).write(bad));
    t(`write:non-string-hex:${String(bad)}`, (B) => B.Buffer.alloc(4).write(bad, 'hex'));
    t(`write:non-string-off:${String(bad)}`, (B) => B.Buffer.alloc(4).write(bad, 1));
    t(`write:non-string-bogus:${String(bad)}`, (B) => B.Buffer.alloc(4).write(bad, 'bogus'));
  }
  // Random writes: random strings, sizes, offsets and lengths.
  for (let i = 0; i < 3000; i++) {
    const s = randomString(rand, Math.floor(rand() * 12));
    const size = Math.floor(rand() * 24);
    const offset = Math.floor(rand() * (size + 1));
    const length = Math.floor(rand() * (size - offset + 2));
    const enc = mainEncodings[Math.floor(rand() * mainEncodings.length)];
    const sub = rand() < 0.5;
    t(`write-fuzz:${i}`, (B) => {
      // Sometimes inside a bigger ArrayBuffer, sometimes exactly sized.
      const backing = sub ? B.Buffer.alloc(size + 8, 0x5a).subarray(3, 3 + size) :
        B.Buffer.alloc(size, 0x5a);
      const ret = backing.write(s, offset, Math.min(length, size - offset), enc);
      return [ret, backing, new Uint8Array(backing.buffer)];
    });
  }
  // Raw write methods.
  for (const m of ['utf8Write', 'latin1Write', 'asciiWrite', 'ucs2Write', 'hexWrite',
                   'base64Write', 'base64urlWrite']) {
    for (const args of [['abcd'], ['abcd', 1], ['abcd', 1, 2], ['abcd', 5], ['abcd', 4],
                        ['abcd', -1], ['abcd', 0, -1], ['abcd', 0, 100], ['€😀', 1],
                        ['abcd', '1', '2'], ['abcd', 1.7, 2.2], ['abcd', NaN, NaN],
                        [5], [null, 0], ['QUJD', 0, 3], ['zz11', 0]]) {
      t(`${m}:${JSON.stringify(args)}`, (B) => {
        const buf = B.Buffer.alloc(4, 0xaa);
        const ret = buf[m](...args);
        return [ret, buf];
      });
    }
  }
  // base64 / hex text with junk at random places (exercises the block
  // decoders' fallbacks): decode whole, and into small buffers.
  const junk = [' ', '\n', '=', '==', '-', '_', '+', '/', '!', '\u00ff', 'Ł', '€', '\t', 'g', 'G',
                ':', '@', '`', '{', '\u0000', 'Ā'];
  for (let i = 0; i < 1500; i++) {
    const bytes = Buffer.from(randomBytes(rand, Math.floor(rand() * 200)));
    const enc = ['base64', 'base64url', 'hex'][i % 3];
    let str = bytes.toString(enc);
    const edits = Math.floor(rand() * 3);
    for (let e = 0; e < edits; e++) {
      const pos = Math.floor(rand() * (str.length + 1));
      const j = junk[Math.floor(rand() * junk.length)];
      str = rand() < 0.5 ? str.slice(0, pos) + j + str.slice(pos) : str.slice(0, pos) + j + str.slice(pos + 1);
    }
    const decodeAs = rand() < 0.8 ? enc : ['base64', 'base64url', 'hex'][Math.floor(rand() * 3)];
    const cap = Math.floor(rand() * 160);
    t(`codec-fuzz:${i}`, (B) => {
      const whole = B.Buffer.from(str, decodeAs);
      const small = B.Buffer.alloc(cap, 0x5a);
      const n = small.write(str, 0, cap, decodeAs);
      return [whole, n, small, B.Buffer.byteLength(str, decodeAs),
              bytes.length ? B.Buffer.from(bytes).toString(enc).length : 0];
    });
  }
  for (let n = 0; n < 70; n++) {
    const bytes = randomBytes(rand, n);
    t(`encode-lengths:${n}`, (B) => {
      const b = B.Buffer.from(bytes);
      return [b.toString('base64'), b.toString('base64url'), b.toString('hex'),
              b.toString('base64', 1), b.toString('hex', 3, n - 1)];
    });
  }

  // Round trips over every encoding.
  for (const enc of mainEncodings) {
    strings.slice(0, 60).forEach((s, i) => {
      t(`roundtrip:${enc}:${i}`, (B) => B.Buffer.from(s, enc).toString(enc));
    });
  }

  // -------------------------------------------------------------------------
  // Buffer.from(other things)

  const fromValues = {
    'array': () => [1, 2, 3],
    'array-mixed': () => [256, -1, 1.5, 'a', null, '7', undefined, NaN, 1e10],
    'array-empty': () => [],
    'array-like': () => ({ length: 3, 0: 1, 1: 2, 2: 3 }),
    'array-like-string-length': () => ({ length: '3', 0: 1 }),
    'array-like-negative': () => ({ length: -1 }),
    'array-like-fraction': () => ({ length: 2.5, 0: 9, 1: 8, 2: 7 }),
    'uint8': () => new Uint8Array([5, 6, 7]),
    'uint16': () => new Uint16Array([0x102, 0x304]),
    'float64': () => new Float64Array([1.5, 256, -1]),
    'dataview': () => new DataView(new Uint8Array([1, 2]).buffer),
    'buffer-json': () => ({ type: 'Buffer', data: [1, 2, 300] }),
    'buffer-json-bad': () => ({ type: 'Buffer', data: 'abc' }),
    'json-roundtrip': () => JSON.parse(JSON.stringify(Buffer.from('hi'))),
    'string-object': () => new String('abc'),
    'valueOf-string': () => ({ valueOf() { return 'xyz'; } }),
    'valueOf-array': () => ({ valueOf() { return [7, 8]; } }),
    'valueOf-number': () => ({ valueOf() { return 5; } }),
    'toPrimitive': () => ({ [Symbol.toPrimitive](hint) { return `p:${hint}`; } }),
    'toPrimitive-number': () => ({ [Symbol.toPrimitive]() { return 5; } }),
    'number': () => 5,
    'null': () => null,
    'undefined': () => undefined,
    'boolean': () => true,
    'symbol': () => Symbol('x'),
    'function': () => function f() {},
    'object': () => ({}),
    'big-array': () => Array.from({ length: 5000 }, (_, i) => i),
    'buffer-obj-with-length-undefined': () => ({ buffer: new ArrayBuffer(4) }),
  };
  for (const [name, make] of Object.entries(fromValues)) {
    t(`from-value:${name}`, (B) => B.Buffer.from(make()));
    t(`from-value:${name}:args`, (B) => B.Buffer.from(make(), 'hex', 2));
  }
  const abOffsets = [undefined, 0, 1, 2, 4, 5, -1, 1.5, '1', NaN, null, Infinity];
  const abLengths = [undefined, 0, 1, 2, 3, 4, 5, -1, 1.5, '2', NaN, null, Infinity];
  for (const off of abOffsets) {
    for (const len of abLengths) {
      t(`from-ab:${off}:${len}`, (B) => {
        const ab = new Uint8Array([1, 2, 3, 4]).buffer;
        const b = B.Buffer.from(ab, off, len);
        b[0] = 99;  // shares memory
        return [b, new Uint8Array(ab), b.byteOffset];
      });
    }
  }
  t('from-sab', (B) => {
    const sab = new SharedArrayBuffer(4);
    const b = B.Buffer.from(sab, 1, 2);
    b[0] = 7;
    return [b, new Uint8Array(sab)];
  });
  t('from-copy-independent', (B) => {
    const src = B.Buffer.from('abc');
    const copy = B.Buffer.from(src);
    src[0] = 0x7a;
    return [src, copy];
  });
  t('from-uint8-copy', (B) => {
    const src = new Uint8Array([1, 2, 3]);
    const copy = B.Buffer.from(src);
    src[0] = 9;
    return [copy, copy instanceof B.Buffer];
  });
  t('from-pooled', (B) => [B.Buffer.from('abc').buffer.byteLength,
                           B.Buffer.from([1, 2]).buffer.byteLength,
                           B.Buffer.from(new Uint8Array(3)).buffer.byteLength,
                           B.Buffer.from('x'.repeat(4096)).buffer.byteLength,
                           B.Buffer.from('x'.repeat(4095)).buffer.byteLength,
                           B.Buffer.allocUnsafe(10).buffer.byteLength,
                           B.Buffer.allocUnsafe(4096).buffer.byteLength,
                           B.Buffer.allocUnsafe(4095).buffer.byteLength,
                           B.Buffer.allocUnsafeSlow(10).buffer.byteLength,
                           B.Buffer.alloc(10).buffer.byteLength,
                           B.Buffer.from('aGVsbG8=', 'base64').buffer.byteLength]);
  t('from-pool-alignment', (B) => {
    const a = B.Buffer.allocUnsafe(3);
    const b = B.Buffer.allocUnsafe(5);
    const c = B.Buffer.from('ab');
    return [b.byteOffset - a.byteOffset, c.byteOffset - b.byteOffset, a.buffer === b.buffer];
  });

  // -------------------------------------------------------------------------
  // alloc / allocUnsafe / allocUnsafeSlow / SlowBuffer / Buffer()

  const sizesToTry = [0, 1, 10, -1, 1.5, NaN, '1', null, 2 ** 32 + 1, Infinity, undefined, 1n];
  const fills = [undefined, 0, 1, 257, -1, 'a', 'ab', '', 'zz', '€', Buffer.from('xy'),
                 new Uint8Array(0), true, {}, 'aGk='];
  for (const size of sizesToTry) {
    for (const fill of fills) {
      for (const enc of [undefined, 'hex', 'base64', 'bogus', 'latin1']) {
        if (enc !== undefined && typeof fill !== 'string') continue;
        t(`alloc:${String(size)}:${String(fill)}:${enc}`, (B) => B.Buffer.alloc(size, fill, enc));
      }
    }
    t(`allocUnsafe:${String(size)}`, (B) => B.Buffer.allocUnsafe(size).length);
    t(`allocUnsafeSlow:${String(size)}`, (B) => B.Buffer.allocUnsafeSlow(size).length);
    t(`SlowBuffer:${String(size)}`, (B) => B.SlowBuffer(size).length);
  }
  t('alloc:big', (B) => B.Buffer.alloc(2 ** 32 + 0.5));
  t('Buffer():number', (B) => B.Buffer(3));
  t('Buffer():string', (B) => B.Buffer('abc', 'latin1'));
  t('Buffer():number+encoding', (B) => B.Buffer(3, 'utf8'));
  t('new Buffer()', (B) => new B.Buffer([1, 2]));
  t('Buffer.of', (B) => [B.Buffer.of(1, 2, 300, -1), B.Buffer.of(), B.Buffer.of.name,
                         B.Buffer.of.length]);
  t('SlowBuffer-instance', (B) => B.SlowBuffer(2) instanceof B.Buffer);

  // -------------------------------------------------------------------------
  // isEncoding / isBuffer / byteLength of non-strings / copyBytesFrom

  for (const enc of allEncodings.concat(['utf-8 ', 'UCS-2', 'Latin1', 'bInArY', {}, [], 'utf8\0',
                                         { length: 4, toString: () => 'utf8' }, 'İ'])) {
    t(`isEncoding:${String(enc)}`, (B) => B.Buffer.isEncoding(enc));
  }
  for (const v of [(B) => B.Buffer.alloc(1), () => new Uint8Array(1), () => ({}), () => null,
                   () => 'abc', (B) => B.SlowBuffer(1)]) {
    t(`isBuffer:${v}`, (B) => [B.Buffer.isBuffer(v(B)), B.Buffer.isBuffer(B.Buffer.alloc(1))]);
  }
  for (const [name, v] of Object.entries({
    u16: () => new Uint16Array(3), dv: () => new DataView(new ArrayBuffer(5)),
    ab: () => new ArrayBuffer(6), sab: () => new SharedArrayBuffer(7), num: () => 5,
    nul: () => null, obj: () => ({}), arr: () => [1, 2],
  })) {
    t(`byteLength-nonstring:${name}`, (B) => B.Buffer.byteLength(v()));
  }
  for (const [name, make] of Object.entries({
    u8: () => new Uint8Array([1, 2, 3, 4]),
    u16: () => new Uint16Array([0x102, 0x304, 0x506]),
    f64: () => new Float64Array([1.5]),
    empty: () => new Uint16Array(0),
    dv: () => new DataView(new ArrayBuffer(2)),
    buf: () => Buffer.from('abcd'),
    arr: () => [1, 2],
  })) {
    for (const args of [[], [1], [1, 1], [undefined, 2], [0, 0], [5], [-1], [1.5], ['1'],
                        [0, 100], [0, -1], [0, 1.5], [2, undefined]]) {
      t(`copyBytesFrom:${name}:${JSON.stringify(args)}`, (B) => {
        const src = make();
        const b = B.Buffer.copyBytesFrom(src, ...args);
        if (ArrayBuffer.isView(src) && src.length) src[0] = 0;  // must not share
        return b;
      });
    }
  }

  // -------------------------------------------------------------------------
  // Numbers: reads

  const readMethods = [
    'readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE',
    'readInt8', 'readInt16LE', 'readInt16BE', 'readInt32LE', 'readInt32BE',
    'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE',
    'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE',
    'readUint8', 'readUint16LE', 'readUint16BE', 'readUint32LE', 'readUint32BE',
    'readBigUint64LE', 'readBigUint64BE',
  ];
  const offsets = [undefined, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1, 1.5, NaN, Infinity,
                   -Infinity, '0', '1', null, true, {}, 2 ** 32, -0, 1e20, 4.0000001, 1n];
  const readBytes = [
    [0x81, 0xff, 0x00, 0x7f, 0x80, 0x01, 0xfe, 0x12, 0x34, 0x56],
    [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    [0x00, 0x00, 0x80, 0x7f, 0x00, 0x00, 0xc0, 0x7f, 0x01, 0x00],
    [0x7f, 0xf8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x80, 0x00],
  ];
  readBytes.forEach((bytes, i) => {
    for (const m of readMethods) {
      for (const off of offsets) {
        t(`${m}:${i}:${String(off)}`, (B) => B.Buffer.from(bytes)[m](off));
      }
      t(`${m}:${i}:noargs`, (B) => B.Buffer.from(bytes)[m]());
      t(`${m}:${i}:short`, (B) => B.Buffer.from(bytes.slice(0, 3))[m](0));
      t(`${m}:${i}:empty`, (B) => B.Buffer.alloc(0)[m](0));
    }
    for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE',
                     'readUintBE']) {
      for (const bl of [0, 1, 2, 3, 4, 5, 6, 7, 1.5, '3', undefined, NaN, null, -1, 6.5]) {
        for (const off of [undefined, 0, 1, 4, 5, -1, 1.5, '1', 9, NaN]) {
          t(`${m}:${i}:${String(bl)}:${String(off)}`, (B) => B.Buffer.from(bytes)[m](off, bl));
        }
      }
    }
  });

  // Numbers: writes

  const intWrites = [
    ['writeUInt8', 1], ['writeInt8', 1], ['writeUInt16LE', 2], ['writeUInt16BE', 2],
    ['writeInt16LE', 2], ['writeInt16BE', 2], ['writeUInt32LE', 4], ['writeUInt32BE', 4],
    ['writeInt32LE', 4], ['writeInt32BE', 4], ['writeFloatLE', 4], ['writeFloatBE', 4],
    ['writeDoubleLE', 8], ['writeDoubleBE', 8], ['writeUint8', 1], ['writeUint16LE', 2],
    ['writeUint16BE', 2], ['writeUint32LE', 4], ['writeUint32BE', 4],
  ];
  const values = [0, 1, -1, 255, 256, -128, -129, 127, 128, 65535, 65536, -32768, -32769,
                  2 ** 32 - 1, 2 ** 32, -(2 ** 31), -(2 ** 31) - 1, 2 ** 40, 2 ** 48 - 1,
                  2 ** 48, -(2 ** 47), -(2 ** 47) - 1, 1.5, -1.5, 255.9, -255.9, NaN, Infinity,
                  -Infinity, '5', '0x10', null, undefined, true, {}, 2 ** 53, 1e300, -0, 0.1,
                  3.999, 1e-300, 3.4e38, 3.5e38, 2 ** 31 + 0.5, -(2 ** 31) - 0.5, 1n];
  const writeOffsets = [undefined, 0, 1, 2, 4, 6, 8, -1, 1.5, NaN, '0', Infinity, null];
  for (const [m] of intWrites) {
    for (const v of values) {
      for (const off of writeOffsets) {
        t(`${m}:${String(v)}:${String(off)}`, (B) => {
          const buf = B.Buffer.alloc(10, 0xaa);
          const ret = buf[m](v, off);
          return [ret, buf];
        });
      }
    }
    t(`${m}:noargs`, (B) => {
      const buf = B.Buffer.alloc(10, 0xaa);
      return [buf[m](), buf];
    });
    t(`${m}:symbol`, (B) => B.Buffer.alloc(10)[m](Symbol('x')));
  }
  for (const m of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE',
                   'writeUintBE']) {
    for (const bl of [0, 1, 2, 3, 4, 5, 6, 7, 1.5, '3', undefined, NaN]) {
      for (const v of [0, 1, -1, 0x7f, 0x80, -0x80, -0x81, 0xff, 0x100, 0x7fff, 0x8000, 0xffff,
                       0xffffff, 0x1000000, -0x800000, 0x7fffffff, 0xffffffff, 2 ** 32,
                       0xffffffffff, 2 ** 40, -(2 ** 39), -(2 ** 39) - 1, 2 ** 47 - 1, 2 ** 47,
                       -(2 ** 47), 2 ** 48 - 1, 2 ** 48, 1.5, -1.5, 2 ** 40 + 0.5,
                       -(2 ** 40) - 0.5, 123456789012.75, NaN, '7', null]) {
        for (const off of [0, 1, 4, 5, -1, undefined, 1.5]) {
          t(`${m}:${String(bl)}:${String(v)}:${String(off)}`, (B) => {
            const buf = B.Buffer.alloc(10, 0xaa);
            const ret = buf[m](v, off, bl);
            return [ret, buf];
          });
        }
      }
    }
  }
  const bigWrites = ['writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigInt64LE',
                     'writeBigInt64BE', 'writeBigUint64LE', 'writeBigUint64BE'];
  const bigValues = [0n, 1n, -1n, 255n, 2n ** 32n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n),
                     -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n, 0x0102030405060708n,
                     -0x0102030405060708n, 5, '5', 1.5, true, null, undefined,
                     12345678901234567890n];
  for (const m of bigWrites) {
    for (const v of bigValues) {
      for (const off of [undefined, 0, 1, 2, 3, -1, 1.5, NaN, '0']) {
        t(`${m}:${String(v)}:${String(off)}`, (B) => {
          const buf = B.Buffer.alloc(10, 0xaa);
          const ret = buf[m](v, off);
          return [ret, buf];
        });
      }
    }
  }
  // Random integer round trips.
  for (let i = 0; i < 400; i++) {
    const bl = 1 + Math.floor(rand() * 6);
    const signed = rand() < 0.5;
    const max = 2 ** (8 * bl - (signed ? 1 : 0));
    const v = Math.floor(rand() * max) * (signed && rand() < 0.5 ? -1 : 1);
    const le = rand() < 0.5;
    const kind = `${signed ? 'Int' : 'UInt'}${le ? 'LE' : 'BE'}`;
    t(`int-roundtrip:${i}:${kind}:${bl}:${v}`, (B) => {
      const buf = B.Buffer.alloc(8);
      buf[`write${kind}`](v, 1, bl);
      return [buf, buf[`read${kind}`](1, bl)];
    });
  }
  // Random float bytes.
  for (let i = 0; i < 200; i++) {
    const bytes = randomBytes(rand, 8);
    t(`float-read:${i}`, (B) => {
      const b = B.Buffer.from(bytes);
      return [b.readFloatLE(0), b.readFloatBE(4), b.readDoubleLE(0), b.readDoubleBE(0)];
    });
  }

  // -------------------------------------------------------------------------
  // indexOf / lastIndexOf / includes

  const haystacks = {
    abc: () => Buffer.from('abcabcabc'),
    aaaa: () => Buffer.from('aaaa'),
    test: () => Buffer.from('this is a test'),
    ucs2: () => Buffer.from('abc€abc', 'ucs2'),
    odd: () => Buffer.from([0x61, 0x00, 0x62, 0x00, 0x61]),
    empty: () => Buffer.alloc(0),
    utf8: () => Buffer.from('€uro 😀 €'),
    bytes: () => Buffer.from([0, 1, 2, 255, 254, 0, 1, 2, 97, 98]),
    long: () => Buffer.concat([Buffer.alloc(3000, 'ab'), Buffer.from('needle'), Buffer.alloc(100, 'x')]),
  };
  const needles = ['a', 'b', 'abc', 'c', '', 'z', 'bc', 'ab', 'cab', '€', 'is', ' ', 'a\u0000',
                   'b\u0000', 'needle', 'xx', 'ŃŃ', '😀', '\ud83d', 'YWJj', '616263', 'AAA',
                   97, 98, 0x161, -1, 256, 97.5, NaN, 0, 255, -255,
                   'BUF:b', 'BUF:', 'BUF:abc', 'BUF:a\u0000', 'U8:bc', 'U8:',
                   'OBJ', 'NULL', 'TRUE', 'ARR'];
  const makeNeedle = (B, n) => {
    if (typeof n !== 'string') return n;
    if (n.startsWith('BUF:')) return B.Buffer.from(n.slice(4));
    if (n.startsWith('U8:')) return new Uint8Array(Buffer.from(n.slice(3)));
    if (n === 'OBJ') return {};
    if (n === 'NULL') return null;
    if (n === 'TRUE') return true;
    if (n === 'ARR') return [97];
    return n;
  };
  const byteOffsets = [undefined, 0, 1, 2, -1, -2, -100, 100, 3, 1.5, -1.5, '1', null, NaN, {},
                       [], 2 ** 31, -(2 ** 31) - 1, Infinity, -Infinity, true, '', 4, 5, 8];
  const searchEncodings = [undefined, 'utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'hex',
                           'base64', 'base64url', 'ascii', 'bogus'];
  for (const [hname, hay] of Object.entries(haystacks)) {
    for (const n of needles) {
      for (const off of byteOffsets) {
        t(`indexOf:${hname}:${String(n)}:${String(off)}`, (B) => {
          const b = B.Buffer.from(hay());
          return [b.indexOf(makeNeedle(B, n), off), b.lastIndexOf(makeNeedle(B, n), off),
                  b.includes(makeNeedle(B, n), off)];
        });
      }
      for (const enc of searchEncodings) {
        for (const off of [undefined, 1, -2, 3]) {
          t(`indexOf-enc:${hname}:${String(n)}:${String(off)}:${enc}`, (B) => {
            const b = B.Buffer.from(hay());
            return [b.indexOf(makeNeedle(B, n), off, enc),
                    b.lastIndexOf(makeNeedle(B, n), off, enc),
                    b.includes(makeNeedle(B, n), off, enc)];
          });
        }
      }
    }
  }
  t('indexOf:symbol-offset', (B) => B.Buffer.from('abc').indexOf('b', Symbol('x')));
  t('indexOf:bigint-offset', (B) => B.Buffer.from('abc').indexOf('b', 1n));
  t('indexOf:on-uint8array', (B) => B.Buffer.prototype.indexOf.call(new Uint8Array([1, 2]), 2));
  t('indexOf:on-object', (B) => B.Buffer.prototype.indexOf.call({}, 2));
  for (let i = 0; i < 500; i++) {
    const hay = randomBytes(rand, Math.floor(rand() * 40)).map((b) => 97 + (b % 3));
    const start = Math.floor(rand() * (hay.length + 1));
    const needle = hay.slice(start, start + Math.floor(rand() * 4));
    if (rand() < 0.3) needle.push(97 + Math.floor(rand() * 3));
    const off = Math.floor(rand() * (hay.length + 6)) - 3;
    const enc = ['utf8', 'ucs2', 'latin1', 'hex'][Math.floor(rand() * 4)];
    t(`indexOf-fuzz:${i}`, (B) => {
      const b = B.Buffer.from(hay);
      const nb = B.Buffer.from(needle);
      const ns = nb.toString('latin1');
      return [b.indexOf(nb, off, enc), b.lastIndexOf(nb, off, enc),
              b.indexOf(ns, off, enc === 'hex' ? 'latin1' : enc),
              b.lastIndexOf(ns, off, enc === 'hex' ? 'latin1' : enc)];
    });
  }

  // Long haystacks over tiny alphabets: many false first-byte hits, which
  // exercise the search algorithm switches.
  for (let i = 0; i < 300; i++) {
    const alphabet = 2 + Math.floor(rand() * 2);
    const hayLen = 500 + Math.floor(rand() * 3000);
    const hay = randomBytes(rand, hayLen).map((b) => 97 + (b % alphabet));
    const m = 2 + Math.floor(rand() * 14);
    const at = Math.floor(rand() * (hayLen - m));
    let needle = hay.slice(at, at + m);
    if (rand() < 0.4) needle = randomBytes(rand, m).map((b) => 97 + (b % alphabet));
    const off = Math.floor(rand() * (hayLen + 20)) - 10;
    t(`indexOf-long:${i}`, (B) => {
      const b = B.Buffer.from(hay);
      const nb = B.Buffer.from(needle);
      return [b.indexOf(nb, off), b.lastIndexOf(nb, off), b.indexOf(nb),
              b.lastIndexOf(nb), b.indexOf(nb, off, 'ucs2'), b.lastIndexOf(nb, off, 'ucs2'),
              b.indexOf(nb.toString('latin1'), off, 'latin1'),
              b.lastIndexOf(nb.toString('latin1'), -off, 'latin1')];
    });
  }

  // -------------------------------------------------------------------------
  // fill

  const fillValues = [0, 1, 255, 256, -1, 1.5, 'a', 'ab', 'abc', '', '€', '😀', 'é', 'Ā',
                      '\ud800', 'zz', 'abz', 'QUJD', 'QQ', '=', 'ŃŃ', 'ab€', 'BUF:xy',
                      'BUF:', 'U16', 'TRUE', 'NULL', 'OBJ', 'BIGINT', 'NAN', 'F64'];
  const makeFill = (B, v) => {
    switch (v) {
      case 'BUF:xy': return B.Buffer.from('xy');
      case 'BUF:': return B.Buffer.alloc(0);
      case 'U16': return new Uint16Array([0x102, 0x304]);
      case 'TRUE': return true;
      case 'NULL': return null;
      case 'OBJ': return { valueOf() { return 66; } };
      case 'BIGINT': return 1n;
      case 'NAN': return NaN;
      case 'F64': return new Float64Array([1]);
      default: return v;
    }
  };
  const fillArgs = [[], [1], [1, 3], ['ENC'], [1, 'ENC'], [1, 3, 'ENC'], [-1], [0, 11],
                    [1.5], ['1'], [3, 1], [0, 5, 5], [undefined, undefined, 'ENC'],
                    [0, undefined, 'ENC'], [2, 2], [0, 10], [9], [10], [0, -1], [NaN],
                    [0, 3, null]];
  for (const v of fillValues) {
    for (const size of [0, 1, 5, 10]) {
      for (const args of fillArgs) {
        const encs = args.includes('ENC') ?
          ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'binary', 'bogus',
           '', null, 5] : [null];
        for (const enc of encs) {
          const real = args.map((a) => (a === 'ENC' ? enc : a));
          t(`fill:${String(v)}:${size}:${JSON.stringify(real)}`, (B) => {
            const buf = B.Buffer.alloc(size, 0xaa);
            const ret = buf.fill(makeFill(B, v), ...real);
            return [ret === buf, buf];
          });
        }
      }
    }
  }
  t('fill:symbol', (B) => B.Buffer.alloc(3).fill(Symbol('x')));
  t('fill:overlapping', (B) => {
    const b = B.Buffer.from('abcdefgh');
    b.fill(b.subarray(0, 3), 2);
    return b;
  });
  t('fill:large', (B) => B.Buffer.alloc(100000, 'abcdefg').toString('latin1', 99990));

  // -------------------------------------------------------------------------
  // concat / compare / equals / copy

  const lists = {
    'empty': () => [],
    'one': () => [Buffer.from('abc')],
    'two': () => [Buffer.from('abc'), Buffer.from('de')],
    'u8': () => [Buffer.from('abc'), new Uint8Array([1, 2])],
    'string': () => [Buffer.from('abc'), 'de'],
    'number': () => [1],
    'notarray': () => 'notarray',
    'null': () => null,
    'zero-length': () => [Buffer.alloc(0), Buffer.alloc(0)],
    'big': () => [Buffer.alloc(5000, 'a'), Buffer.alloc(3000, 'b')],
    'u16': () => [new Uint16Array([1])],
    'obj': () => [{ length: 2 }],
  };
  for (const [name, make] of Object.entries(lists)) {
    for (const len of [undefined, 0, 1, 4, 5, 100, -1, 1.5, '5', NaN, null, 2 ** 32 + 1]) {
      t(`concat:${name}:${String(len)}`, (B) => B.Buffer.concat(make(), len));
    }
  }
  const cmpPairs = [['abc', 'abc'], ['abc', 'abd'], ['abd', 'abc'], ['ab', 'abc'], ['abc', 'ab'],
                    ['', ''], ['', 'a'], ['\u00ff', '\u0001']];
  for (const [a, b] of cmpPairs) {
    t(`compare:${a}:${b}`, (B) => [B.Buffer.compare(B.Buffer.from(a, 'latin1'), B.Buffer.from(b, 'latin1')),
                                   B.Buffer.from(a, 'latin1').compare(B.Buffer.from(b, 'latin1')),
                                   B.Buffer.from(a, 'latin1').equals(B.Buffer.from(b, 'latin1'))]);
  }
  t('compare:bad', (B) => B.Buffer.compare('a', B.Buffer.from('a')));
  t('compare:bad2', (B) => B.Buffer.compare(B.Buffer.from('a'), [1]));
  t('compare:same', (B) => { const x = B.Buffer.from('a'); return B.Buffer.compare(x, x); });
  t('equals:bad', (B) => B.Buffer.from('a').equals('a'));
  t('equals:u8', (B) => B.Buffer.from('ab').equals(new Uint8Array([97, 98])));
  t('equals:u16', (B) => B.Buffer.from('ab').equals(new Uint16Array(1)));
  t('compare-method:bad', (B) => B.Buffer.from('a').compare({}));
  const cmpArgs = [[], [0], [1], [0, 2], [1, 3], [0, 3, 0, 2], [0, 3, 1, 3], [2, 1], [0, 0],
                   [0, 10], [-1], [1.5], ['1'], [null], [undefined, undefined, 1],
                   [0, 3, 3, 1], [0, 3, 0, 10], [5, 6], [4, 3], [10, 2], [0, 3, 5, 6],
                   [3, 3, 0, 0], [0, 2 ** 32 + 1], [NaN]];
  for (const args of cmpArgs) {
    for (const [a, b] of [['abcdef', 'bcd'], ['abc', 'abc'], ['xyz', 'abcdef']]) {
      t(`compare-range:${a}:${b}:${JSON.stringify(args)}`,
        (B) => B.Buffer.from(a).compare(B.Buffer.from(b), ...args));
    }
  }
  const copyArgs = [[], [0], [1], [1, 2], [1, 2, 4], [0, 0, 10], [-1], [0, -1], [0, 0, -1],
                    [1.5, 1.5, 3.5], ['1', '2', '3'], [NaN, NaN, NaN], [10], [0, 11], [0, 10],
                    [0, 3, 2], [4, 0, 10], [null, null, null], [Infinity], [0, Infinity],
                    [0, 0, Infinity], [undefined, 2], [2 ** 53], [0, 2 ** 53 + 2]];
  for (const args of copyArgs) {
    t(`copy:${JSON.stringify(args)}`, (B) => {
      const src = B.Buffer.from('abcdefghij');
      const dst = B.Buffer.alloc(5, 0xee);
      const ret = src.copy(dst, ...args);
      return [ret, dst];
    });
  }
  t('copy:bad-target', (B) => B.Buffer.from('a').copy('x'));
  t('copy:u8-target', (B) => {
    const d = new Uint8Array(3);
    return [B.Buffer.from('abcd').copy(d, 1), d];
  });
  t('copy:overlap', (B) => {
    const b = B.Buffer.from('abcdefghij');
    b.copy(b, 2, 0, 6);
    return b;
  });
  t('copy:big-overlap', (B) => {
    const b = B.Buffer.from('0123456789'.repeat(30));
    b.copy(b, 5, 0, 200);
    return b.toString();
  });
  t('copy:on-uint8', (B) => B.Buffer.prototype.copy.call(new Uint8Array(2), B.Buffer.alloc(2)));

  // -------------------------------------------------------------------------
  // slice / subarray / swap / toJSON / parent / offset

  const sliceArgs = [[], [1], [1, 3], [-1], [-3, -1], [3, 1], [1.5, 3.5], ['1', '3'], [NaN],
                     [null, 2], [undefined, 2], [0, 100], [-100], [Infinity], [-Infinity, 2],
                     [2 ** 32, 1], [{}, []], [true, true]];
  for (const args of sliceArgs) {
    for (const m of ['slice', 'subarray']) {
      t(`${m}:${JSON.stringify(args)}`, (B) => {
        const b = B.Buffer.from('abcdef');
        const s = b[m](...args);
        if (s.length) s[0] = 0x5a;  // shares memory
        return [s, b, s instanceof B.Buffer, s.byteOffset - b.byteOffset];
      });
    }
  }
  t('slice:bigint', (B) => B.Buffer.from('abc').slice(1n));
  for (const len of [0, 1, 2, 3, 4, 6, 8, 16, 126, 128, 130, 190, 192, 196, 256, 1000, 1024]) {
    for (const m of ['swap16', 'swap32', 'swap64']) {
      t(`${m}:${len}`, (B) => {
        const b = B.Buffer.from(Array.from({ length: len }, (_, i) => i & 0xff));
        const r = b[m]();
        return [r === b, b];
      });
    }
  }
  t('swap16:unaligned', (B) => {
    const b = B.Buffer.from(Array.from({ length: 301 }, (_, i) => i & 0xff)).subarray(1);
    b.swap16();
    return b;
  });
  t('parent-offset', (B) => {
    const b = B.Buffer.from('abc');
    return [b.parent === b.buffer, b.offset === b.byteOffset,
            Object.getOwnPropertyDescriptor(B.Buffer.prototype, 'parent').get.call({})];
  });
  t('toJSON:empty', (B) => B.Buffer.alloc(0).toJSON());
  t('toJSON:data', (B) => B.Buffer.from([1, 2, 255]).toJSON());

  // -------------------------------------------------------------------------
  // inspect

  for (const len of [0, 1, 2, 49, 50, 51, 52, 100]) {
    t(`inspect:${len}`, (B) => util.inspect(B.Buffer.from(Array.from({ length: len }, (_, i) => i * 7))));
    t(`inspect-method:${len}`, (B) => B.Buffer.alloc(len, 0x41).inspect());
    if (coreInspect) {
      t(`inspect-core:${len}`, (B, which) => {
        const b = B.Buffer.alloc(len, 0x41);
        return which === 'node' ? util.inspect(b) : coreInspect(b);
      });
    }
  }
  for (const max of [0, 1, 3, 49, 100, 1.5]) {
    t(`inspect-max:${max}`, (B) => {
      const old = B.INSPECT_MAX_BYTES;
      B.INSPECT_MAX_BYTES = max;
      try {
        return [util.inspect(B.Buffer.alloc(5, 1)), B.INSPECT_MAX_BYTES];
      } finally {
        B.INSPECT_MAX_BYTES = old;
      }
    });
  }
  for (const bad of [-1, 'a', null, NaN, undefined, 1n]) {
    t(`inspect-max-bad:${String(bad)}`, (B) => { B.INSPECT_MAX_BYTES = bad; });
  }
  t('inspect:extras', (B) => {
    const b = B.Buffer.from('ab');
    b.foo = 1;
    b.bar = { x: [1, 2] };
    b[Symbol('s')] = 'sym';
    Object.defineProperty(b, 'hidden', { value: 5, enumerable: false });
    return [util.inspect(b), util.inspect(b, { showHidden: true }),
            util.inspect(b, { compact: false }), util.inspect({ nested: b })];
  });
  t('inspect:extras-empty', (B) => {
    const b = B.Buffer.alloc(0);
    b.x = 'y';
    return util.inspect(b);
  });
  if (coreInspect) {
    t('inspect-core:extras', (B, which) => {
      const b = B.Buffer.from('ab');
      b.foo = 1;
      b[Symbol('s')] = 'sym';
      const i = which === 'node' ? util.inspect : coreInspect;
      return [i(b), i({ a: [b] }), i(b, { showHidden: true })];
    });
  }
  t('inspect:nested', (B) => util.inspect({ a: B.Buffer.from('xyz'), b: [B.Buffer.alloc(3)] }));
  t('inspect:colors', (B) => util.inspect(B.Buffer.from('xyz'), { colors: true }));
  t('inspect:subclass', (B) => {
    class MyBuf extends B.Buffer {}
    return util.inspect(Object.setPrototypeOf(B.Buffer.from('a'), MyBuf.prototype));
  });
  t('format', (B) => util.format('%s %o %j', B.Buffer.from('ab'), B.Buffer.from('c'),
                                 B.Buffer.from('d')));

  // -------------------------------------------------------------------------
  // isUtf8 / isAscii

  byteCorpus.forEach((bytes, i) => {
    t(`isUtf8:${i}`, (B) => [B.isUtf8(B.Buffer.from(bytes)), B.isAscii(B.Buffer.from(bytes)),
                             B.isUtf8(new Uint8Array(bytes).buffer)]);
  });
  for (const [name, make] of Object.entries({
    u16: () => new Uint16Array([0x6261]), dv: () => new DataView(new ArrayBuffer(1)),
    str: () => 'abc', nul: () => null, arr: () => [1], empty: () => new Uint8Array(0),
    emptyab: () => new ArrayBuffer(0), f64: () => new Float64Array([1]),
    detached: () => { const ab = new ArrayBuffer(4); structuredClone(ab, { transfer: [ab] }); return ab; },
    detachedView: () => { const ab = new ArrayBuffer(4); const v = new Uint8Array(ab); structuredClone(ab, { transfer: [ab] }); return v; },
  })) {
    t(`isUtf8-input:${name}`, (B) => B.isUtf8(make()));
    t(`isAscii-input:${name}`, (B) => B.isAscii(make()));
  }
  for (let i = 0; i < 300; i++) {
    const bytes = Array.from(Buffer.from(randomString(rand, 8)));
    const pos = Math.floor(rand() * bytes.length);
    bytes[pos] = Math.floor(rand() * 256);
    t(`isUtf8-fuzz:${i}`, (B) => [B.isUtf8(B.Buffer.from(bytes)), B.Buffer.from(bytes).toString()]);
  }

  // -------------------------------------------------------------------------
  // transcode

  const tcSources = [
    [0xe2, 0x82, 0xac, 0x61, 0xc3, 0xa9], [0x80, 0x61, 0xff], [0xff, 0x61, 0xe2, 0x82],
    [0x61, 0x00, 0x3d, 0xd8, 0x62], [0xf0, 0x9f, 0x98, 0x80], [0x61, 0x62, 0x63],
    [0x61, 0x00, 0x3d, 0xd8], [0x3d, 0xd8, 0x61, 0x00], [0x00, 0xdc, 0x61, 0x00],
    [0x3d, 0xd8, 0x3d, 0xd8, 0x00, 0xde], [0x3d, 0xd8, 0x00, 0xde, 0x62], [],
    [0xc0, 0x80, 0xed, 0xa0, 0x80, 0x41], [0xf4, 0x90, 0x80, 0x80],
  ];
  const tcEncodings = ['utf8', 'ucs2', 'latin1', 'ascii', 'binary', 'utf16le', 'hex', 'base64',
                       'UTF-8', 'bogus', undefined];
  tcSources.forEach((bytes, i) => {
    for (const from of tcEncodings) {
      for (const to of tcEncodings) {
        t(`transcode:${i}:${from}:${to}`, (B) => B.transcode(B.Buffer.from(bytes), from, to));
      }
    }
  });
  for (const cp of [0xad, 0x34f, 0x200b, 0x200a, 0xfeff, 0xfffd, 0x1d173, 0xe0001, 0xe1000]) {
    for (const [from, to] of [['utf8', 'ascii'], ['utf8', 'latin1'], ['ucs2', 'ascii'],
                              ['ucs2', 'latin1'], ['utf8', 'ucs2'], ['ucs2', 'utf8']]) {
      t(`transcode-ignorable:${cp}:${from}:${to}`, (B) =>
        B.transcode(B.Buffer.from(`a${String.fromCodePoint(cp)}b`, from), from, to));
    }
  }
  t('transcode:bad-source', (B) => B.transcode('abc', 'utf8', 'ucs2'));
  t('transcode:u8', (B) => B.transcode(new Uint8Array([0x61]), 'utf8', 'ucs2'));
  for (let i = 0; i < 400; i++) {
    const s = randomString(rand, 6);
    const from = ['utf8', 'ucs2', 'latin1', 'ascii'][i % 4];
    const to = ['utf8', 'ucs2', 'latin1', 'ascii'][Math.floor(i / 4) % 4];
    t(`transcode-fuzz:${i}`, (B) => B.transcode(Buffer.from(s, from === 'ucs2' ? 'ucs2' : 'utf8'), from, to));
  }

  // -------------------------------------------------------------------------
  // atob / btoa / constants / module shape

  for (const s of ['', 'YQ==', 'YQ', 'Y', 'YWJj', 'YW Jj', '!!', 'YQ=', 'YQ===', '\u00ff', 'Ā',
                   'abc', undefined, null, 5]) {
    t(`atob:${String(s)}`, (B) => B.atob(s));
    t(`btoa:${String(s)}`, (B) => B.btoa(s));
  }
  t('atob:noargs', (B) => B.atob());
  t('btoa:noargs', (B) => B.btoa());
  t('constants', (B) => [B.kMaxLength, B.kStringMaxLength, B.constants, B.INSPECT_MAX_BYTES,
                         Object.isFrozen(B.constants), B.Buffer.poolSize]);
  t('module-keys', (B) => Object.keys(B));
  t('buffer-own-names', (B) => Object.getOwnPropertyNames(B.Buffer).sort());
  t('buffer-own-symbols', (B) => Object.getOwnPropertySymbols(B.Buffer).map(String));
  t('proto-own-names', (B) => Object.getOwnPropertyNames(B.Buffer.prototype).sort());
  t('proto-own-symbols', (B) => Object.getOwnPropertySymbols(B.Buffer.prototype).map(String));
  t('proto-methods-shape', (B) => Object.getOwnPropertyNames(B.Buffer.prototype).sort().map((k) => {
    const d = Object.getOwnPropertyDescriptor(B.Buffer.prototype, k);
    const fn = d.value || d.get;
    return `${k}:${typeof d.value}:${d.enumerable}:${d.writable}:${d.configurable}:` +
      `${fn.name}/${fn.length}`;
  }));
  t('static-methods-shape', (B) => Object.getOwnPropertyNames(B.Buffer).sort().map((k) => {
    const d = Object.getOwnPropertyDescriptor(B.Buffer, k);
    return `${k}:${typeof d.value}:${d.enumerable}:${d.writable}:${d.configurable}:` +
      `${typeof d.value === 'function' ? `${d.value.name}/${d.value.length}` : ''}`;
  }));
  t('module-shape', (B) => Object.keys(B).map((k) => {
    const d = Object.getOwnPropertyDescriptor(B, k);
    return `${k}:${typeof d.value}:${d.enumerable}:${!!d.get}:${!!d.set}`;
  }));
  t('buffer-identity', (B) => [B.Buffer.name, B.Buffer.length, Object.getPrototypeOf(B.Buffer) === Uint8Array,
                               B.Buffer.prototype.constructor === B.Buffer,
                               B.Buffer.from('a') instanceof Uint8Array,
                               B.Buffer[Symbol.species] === B.Buffer.from('a').constructor,
                               B.Buffer.from('a').constructor === B.Buffer,
                               B.Buffer.from('abc').map((x) => x + 1),
                               B.Buffer.from('abc').filter(() => true) instanceof B.Buffer,
                               Object.prototype.toString.call(B.Buffer.from('a')),
                               B.SlowBuffer.name, B.SlowBuffer.length]);
  t('typedarray-methods', (B) => {
    const b = B.Buffer.from('hello');
    return [b.reverse(), b.at(-1), [...b.entries()].length, b.join('-'),
            Array.from(b.keys()), b.sort(), b.reduce((a, x) => a + x, 0)];
  });

  // -------------------------------------------------------------------------
  // Blob / File (synchronous parts)

  t('blob:basic', (B) => {
    const b = new B.Blob(['ab', new Uint8Array([99]), new B.Blob(['d']), new Uint16Array([0x6665]).buffer,
                          new DataView(new Uint8Array([0x67]).buffer), 5, {}], { type: 'Text/Plain' });
    return [b.size, b.type, util.inspect(b), util.inspect(b, { depth: -1 }),
            Object.prototype.toString.call(b), b.slice(1, -1, 'x/Y').type, b.slice(-3).size,
            b.slice(5, 2).size, b.slice(undefined, undefined).type, b.slice(1, 3).size];
  });
  for (const [name, args] of Object.entries({
    none: [], undef: [undefined], nul: [null], str: ['abc'], obj: [{}], numopts: [[1, 2], 5],
    badtype: [[], { type: 'a\u00ffb' }], numtype: [[], { type: 5 }], badend: [[], { endings: 'bad' }],
    native: [['a\nb'], { endings: 'native' }], surrogate: [['a\ud800b']], set: [new Set(['x'])],
  })) {
    t(`blob-ctor:${name}`, (B) => { const x = new B.Blob(...args); return [x.size, x.type]; });
  }
  t('blob:call', (B) => B.Blob());
  t('blob:this', (B) => Object.getOwnPropertyDescriptor(B.Blob.prototype, 'size').get.call({}));
  t('blob:proto', (B) => [Object.getOwnPropertyNames(B.Blob.prototype).sort(),
                          B.Blob.length, B.Blob.prototype[Symbol.toStringTag],
                          Object.keys(B.Blob.prototype)]);
  t('file:basic', (B) => {
    const f = new B.File(['x'], 'name.txt', { lastModified: 42, type: 'A' });
    return [util.inspect(f), f.name, f.lastModified, f.type, f instanceof B.Blob,
            Object.getOwnPropertyNames(B.File.prototype).sort(), B.File.length,
            Object.prototype.toString.call(f), new B.File([], 'a\ud800', { lastModified: 'x' }).name,
            new B.File([], 'a', { lastModified: '7' }).lastModified];
  });
  t('file:missing', (B) => new B.File(['x']));
  t('resolveObjectURL', (B) => [B.resolveObjectURL('blob:nodedata:abc'), B.resolveObjectURL.length]);
}

// Async cases (promises) are compared separately by compare.js.
function defineAsync(t) {
  t('blob:text', (B) => new B.Blob(['ab', new Uint8Array([0xc3, 0xa9]), '\ud83d\ude00 \ud800']).text());
  t('blob:text-bom', (B) => new B.Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x61])]).text());
  t('blob:arrayBuffer', (B) => new B.Blob(['abc']).arrayBuffer());
  t('blob:slice-text', (B) => new B.Blob(['abcdef']).slice(1, -1).text());
  t('blob:text-this', (B) => B.Blob.prototype.text.call({}));
  t('blob:nested-slice', (B) => new B.Blob([new B.Blob(['abcdef']).slice(2), 'x']).text());
}

module.exports = { define, defineAsync };
