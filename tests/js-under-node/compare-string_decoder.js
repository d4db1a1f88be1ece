'use strict';
// Mosaic's StringDecoder vs node's: every write()/end() result and the
// lastNeed/lastTotal/lastChar state after it, over hand-picked byte
// sequences and a seeded fuzz of chunkings, for every encoding.
const { require: mrequire } = require('./loader');
const { Tally, rng } = require('./common');
const util = require('util');

const { StringDecoder: Mine } = mrequire('string_decoder');
const { StringDecoder: Theirs } = require('string_decoder');
const t = new Tally('string_decoder');

const encodings = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];

function run(D, enc, chunks, endChunk) {
  const d = new D(enc);
  const out = [d.encoding];
  for (const c of chunks) {
    out.push(d.write(c));
    out.push([d.lastNeed, d.lastTotal, [...d.lastChar]]);
  }
  out.push(endChunk === undefined ? d.end() : d.end(endChunk));
  out.push([d.lastNeed, d.lastTotal]);
  out.push(d.write(Buffer.from([0x61])));
  return JSON.stringify(out);
}

const fixed = [
  [], [0x61], [0xe2, 0x82, 0xac], [0xe2], [0xe2, 0x82], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f, 0x98], [0xf0],
  [0xc3, 0xa9], [0xc3], [0x80], [0x80, 0x80], [0x80, 0x80, 0x80, 0x80, 0x80], [0xff], [0xfe, 0xff], [0xf8, 0x80],
  [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x28, 0xa1], [0xf4, 0x90, 0x80, 0x80], [0x3d, 0xd8, 0x00, 0xde],
  [0x3d, 0xd8], [0x3d], [0x00, 0xd8, 0x41, 0x00], [0x61, 0x62, 0x63, 0x64], [0x01, 0x02, 0x03, 0x04, 0x05],
  [0xe2, 0x82, 0xac, 0xe2, 0x82], [0x61, 0xf0, 0x9f], [0xc3, 0x61], [0xe2, 0x61, 0x62], [0xf0, 0x9f, 0x61],
];
for (const enc of encodings) {
  for (const a of fixed) {
    for (const b of fixed) {
      t.same(`${enc} [${a}] [${b}]`, run(Mine, enc, [Buffer.from(a), Buffer.from(b)]),
             run(Theirs, enc, [Buffer.from(a), Buffer.from(b)]));
    }
    t.same(`${enc} end([${a}])`, run(Mine, enc, [], Buffer.from(a)), run(Theirs, enc, [], Buffer.from(a)));
    // Byte at a time.
    const bytes = a.map((x) => Buffer.from([x]));
    t.same(`${enc} bytewise [${a}]`, run(Mine, enc, bytes), run(Theirs, enc, bytes));
  }
}

// Encodings, errors, odd inputs.
for (const enc of [undefined, null, '', 'UTF-8', 'utf-8', 'Utf8', 'UCS2', 'ucs-2', 'utf-16le', 'binary', 'LATIN1',
  'BASE64', 'Base64Url', 'HEX', 'ascii', 'utf16', 'foo', false, 0, 1, {}, 'buffer', 'latin-1']) {
  t.check(`new StringDecoder(${util.inspect(enc)})`, () => new Mine(enc).encoding, () => new Theirs(enc).encoding);
}
for (const bad of [5, null, {}, [], true, Symbol('x')]) {
  t.check(`write(${String(bad === null ? 'null' : typeof bad)})`, () => new Mine().write(bad), () => new Theirs().write(bad));
  t.check(`end(${String(bad === null ? 'null' : typeof bad)})`, () => new Mine().end(bad), () => new Theirs().end(bad));
}
t.check('write(string)', () => new Mine().write('héllo'), () => new Theirs().write('héllo'));
t.check('end(string)', () => new Mine('hex').end('x'), () => new Theirs('hex').end('x'));
t.check('write.call({})', () => Mine.prototype.write.call({}, Buffer.alloc(1)),
        () => Theirs.prototype.write.call({}, Buffer.alloc(1)));
t.check('inspect', () => util.inspect(new Mine('ucs2'), { showHidden: true }),
        () => util.inspect(new Theirs('ucs2'), { showHidden: true }));
t.check('proto keys', () => Object.getOwnPropertyNames(Mine.prototype), () => Object.getOwnPropertyNames(Theirs.prototype));
for (const enc of encodings) {
  const src = Buffer.from([0xe2, 0x82, 0xac, 0x3d, 0xd8, 0x00, 0xde, 0xf0, 0x9f, 0x98, 0x80, 0x41]);
  for (const view of [new Uint8Array(src), new Uint16Array(src.buffer.slice(src.byteOffset, src.byteOffset + 12)),
    new DataView(src.buffer, src.byteOffset + 1, 7), src.subarray(3, 9), new Float32Array(3)]) {
    t.check(`${enc} ${view.constructor.name}`, () => { const d = new Mine(enc); return [d.write(view), d.end()]; },
            () => { const d = new Theirs(enc); return [d.write(view), d.end()]; });
  }
  for (const off of [0, 1, 2, 3, 5, 20]) {
    t.check(`${enc} text(${off})`, () => { const d = new Mine(enc); d.write(Buffer.from([0xe2])); return [d.text(src, off), d.end()]; },
            () => { const d = new Theirs(enc); d.write(Buffer.from([0xe2])); return [d.text(src, off), d.end()]; });
  }
}

// Fuzz: random byte strings weighted towards UTF-8/UTF-16 structure, random chunking.
const rand = rng(4242);
const pieces = [[0x61], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0x80], [0xff], [0xc3], [0xe2, 0x82],
  [0xf0, 0x9f], [0x3d, 0xd8], [0x00, 0xde], [0x00], [0xed, 0xa0, 0x80], [0xf8], [0xc0], [0x7f]];
const FUZZ = Number(process.env.SD_FUZZ || 3000);
for (let k = 0; k < FUZZ; k++) {
  const bytes = [];
  const n = Math.floor(rand() * 8);
  for (let i = 0; i < n; i++) bytes.push(...pieces[Math.floor(rand() * pieces.length)]);
  const chunks = [];
  let i = 0;
  while (i < bytes.length) {
    const len = Math.floor(rand() * 5);
    chunks.push(Buffer.from(bytes.slice(i, i + len)));
    i += len;
  }
  const enc = encodings[k % encodings.length];
  t.same(`fuzz ${enc} ${JSON.stringify(chunks.map((c) => [...c]))}`, run(Mine, enc, chunks), run(Theirs, enc, chunks));
}

process.exitCode = t.report() ? 0 : 1;
