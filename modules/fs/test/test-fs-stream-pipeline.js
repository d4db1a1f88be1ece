'use strict';
// The seed's stream example: copy a file through
// stream.pipeline(createReadStream, createWriteStream) and compare.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-pipe-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const src = path.join(tmp, 'src.bin');
const dst = path.join(tmp, 'dst.bin');
const data = Buffer.alloc(1024 * 1024 + 123);
for (let i = 0; i < data.length; i++) data[i] = (i * 13 + (i >> 8)) & 0xff;
fs.writeFileSync(src, data);

let finished = false;
const rs = fs.createReadStream(src);
const ws = fs.createWriteStream(dst);
const events = [];
rs.on('open', () => events.push('rs open'));
rs.on('close', () => events.push('rs close'));
ws.on('finish', () => events.push('ws finish'));
ws.on('close', () => events.push('ws close'));
pipeline(rs, ws, (err) => {
  assert.ifError(err);
  assert.strictEqual(rs.bytesRead, data.length);
  assert.strictEqual(ws.bytesWritten, data.length);
  assert(fs.readFileSync(dst).equals(data));
  finished = true;
});

process.on('exit', () => {
  assert(finished);
  for (const e of ['rs open', 'rs close', 'ws finish', 'ws close']) assert(events.includes(e), e);
});
