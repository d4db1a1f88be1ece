'use strict';

const { attempt } = require('../lib/describe');

const getter = (C, key) => Object.getOwnPropertyDescriptor(C.prototype, key).get;

// Byte sequences exercising UTF-8 decoding: valid text of every length,
// truncated sequences, overlongs, surrogates, out-of-range lead bytes, stray
// continuation bytes and BOMs.
const utf8Samples = [
  [], [0x41], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80],
  [0xEF, 0xBB, 0xBF, 0x41], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF],
  [0xEF, 0xBB], [0xEF], [0xFF], [0xFE, 0xFF], [0x80], [0xBF, 0x80],
  [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC2, 0x41], [0xE0, 0x80, 0x80],
  [0xE0, 0x9F, 0xBF], [0xE0, 0xA0], [0xE0, 0xA0, 0x41], [0xED, 0xA0, 0x80],
  [0xED, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
  [0xF0, 0x90, 0x80], [0xF0, 0x90], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
  [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82, 0x41, 0xAC],
  [0x41, 0xF0, 0x9F, 0x98], [0xF0, 0x9F, 0x98, 0x80, 0xF0, 0x9F],
  [0x68, 0xC3, 0xA9, 0x6C, 0x6C, 0x6F, 0x20, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80],
  [0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xE2, 0x82, 0x28],
  [0xF0, 0x28, 0x8C, 0xBC], [0xF0, 0x90, 0x28, 0xBC], [0xF0, 0x28, 0x8C, 0x28],
  [0xED, 0xB0, 0x80, 0xED, 0xA0, 0x80], [0x00, 0x7F, 0x80, 0xFF],
];

const utf16Samples = [
  [], [0x41], [0x41, 0x00], [0xFF, 0xFE, 0x41, 0x00], [0xFE, 0xFF, 0x00, 0x41],
  [0x3D, 0xD8, 0x00, 0xDE], [0x3D, 0xD8], [0x3D, 0xD8, 0x41, 0x00], [0x00, 0xDE, 0x41, 0x00],
  [0x00, 0xD8, 0x00, 0xD8, 0x00, 0xDC], [0x41, 0x00, 0x3D], [0xFF, 0xFE], [0xFF],
  [0x3D, 0xD8, 0x00], [0xD8, 0x3D, 0xDE, 0x00], [0x00, 0xD8, 0xFF, 0xFE],
];

function decodeAll(G, label, options, bytes) {
  return attempt(() => new G.TextDecoder(label, options).decode(new Uint8Array(bytes)));
}

// Decodes `bytes` split at every position, and byte by byte, with
// {stream: true} and a final flush.
function streamed(G, label, options, bytes) {
  const results = [];
  for (let split = 0; split <= bytes.length; split++) {
    const d = new G.TextDecoder(label, options);
    results.push(attempt(() =>
      d.decode(new Uint8Array(bytes.slice(0, split)), { stream: true }) +
      d.decode(new Uint8Array(bytes.slice(split)), { stream: true }) +
      d.decode()));
  }
  const d = new G.TextDecoder(label, options);
  results.push(attempt(() => {
    let s = '';
    for (const b of bytes) s += d.decode(new Uint8Array([b]), { stream: true });
    return s + d.decode();
  }));
  return results;
}

const kSupportedLabels = [
  'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8',
  'unicodefffe', 'utf-16be', 'csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
  'utf-16', 'utf-16le', 'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
  'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
  'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
];

module.exports = [
  // --- TextEncoder ----------------------------------------------------------
  { name: 'TextEncoder basics',
    run: (G) => {
      const te = new G.TextEncoder();
      return [te.encoding, te.encode(), te.encode(undefined), te.encode(null), te.encode(1),
              te.encode('\ud800'), te.encode('a\udc00b'), te.encode('\ud83d\ude00'),
              te.encode('h\u00e9llo \u20ac'), te.encode({ toString: () => 'x' }),
              te.encode('') instanceof Uint8Array, te.encode('abc').buffer.byteLength];
    } },
  { name: 'TextEncoder.encode(Symbol) throws',
    run: (G) => attempt(() => new G.TextEncoder().encode(Symbol('s'))) },
  { name: 'TextEncoder.encodeInto',
    run: (G) => {
      const te = new G.TextEncoder();
      const out = [];
      for (const [s, n] of [['h\u00e9llo', 3], ['\ud83d\ude00a', 3], ['\ud83d\ude00a', 4],
                            ['\ud800x', 10], ['', 0], ['abc', 0], ['\u20ac\u20ac', 5],
                            ['\ud83d\ude00', 10], ['a\udc00', 3], ['a\udc00', 4]]) {
        const dest = new Uint8Array(n);
        const r = te.encodeInto(s, dest);
        out.push([r, Object.keys(r), Array.from(dest)]);
      }
      const big = new Uint8Array(8);
      out.push(te.encodeInto('ab', big.subarray(2, 4)), Array.from(big));
      out.push(te.encodeInto('x', Buffer.alloc(2)));
      return out;
    } },
  { name: 'TextEncoder.encodeInto argument errors',
    run: (G) => {
      const te = new G.TextEncoder();
      return [attempt(() => te.encodeInto('x', 1)), attempt(() => te.encodeInto('x', new Uint16Array(2))),
              attempt(() => te.encodeInto('x')), attempt(() => te.encodeInto(1, new Uint8Array(2))),
              attempt(() => te.encodeInto(undefined, new Uint8Array(2))),
              attempt(() => te.encodeInto(1, 1))];
    } },
  { name: 'TextEncoder brand checks',
    run: (G) => [attempt(() => getter(G.TextEncoder, 'encoding').call({})),
                 attempt(() => G.TextEncoder.prototype.encode.call({}, 'x')),
                 attempt(() => G.TextEncoder.prototype.encodeInto.call({}, 'x', new Uint8Array(2)))] },

  // --- TextDecoder construction ------------------------------------------
  { name: 'TextDecoder defaults and options',
    run: (G) => {
      const d = (l, o) => attempt(() => {
        const td = new G.TextDecoder(l, o);
        return [td.encoding, td.fatal, td.ignoreBOM];
      });
      return [d(), d(undefined), d('utf8', null), d('utf8', { fatal: 1, ignoreBOM: 'y' }),
              d('utf-16le', { fatal: true }), d('utf8', 1), d('utf8', 'str'), d('utf8', []),
              d('utf8', () => {}), d(null), d('foo'), d(''), d(Symbol('s'))];
    } },
  { name: 'TextDecoder label matching (supported encodings)',
    run: (G) => kSupportedLabels.flatMap((l) => [l, l.toUpperCase(), ` \t${l}\n\f\r `]).map(
      (l) => attempt(() => new G.TextDecoder(l).encoding)) },
  { name: 'TextDecoder label edge cases',
    run: (G) => ['\u00a0utf-8', 'utf-\u0130', 'utf-32', 'utf-7', 'x-user-defined', 'replacement',
                 'iso-2022-kr', 'csiso2022kr', 'hz-gb-2312', 'utf-8\u0000', 'UTF-16BE ', 'latin-1']
      .map((l) => attempt(() => new G.TextDecoder(l).encoding)) },
  { name: 'legacy encodings (ICU in node)',
    knownDiff: 'only utf-8, utf-16le/be and windows-1252 decoders are implemented',
    run: (G) => ['shift_jis', 'gbk', 'gb18030', 'big5', 'euc-kr', 'euc-jp', 'iso-2022-jp',
                 'iso-8859-2', 'koi8-r', 'windows-1251', 'macintosh', 'ibm866']
      .map((l) => attempt(() => new G.TextDecoder(l).encoding)) },
  { name: 'TextDecoder brand checks',
    run: (G) => [...['encoding', 'fatal', 'ignoreBOM'].map((k) => attempt(() => getter(G.TextDecoder, k).call({}))),
                 attempt(() => G.TextDecoder.prototype.decode.call({}))] },

  // --- decode input handling -------------------------------------------------
  { name: 'decode accepts BufferSources; rejects others with per-encoding messages',
    run: (G) => ['utf-8', 'utf-16le', 'utf-16be', 'latin1'].map((enc) => {
      const td = new G.TextDecoder(enc);
      const ab = new ArrayBuffer(4);
      new Uint8Array(ab).set([0x41, 0x42, 0x43, 0x44]);
      return [undefined, 1, 'x', null, {}, ab, new DataView(ab, 1, 2), new SharedArrayBuffer(2),
              new Uint16Array([0x4142]), new Uint8Array(ab, 2), Buffer.from('hi'),
              new Float64Array(1)].map((input) => attempt(() => td.decode(input)))
        .concat([attempt(() => td.decode())]);
    }) },
  { name: 'decode options are not validated',
    run: (G) => [1, 'x', null, [], () => {}].map(
      (o) => attempt(() => new G.TextDecoder().decode(new Uint8Array([0x41]), o))) },

  // --- UTF-8 ------------------------------------------------------------------
  { name: 'utf-8 decode (replacement)',
    run: (G) => utf8Samples.map((b) => decodeAll(G, 'utf-8', undefined, b)) },
  { name: 'utf-8 decode (ignoreBOM)',
    run: (G) => utf8Samples.map((b) => decodeAll(G, 'utf-8', { ignoreBOM: true }, b)) },
  { name: 'utf-8 decode (fatal)',
    run: (G) => utf8Samples.map((b) => decodeAll(G, 'utf-8', { fatal: true }, b)) },
  { name: 'utf-8 streaming at every split point',
    run: (G) => utf8Samples.map((b) => streamed(G, 'utf-8', undefined, b)) },
  { name: 'utf-8 streaming, fatal',
    run: (G) => utf8Samples.map((b) => streamed(G, 'utf-8', { fatal: true }, b)) },
  { name: 'utf-8 streaming, ignoreBOM',
    run: (G) => utf8Samples.map((b) => streamed(G, 'utf-8', { ignoreBOM: true }, b)) },
  { name: 'BOM is only stripped at the start of each stream',
    run: (G) => {
      const td = new G.TextDecoder();
      const bom = new Uint8Array([0xEF, 0xBB, 0xBF, 0x41]);
      return [td.decode(bom, { stream: true }), td.decode(bom, { stream: true }), td.decode(),
              td.decode(bom), td.decode(bom)];
    } },
  { name: 'decoder is reusable after a fatal error',
    run: (G) => {
      const td = new G.TextDecoder('utf-8', { fatal: true });
      return [attempt(() => td.decode(new Uint8Array([0xE2, 0x82]), { stream: true })),
              attempt(() => td.decode()),
              attempt(() => td.decode(new Uint8Array([0x41])))];
    } },
  { name: 'utf-8 round trip of all BMP code points',
    run: (G) => {
      let s = '';
      for (let c = 0; c < 0x10000; c += 7) s += String.fromCharCode(c);
      s += '\ud83d\ude00\udbff\udfff';
      const bytes = new G.TextEncoder().encode(s);
      const back = new G.TextDecoder().decode(bytes);
      return [bytes.length, back.length, back === s.replace(/[\ud800-\udfff]/g, (c, i) => {
        const code = c.charCodeAt(0);
        const next = s.charCodeAt(i + 1);
        const prev = s.charCodeAt(i - 1);
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return c;
        if (code >= 0xdc00 && prev >= 0xd800 && prev <= 0xdbff) return c;
        return '\ufffd';
      })];
    } },

  // --- UTF-16 ------------------------------------------------------------------
  { name: 'utf-16le decode',
    run: (G) => utf16Samples.map((b) => [decodeAll(G, 'utf-16le', undefined, b),
                                          decodeAll(G, 'utf-16le', { fatal: true }, b),
                                          decodeAll(G, 'utf-16le', { ignoreBOM: true }, b)]) },
  { name: 'utf-16be decode',
    run: (G) => utf16Samples.map((b) => [decodeAll(G, 'utf-16be', undefined, b),
                                          decodeAll(G, 'utf-16be', { fatal: true }, b),
                                          decodeAll(G, 'utf-16be', { ignoreBOM: true }, b)]) },
  { name: 'utf-16le streaming at every split point',
    run: (G) => utf16Samples.map((b) => streamed(G, 'utf-16le', undefined, b)) },
  { name: 'utf-16be streaming at every split point',
    run: (G) => utf16Samples.map((b) => streamed(G, 'utf-16be', undefined, b)) },
  { name: 'utf-16le streaming, fatal',
    run: (G) => utf16Samples.map((b) => streamed(G, 'utf-16le', { fatal: true }, b)) },

  // --- windows-1252 ---------------------------------------------------------
  { name: 'windows-1252 ASCII and Latin-1 range',
    run: (G) => {
      const bytes = [];
      for (let i = 0; i < 256; i++) if (i < 0x80 || i > 0x9F) bytes.push(i);
      return ['latin1', 'ascii', 'windows-1252', 'iso-8859-1'].map(
        (l) => decodeAll(G, l, { fatal: true }, bytes));
    } },
  { name: 'windows-1252 bytes 0x80-0x9F',
    knownDiff: 'Node 20 decodes them as ISO-8859-1 (U+0080-U+009F) unless streaming; ' +
      'Mosaic follows the WHATWG windows-1252 table',
    run: (G) => {
      const bytes = [];
      for (let i = 0x80; i <= 0x9F; i++) bytes.push(i);
      return decodeAll(G, 'windows-1252', undefined, bytes);
    } },
  { name: 'windows-1252 0x80-0x9F while streaming (node uses the table there)',
    run: (G) => {
      const bytes = [];
      for (let i = 0x80; i <= 0x9F; i++) bytes.push(i);
      const td = new G.TextDecoder('windows-1252');
      return td.decode(new Uint8Array(bytes), { stream: true });
    } },
  { name: 'windows-1252 does not strip BOM-like bytes',
    run: (G) => [decodeAll(G, 'latin1', undefined, [0xEF, 0xBB, 0xBF]),
                 decodeAll(G, 'latin1', undefined, [0xFF, 0xFE])] },

  // --- shapes ---------------------------------------------------------------
  { name: 'lengths',
    run: (G) => [G.TextEncoder.length, G.TextDecoder.length, G.TextEncoder.prototype.encode.length,
                 G.TextEncoder.prototype.encodeInto.length, G.TextDecoder.prototype.decode.length] },
];
