'use strict';
// createReadStream reads two chunks per system call with the built-in fs;
// what the stream delivers must not show it: the same chunk sizes, bytes,
// bytesRead and end as reading one chunk at a time, in flowing and paused
// mode, with start/end and when the file grows between reads.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-ra-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const f = path.join(tmp, 'f');
const data = Buffer.alloc(300000);
for (let i = 0; i < data.length; i++) data[i] = (i * 31 + (i >> 8)) & 0xff;
fs.writeFileSync(f, data);

// The sizes node delivers: hwm-sized chunks of [start, end], the last short.
function expectedSizes(total, hwm) {
  const sizes = [];
  for (let left = total; left > 0; left -= hwm) sizes.push(Math.min(hwm, left));
  return sizes;
}

function flowing(opts) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    const s = fs.createReadStream(f, opts);
    s.on('data', (c) => chunks.push(c));
    s.on('error', reject);
    s.on('end', () => resolve({ chunks, bytesRead: s.bytesRead }));
  });
}

function paused(opts) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    const s = fs.createReadStream(f, opts);
    s.on('readable', () => {
      let c;
      while ((c = s.read()) !== null) chunks.push(c);
    });
    s.on('error', reject);
    s.on('end', () => resolve({ chunks, bytesRead: s.bytesRead }));
  });
}

(async () => {
  const cases = [
    {},
    { highWaterMark: 16384 },
    { highWaterMark: 100000, start: 5 },
    { start: 1000, end: 250000 },
    { start: 70000 },
    { end: 65535 },
    { end: 65536 },
    { highWaterMark: 1000 },
  ];
  for (const opts of cases) {
    const start = opts.start ?? 0;
    const end = Math.min(opts.end ?? Infinity, data.length - 1);
    const hwm = opts.highWaterMark ?? 65536;
    const want = data.subarray(start, end + 1);
    const r = await flowing(opts);
    assert.deepStrictEqual(r.chunks.map((c) => c.length), expectedSizes(want.length, hwm),
                           JSON.stringify(opts));
    assert.ok(Buffer.concat(r.chunks).equals(want), JSON.stringify(opts));
    assert.strictEqual(r.bytesRead, want.length);
    const p = await paused(opts);
    assert.ok(Buffer.concat(p.chunks).equals(want), `paused ${JSON.stringify(opts)}`);
    assert.strictEqual(p.bytesRead, want.length);
  }

  // bytesRead counts delivered bytes while data is still being read ahead.
  await new Promise((resolve, reject) => {
    const s = fs.createReadStream(f);
    let seen = 0;
    s.on('data', (c) => {
      seen += c.length;
      assert.strictEqual(s.bytesRead, seen);
    });
    s.on('error', reject);
    s.on('end', resolve);
  });

  // Destroying with data read ahead ends cleanly and closes the fd.
  await new Promise((resolve, reject) => {
    const s = fs.createReadStream(f);
    s.once('data', () => s.destroy());
    s.on('error', reject);
    s.on('close', () => {
      assert.strictEqual(s.fd, null);
      resolve();
    });
  });

  // A file that grows while it is read: everything written before the end
  // of file is reached is delivered, in order.
  const g = path.join(tmp, 'growing');
  fs.writeFileSync(g, data.subarray(0, 100000));
  const grown = await new Promise((resolve, reject) => {
    const chunks = [];
    const s = fs.createReadStream(g);
    s.once('data', () => fs.appendFileSync(g, data.subarray(100000)));
    s.on('data', (c) => chunks.push(c));
    s.on('error', reject);
    s.on('end', () => resolve(Buffer.concat(chunks)));
  });
  assert.ok(grown.equals(data));

  // A custom fs sees reads of the requested size only.
  const lengths = [];
  await new Promise((resolve, reject) => {
    const s = fs.createReadStream(f, {
      fs: {
        open: fs.open,
        close: fs.close,
        read: (fd, buf, off, len, pos, cb) => {
          lengths.push(len);
          fs.read(fd, buf, off, len, pos, cb);
        },
      },
    });
    s.resume();
    s.on('error', reject);
    s.on('end', resolve);
  });
  assert.ok(lengths.every((len) => len <= 65536), String(lengths));
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
