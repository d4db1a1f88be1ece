'use strict';
// Cases for compare.js. Each gets a fresh fixture (see setup()) with the
// working directory set to its root; `fs` is node's fs or the plugin's.

const { c, cb, p } = require('./compare');

const J = (r, s) => `${r}/${s}`;

// util.promisify as Mosaic's util does it for the plugin's fs (node's util
// knows node's fs through an internal symbol instead).
function promisify(fs, fn) {
  const names = fn[Symbol.for('mosaic.util.promisify.customArgs')];
  if (fs === require('fs') || !names) return require('util').promisify(fn);
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, ...values) => {
      if (err) return reject(err);
      const obj = {};
      names.forEach((n, i) => { obj[n] = values[i]; });
      resolve(obj);
    });
  });
}

// --- readFile ---------------------------------------------------------------
c('readFileSync buffer', (fs, r) => fs.readFileSync(J(r, 'file.txt')));
c('readFileSync utf8', (fs, r) => fs.readFileSync(J(r, 'utf8.txt'), 'utf8'));
c('readFileSync utf-8 option', (fs, r) => fs.readFileSync(J(r, 'utf8.txt'), { encoding: 'utf-8' }));
c('readFileSync latin1', (fs, r) => fs.readFileSync(J(r, 'utf8.txt'), 'latin1'));
c('readFileSync ucs2', (fs, r) => fs.readFileSync(J(r, 'bin'), 'ucs2'));
c('readFileSync hex', (fs, r) => fs.readFileSync(J(r, 'bin'), 'hex'));
c('readFileSync base64', (fs, r) => fs.readFileSync(J(r, 'bin'), { encoding: 'base64' }));
c('readFileSync ascii', (fs, r) => fs.readFileSync(J(r, 'utf8.txt'), 'ascii'));
c('readFileSync empty', (fs, r) => fs.readFileSync(J(r, 'empty')));
c('readFileSync empty utf8', (fs, r) => fs.readFileSync(J(r, 'empty'), 'utf8'));
c('readFileSync big', (fs, r) => fs.readFileSync(J(r, 'big.bin')).toString('base64').length);
c('readFileSync big eq', (fs, r) => fs.readFileSync(J(r, 'big.bin')).equals(require('fs').readFileSync(J(r, 'big.bin'))));
c('readFileSync relative', (fs) => fs.readFileSync('dir/a.txt', 'utf8'));
c('readFileSync Buffer path', (fs, r) => fs.readFileSync(Buffer.from(J(r, 'file.txt')), 'utf8'));
c('readFileSync URL', (fs, r) => fs.readFileSync(new URL(`file://${r}/file.txt`), 'utf8'));
c('readFileSync URL string not url', (fs, r) => fs.readFileSync(`file://${r}/file.txt`, 'utf8'));
c('readFileSync URL http', (fs) => fs.readFileSync(new URL('http://example.com/x')));
c('readFileSync URL host', (fs) => fs.readFileSync(new URL('file://host/x')));
c('readFileSync URL %2F', (fs) => fs.readFileSync(new URL('file:///a%2Fb')));
c('readFileSync URL escaped', (fs, r) => fs.readFileSync(new URL(`file://${r}/no%20such`)));
c('readFileSync ENOENT', (fs, r) => fs.readFileSync(J(r, 'nope')));
c('readFileSync EISDIR', (fs, r) => fs.readFileSync(J(r, 'dir')));
c('readFileSync EISDIR utf8', (fs, r) => fs.readFileSync(J(r, 'dir'), 'utf8'));
c('readFileSync ENOTDIR', (fs, r) => fs.readFileSync(J(r, 'file.txt/x')));
c('readFileSync ELOOP', (fs, r) => fs.readFileSync(J(r, 'loop1')));
c('readFileSync via link', (fs, r) => fs.readFileSync(J(r, 'link'), 'utf8'));
c('readFileSync dangling', (fs, r) => fs.readFileSync(J(r, 'dangling')));
c('readFileSync null byte', (fs, r) => fs.readFileSync(J(r, 'a\0b')));
c('readFileSync null byte Buffer', (fs) => fs.readFileSync(Buffer.from('a\0b')));
c('readFileSync number path', (fs) => fs.readFileSync(1.5));
c('readFileSync object path', (fs) => fs.readFileSync({}));
c('readFileSync undefined path', (fs) => fs.readFileSync());
c('readFileSync bad encoding', (fs, r) => fs.readFileSync(J(r, 'file.txt'), 'utf9'));
c('readFileSync bad options', (fs, r) => fs.readFileSync(J(r, 'file.txt'), 5));
c('readFileSync bad flag', (fs, r) => fs.readFileSync(J(r, 'file.txt'), { flag: 'q' }));
c('readFileSync flag obj', (fs, r) => fs.readFileSync(J(r, 'file.txt'), { flag: {} }));
c('readFileSync flag a+', (fs, r) => fs.readFileSync(J(r, 'newfile'), { flag: 'a+', encoding: 'utf8' }));
c('readFileSync flag wx exists', (fs, r) => fs.readFileSync(J(r, 'file.txt'), { flag: 'wx' }));
c('readFileSync bad fd', (fs) => fs.readFileSync(9999));
c('readFileSync fd', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  fs.readSync(fd, Buffer.alloc(6));
  const s = fs.readFileSync(fd, 'utf8');
  fs.closeSync(fd);
  return s;
});
c('readFileSync /proc file', (fs) => fs.readFileSync('/proc/self/stat', 'utf8').length > 0);
c('readFileSync fifo-free /dev/null', (fs) => fs.readFileSync('/dev/null'));
cb('readFile cb', (fs, r, done) => fs.readFile(J(r, 'file.txt'), done));
cb('readFile cb utf8', (fs, r, done) => fs.readFile(J(r, 'utf8.txt'), 'utf8', done));
cb('readFile cb hex', (fs, r, done) => fs.readFile(J(r, 'bin'), { encoding: 'hex' }, done));
cb('readFile cb big', (fs, r, done) => fs.readFile(J(r, 'big.bin'), (e, b) => done(e, b.length, b[1000])));
cb('readFile cb ENOENT', (fs, r, done) => fs.readFile(J(r, 'nope'), done));
cb('readFile cb EISDIR', (fs, r, done) => fs.readFile(J(r, 'dir'), done));
cb('readFile cb no callback', (fs, r, done) => { fs.readFile(J(r, 'file.txt')); done('no throw'); });
cb('readFile cb bad callback', (fs, r, done) => { fs.readFile(J(r, 'file.txt'), {}, 5); done('no throw'); });
cb('readFile cb aborted', (fs, r, done) => {
  const ac = new AbortController();
  ac.abort();
  fs.readFile(J(r, 'file.txt'), { signal: ac.signal }, done);
});
cb('readFile cb bad signal', (fs, r, done) => fs.readFile(J(r, 'file.txt'), { signal: {} }, done));
cb('readFile cb fd', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  fs.readFile(fd, 'utf8', (e, d) => { fs.closeSync(fd); done(e, d); });
});
p('promises.readFile', (fs, r) => fs.promises.readFile(J(r, 'file.txt')));
p('promises.readFile utf8', (fs, r) => fs.promises.readFile(J(r, 'utf8.txt'), 'utf8'));
p('promises.readFile base64url', (fs, r) => fs.promises.readFile(J(r, 'bin'), 'base64url'));
p('promises.readFile ENOENT', (fs, r) => fs.promises.readFile(J(r, 'nope')));
p('promises.readFile EISDIR', (fs, r) => fs.promises.readFile(J(r, 'dir')));
p('promises.readFile bad path', (fs) => fs.promises.readFile(42.5));
p('promises.readFile bad encoding', (fs, r) => fs.promises.readFile(J(r, 'file.txt'), 'nope'));
p('promises.readFile aborted', (fs, r) => {
  const ac = new AbortController();
  ac.abort('why');
  return fs.promises.readFile(J(r, 'file.txt'), { signal: ac.signal });
});
p('promises.readFile filehandle', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'file.txt'));
  try {
    return await fs.promises.readFile(fh, 'utf8');
  } finally {
    await fh.close();
  }
});

// --- writeFile / appendFile --------------------------------------------------
c('writeFileSync string', (fs, r) => fs.writeFileSync(J(r, 'out.txt'), 'héllo'));
c('writeFileSync buffer', (fs, r) => fs.writeFileSync(J(r, 'out.bin'), Buffer.from([1, 2, 3])));
c('writeFileSync Uint16Array', (fs, r) => fs.writeFileSync(J(r, 'out.bin'), new Uint16Array([1, 513])));
c('writeFileSync DataView', (fs, r) => fs.writeFileSync(J(r, 'out.bin'), new DataView(new ArrayBuffer(3))));
c('writeFileSync hex', (fs, r) => fs.writeFileSync(J(r, 'out.bin'), 'deadbeef', 'hex'));
c('writeFileSync latin1', (fs, r) => fs.writeFileSync(J(r, 'out.bin'), 'héllo', { encoding: 'latin1' }));
c('writeFileSync ucs2', (fs, r) => fs.writeFileSync(J(r, 'out.bin'), 'hé', 'ucs2'));
c('writeFileSync base64', (fs, r) => fs.writeFileSync(J(r, 'out.bin'), 'aGVsbG8=', 'base64'));
c('writeFileSync overwrite', (fs, r) => fs.writeFileSync(J(r, 'file.txt'), 'x'));
c('writeFileSync mode', (fs, r) => fs.writeFileSync(J(r, 'out.txt'), 'x', { mode: 0o600 }));
c('writeFileSync mode string', (fs, r) => fs.writeFileSync(J(r, 'out.txt'), 'x', { mode: '640' }));
c('writeFileSync bad mode', (fs, r) => fs.writeFileSync(J(r, 'out.txt'), 'x', { mode: 'zz' }));
c('writeFileSync flag a', (fs, r) => fs.writeFileSync(J(r, 'file.txt'), 'x', { flag: 'a' }));
c('writeFileSync flag wx', (fs, r) => fs.writeFileSync(J(r, 'file.txt'), 'x', { flag: 'wx' }));
c('writeFileSync flush', (fs, r) => fs.writeFileSync(J(r, 'out.txt'), 'x', { flush: true }));
c('writeFileSync bad flush', (fs, r) => fs.writeFileSync(J(r, 'out.txt'), 'x', { flush: 1 }));
c('writeFileSync number data', (fs, r) => fs.writeFileSync(J(r, 'out.txt'), 5));
c('writeFileSync object data', (fs, r) => fs.writeFileSync(J(r, 'out.txt'), { toString() { return 'a'; } }));
c('writeFileSync EISDIR', (fs, r) => fs.writeFileSync(J(r, 'dir'), 'x'));
c('writeFileSync ENOENT', (fs, r) => fs.writeFileSync(J(r, 'nodir/x'), 'x'));
c('writeFileSync fd', (fs, r) => {
  const fd = fs.openSync(J(r, 'out.txt'), 'w');
  fs.writeFileSync(fd, 'abc');
  fs.writeFileSync(fd, 'def');
  fs.closeSync(fd);
});
c('writeFileSync empty', (fs, r) => fs.writeFileSync(J(r, 'new-empty'), ''));
c('writeFileSync big', (fs, r) => fs.writeFileSync(J(r, 'big2'), Buffer.alloc(3 << 20, 7)));
c('appendFileSync', (fs, r) => fs.appendFileSync(J(r, 'file.txt'), 'more'));
c('appendFileSync new', (fs, r) => fs.appendFileSync(J(r, 'new.txt'), Buffer.from('x')));
c('appendFileSync flag w', (fs, r) => fs.appendFileSync(J(r, 'file.txt'), 'zz', { flag: 'w' }));
c('appendFileSync fd', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'), 'r+');
  fs.appendFileSync(fd, 'X');
  fs.closeSync(fd);
});
cb('writeFile cb', (fs, r, done) => fs.writeFile(J(r, 'out.txt'), 'data', done));
cb('writeFile cb opts', (fs, r, done) => fs.writeFile(J(r, 'out.txt'), 'ff00', 'hex', done));
cb('writeFile cb EISDIR', (fs, r, done) => fs.writeFile(J(r, 'dir'), 'x', done));
cb('writeFile cb bad data', (fs, r, done) => fs.writeFile(J(r, 'out.txt'), 1, done));
cb('appendFile cb', (fs, r, done) => fs.appendFile(J(r, 'file.txt'), '!', done));
p('promises.writeFile', (fs, r) => fs.promises.writeFile(J(r, 'out.txt'), 'p'));
p('promises.writeFile iterable', (fs, r) => fs.promises.writeFile(J(r, 'out.txt'), ['a', 'bc', Buffer.from('d')]));
p('promises.writeFile async iterable', (fs, r) => fs.promises.writeFile(J(r, 'out.txt'), (async function* () {
  yield 'x';
  yield new Uint8Array([65, 66]);
})()));
p('promises.writeFile generator enc', (fs, r) => fs.promises.writeFile(J(r, 'out.txt'), (function* () {
  yield '6869';
})(), 'hex'));
p('promises.writeFile bad data', (fs, r) => fs.promises.writeFile(J(r, 'out.txt'), { a: 1 }));
p('promises.writeFile number', (fs, r) => fs.promises.writeFile(J(r, 'out.txt'), 7));
p('promises.writeFile ENOENT', (fs, r) => fs.promises.writeFile(J(r, 'no/out.txt'), 'x'));
p('promises.writeFile filehandle', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'out.txt'), 'w');
  await fs.promises.writeFile(fh, 'via handle');
  await fh.writeFile('+more');
  await fh.close();
});
p('promises.appendFile', (fs, r) => fs.promises.appendFile(J(r, 'file.txt'), 'tail'));
p('promises.writeFile aborted', (fs, r) => {
  const ac = new AbortController();
  ac.abort();
  return fs.promises.writeFile(J(r, 'out.txt'), 'x', { signal: ac.signal });
});

// --- open / close / read / write ---------------------------------------------
c('openSync close', (fs, r) => typeof fs.closeSync(fs.openSync(J(r, 'file.txt'))));
c('openSync ENOENT', (fs, r) => fs.openSync(J(r, 'nope')));
c('openSync EISDIR w', (fs, r) => fs.openSync(J(r, 'dir'), 'w'));
c('openSync wx EEXIST', (fs, r) => fs.openSync(J(r, 'file.txt'), 'wx'));
c('openSync bad flags', (fs, r) => fs.openSync(J(r, 'file.txt'), 'bad'));
c('openSync numeric flags', (fs, r) => { fs.closeSync(fs.openSync(J(r, 'new'), fs.constants.O_CREAT | fs.constants.O_WRONLY, 0o600)); });
c('openSync bad mode', (fs, r) => fs.openSync(J(r, 'file.txt'), 'r', 'x'));
c('openSync negative mode', (fs, r) => fs.openSync(J(r, 'file.txt'), 'r', -1));
c('closeSync EBADF', (fs) => fs.closeSync(9999));
c('closeSync -1', (fs) => fs.closeSync(-1));
c('closeSync string', (fs) => fs.closeSync('1'));
c('closeSync float', (fs) => fs.closeSync(1.5));
cb('open cb', (fs, r, done) => fs.open(J(r, 'file.txt'), (e, fd) => { fs.closeSync(fd); done(e, typeof fd); }));
cb('open cb flags', (fs, r, done) => fs.open(J(r, 'new'), 'w', (e, fd) => { fs.closeSync(fd); done(e, typeof fd); }));
cb('open cb ENOENT', (fs, r, done) => fs.open(J(r, 'nope'), 'r', 0o666, done));
cb('open cb no cb', (fs, r, done) => { fs.open(J(r, 'file.txt'), 'r'); done(); });
cb('close cb EBADF', (fs, r, done) => fs.close(9999, done));
c('readSync basic', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  const b = Buffer.alloc(20);
  const n = fs.readSync(fd, b, 0, 20, 0);
  const m = fs.readSync(fd, b, 2, 3, 6);
  fs.closeSync(fd);
  return [n, m, b];
});
c('readSync options', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  const b = Buffer.alloc(8);
  const n = fs.readSync(fd, b, { offset: 1, length: 4, position: 2 });
  const m = fs.readSync(fd, b);
  fs.closeSync(fd);
  return [n, m, b];
});
c('readSync bigint position', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  const b = Buffer.alloc(4);
  const n = fs.readSync(fd, b, 0, 4, 6n);
  fs.closeSync(fd);
  return [n, b];
});
c('readSync sequential', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  const b = Buffer.alloc(5);
  const out = [fs.readSync(fd, b, 0, 5, null), b.toString(), fs.readSync(fd, b, 0, 5, -1), b.toString()];
  fs.closeSync(fd);
  return out;
});
c('readSync Uint8Array', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  const b = new Uint8Array(4);
  fs.readSync(fd, b, 0, 4, 0);
  fs.closeSync(fd);
  return b;
});
c('readSync zero length', (fs, r) => fs.readSync(0, Buffer.alloc(2), 0, 0, 0));
c('readSync bad buffer', (fs) => fs.readSync(0, 'x'));
c('readSync bad offset', (fs) => fs.readSync(0, Buffer.alloc(2), 5, 1, 0));
c('readSync bad length', (fs) => fs.readSync(0, Buffer.alloc(2), 0, 5, 0));
c('readSync bad pos type', (fs) => fs.readSync(0, Buffer.alloc(2), 0, 1, 'x'));
c('readSync bad pos range', (fs) => fs.readSync(0, Buffer.alloc(2), 0, 1, -5));
c('readSync pos too big', (fs) => fs.readSync(0, Buffer.alloc(2), 0, 1, 2 ** 53));
c('readSync bigint too big', (fs) => fs.readSync(0, Buffer.alloc(2), 0, 1, 2n ** 63n));
c('readSync float offset', (fs) => fs.readSync(0, Buffer.alloc(2), 0.5, 1, 0));
c('readSync empty buffer', (fs) => fs.readSync(0, Buffer.alloc(0), 0, 1, 0));
c('readSync options offset', (fs) => fs.readSync(0, Buffer.alloc(2), { offset: 3 }));
c('readSync EBADF', (fs) => fs.readSync(9999, Buffer.alloc(3)));
c('readSync EISDIR', (fs, r) => {
  const fd = fs.openSync(J(r, 'dir'));
  try {
    return fs.readSync(fd, Buffer.alloc(3));
  } finally {
    fs.closeSync(fd);
  }
});
cb('read cb', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  fs.read(fd, Buffer.alloc(5), 0, 5, 0, (e, n, b) => { fs.closeSync(fd); done(e, n, b); });
});
cb('read cb options', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  fs.read(fd, { buffer: Buffer.alloc(6), position: 1 }, (e, n, b) => { fs.closeSync(fd); done(e, n, b); });
});
cb('read cb buffer+options', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  fs.read(fd, Buffer.alloc(6), { length: 2 }, (e, n, b) => { fs.closeSync(fd); done(e, n, b); });
});
cb('read cb default buffer', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  fs.read(fd, (e, n, b) => { fs.closeSync(fd); done(e, n, b.length, b.subarray(0, n)); });
});
cb('read cb EBADF', (fs, r, done) => fs.read(9999, Buffer.alloc(3), 0, 3, 0, done));
cb('read cb zero', (fs, r, done) => fs.read(0, Buffer.alloc(3), 0, 0, 0, done));
c('writeSync buffer', (fs, r) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  const a = fs.writeSync(fd, Buffer.from('hello'));
  const b = fs.writeSync(fd, Buffer.from('xyz'), 1, 2, 0);
  fs.closeSync(fd);
  return [a, b];
});
c('writeSync string', (fs, r) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  const a = fs.writeSync(fd, 'héllo');
  const b = fs.writeSync(fd, 'abcd', 1);
  const d = fs.writeSync(fd, '6869', 10, 'hex');
  const e = fs.writeSync(fd, 'ü', null, 'latin1');
  const f = fs.writeSync(fd, 'ü', null, 'ucs2');
  fs.closeSync(fd);
  return [a, b, d, e, f];
});
c('writeSync options', (fs, r) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  const a = fs.writeSync(fd, Buffer.from('abcdef'), { offset: 2, length: 3, position: 1 });
  fs.closeSync(fd);
  return a;
});
c('writeSync bad data', (fs) => fs.writeSync(1, 5));
c('writeSync object', (fs) => fs.writeSync(1, {}));
c('writeSync bad offset', (fs) => fs.writeSync(1, Buffer.alloc(2), 3));
c('writeSync bad length', (fs) => fs.writeSync(1, Buffer.alloc(2), 0, 3));
c('writeSync bad hex', (fs) => fs.writeSync(1, 'abc', 0, 'hex'));
c('writeSync EBADF', (fs) => fs.writeSync(9999, 'x'));
cb('write cb buffer', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  fs.write(fd, Buffer.from('abc'), (e, n, b) => { fs.closeSync(fd); done(e, n, b); });
});
cb('write cb buffer args', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  fs.write(fd, Buffer.from('abcdef'), 1, 3, 0, (e, n, b) => { fs.closeSync(fd); done(e, n, b); });
});
cb('write cb string', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  fs.write(fd, 'str', (e, n, s) => { fs.closeSync(fd); done(e, n, s); });
});
cb('write cb string pos', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  fs.write(fd, 'str', 3, (e, n, s) => { fs.closeSync(fd); done(e, n, s); });
});
cb('write cb string pos enc', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  fs.write(fd, 'abcd', 0, 'hex', (e, n, s) => { fs.closeSync(fd); done(e, n, s); });
});
cb('write cb EBADF', (fs, r, done) => fs.write(9999, Buffer.from('x'), done));
c('readvSync/writevSync', (fs, r) => {
  const fd = fs.openSync(J(r, 'out'), 'w+');
  const w = fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cde')]);
  const bufs = [Buffer.alloc(1), Buffer.alloc(3)];
  const n = fs.readvSync(fd, bufs, 0);
  const z = fs.writevSync(fd, []);
  fs.closeSync(fd);
  return [w, n, bufs, z];
});
c('readvSync bad', (fs) => fs.readvSync(0, [1]));
c('readvSync string', (fs) => fs.readvSync(0, 'a'));
cb('readv cb', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  fs.readv(fd, [Buffer.alloc(3), Buffer.alloc(3)], 0, (e, n, b) => { fs.closeSync(fd); done(e, n, b); });
});
cb('writev cb', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  fs.writev(fd, [Buffer.from('1'), Buffer.from('23')], (e, n, b) => { fs.closeSync(fd); done(e, n, b); });
});
cb('writev cb empty', (fs, r, done) => fs.writev(1, [], done));
p('promisify read', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  return promisify(fs, fs.read)(fd, Buffer.alloc(3), 0, 3, 0).finally(() => fs.closeSync(fd));
});
p('promisify write', (fs, r) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  return promisify(fs, fs.write)(fd, 'abc').finally(() => fs.closeSync(fd));
});
p('promisify exists', (fs, r) => require('util').promisify(fs.exists)(J(r, 'file.txt')));

// --- stat ----------------------------------------------------------------------
c('statSync file', (fs, r) => fs.statSync(J(r, 'file.txt')));
c('statSync dir', (fs, r) => fs.statSync(J(r, 'dir')));
c('statSync link follows', (fs, r) => fs.statSync(J(r, 'link')));
c('lstatSync link', (fs, r) => fs.lstatSync(J(r, 'link')));
c('statSync fifo', (fs, r) => fs.statSync(J(r, 'fifo')));
c('statSync /dev/null', (fs) => fs.statSync('/dev/null'));
c('statSync bigint', (fs, r) => fs.statSync(J(r, 'file.txt'), { bigint: true }));
c('statSync ENOENT', (fs, r) => fs.statSync(J(r, 'nope')));
c('statSync throwIfNoEntry', (fs, r) => fs.statSync(J(r, 'nope'), { throwIfNoEntry: false }));
c('statSync throwIfNoEntry ENOTDIR', (fs, r) => fs.statSync(J(r, 'file.txt/x'), { throwIfNoEntry: false }));
c('lstatSync throwIfNoEntry', (fs, r) => fs.lstatSync(J(r, 'nope'), { throwIfNoEntry: false }));
c('statSync ELOOP', (fs, r) => fs.statSync(J(r, 'loop1')));
c('statSync dangling', (fs, r) => fs.statSync(J(r, 'dangling')));
c('statSync options number', (fs, r) => fs.statSync(J(r, 'file.txt'), 5).size);
c('statSync values match', (fs, r) => {
  const a = fs.statSync(J(r, 'file.txt'));
  const b = require('fs').statSync(J(r, 'file.txt'));
  return ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'blksize', 'blocks',
          'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'].map((k) => a[k] === b[k]) +
    [a.atime.getTime() === b.atime.getTime(), a.mtime.getTime() === b.mtime.getTime()];
});
c('statSync bigint values match', (fs, r) => {
  const a = fs.statSync(J(r, 'file.txt'), { bigint: true });
  const b = require('fs').statSync(J(r, 'file.txt'), { bigint: true });
  return Object.keys(b).map((k) => (typeof b[k] === 'object' ? a[k].getTime() === b[k].getTime() : a[k] === b[k]));
});
c('fstatSync', (fs, r) => {
  const fd = fs.openSync(J(r, 'dir'));
  try {
    return fs.fstatSync(fd);
  } finally {
    fs.closeSync(fd);
  }
});
c('fstatSync EBADF', (fs) => fs.fstatSync(9999));
c('fstatSync bad fd', (fs) => fs.fstatSync('x'));
c('new Stats', (fs) => new fs.Stats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14));
c('Stats props', (fs) => [fs.Stats.length, fs.Stats.name, typeof fs.Stats.prototype.isFile]);
c('statfsSync', (fs, r) => fs.statfsSync(r));
c('statfsSync bigint', (fs, r) => fs.statfsSync(r, { bigint: true }));
c('statfsSync ENOENT', (fs, r) => fs.statfsSync(J(r, 'nope')));
cb('stat cb', (fs, r, done) => fs.stat(J(r, 'file.txt'), done));
cb('stat cb bigint', (fs, r, done) => fs.stat(J(r, 'dir'), { bigint: true }, done));
cb('stat cb ENOENT', (fs, r, done) => fs.stat(J(r, 'nope'), done));
cb('lstat cb', (fs, r, done) => fs.lstat(J(r, 'dangling'), done));
cb('fstat cb', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  fs.fstat(fd, (e, s) => { fs.closeSync(fd); done(e, s); });
});
cb('fstat cb EBADF', (fs, r, done) => fs.fstat(9999, done));
cb('stat cb no callback', (fs, r, done) => { fs.stat(J(r, 'x')); done(); });
cb('statfs cb', (fs, r, done) => fs.statfs(r, done));
p('promises.stat', (fs, r) => fs.promises.stat(J(r, 'file.txt')));
p('promises.stat bigint', (fs, r) => fs.promises.stat(J(r, 'file.txt'), { bigint: true }));
p('promises.lstat', (fs, r) => fs.promises.lstat(J(r, 'link')));
p('promises.stat ENOENT', (fs, r) => fs.promises.stat(J(r, 'nope')));
p('promises.statfs', (fs, r) => fs.promises.statfs(r));

// --- access / exists -------------------------------------------------------------
c('accessSync ok', (fs, r) => fs.accessSync(J(r, 'file.txt')));
c('accessSync R_OK|W_OK', (fs, r) => fs.accessSync(J(r, 'file.txt'), fs.constants.R_OK | fs.constants.W_OK));
c('accessSync X_OK', (fs, r) => fs.accessSync(J(r, 'file.txt'), fs.constants.X_OK));
c('accessSync ENOENT', (fs, r) => fs.accessSync(J(r, 'nope')));
c('accessSync bad mode', (fs, r) => fs.accessSync(J(r, 'file.txt'), 8));
c('accessSync mode string', (fs, r) => fs.accessSync(J(r, 'file.txt'), 'r'));
c('accessSync mode float', (fs, r) => fs.accessSync(J(r, 'file.txt'), 1.5));
c('existsSync', (fs, r) => [fs.existsSync(J(r, 'file.txt')), fs.existsSync(J(r, 'nope')),
  fs.existsSync(), fs.existsSync('a\0b'), fs.existsSync(J(r, 'dangling')), fs.existsSync({})]);
cb('access cb', (fs, r, done) => fs.access(J(r, 'file.txt'), done));
cb('access cb mode', (fs, r, done) => fs.access(J(r, 'file.txt'), fs.constants.W_OK, done));
cb('access cb ENOENT', (fs, r, done) => fs.access(J(r, 'nope'), done));
cb('access cb bad mode', (fs, r, done) => fs.access(J(r, 'file.txt'), 'r', done));
cb('exists cb', (fs, r, done) => fs.exists(J(r, 'file.txt'), done));
cb('exists cb missing', (fs, r, done) => fs.exists(J(r, 'nope'), done));
cb('exists cb bad path', (fs, r, done) => fs.exists({}, done));
cb('exists no cb', (fs, r, done) => { fs.exists(J(r, 'nope')); done(); });
p('promises.access', (fs, r) => fs.promises.access(J(r, 'file.txt')));
p('promises.access ENOENT', (fs, r) => fs.promises.access(J(r, 'nope'), fs.constants.R_OK));

// --- readdir -----------------------------------------------------------------------
c('readdirSync', (fs, r) => fs.readdirSync(r));
c('readdirSync dir', (fs, r) => fs.readdirSync(J(r, 'dir')));
c('readdirSync empty', (fs, r) => fs.readdirSync(J(r, 'emptydir')));
c('readdirSync types', (fs, r) => fs.readdirSync(r, { withFileTypes: true }));
c('readdirSync buffer', (fs, r) => fs.readdirSync(J(r, 'dir'), 'buffer'));
c('readdirSync hex', (fs, r) => fs.readdirSync(J(r, 'dir'), { encoding: 'hex' }));
c('readdirSync types buffer', (fs, r) => fs.readdirSync(J(r, 'dir'), { withFileTypes: true, encoding: 'buffer' }));
c('readdirSync Buffer path types', (fs, r) => fs.readdirSync(Buffer.from(J(r, 'dir')), { withFileTypes: true }));
c('readdirSync recursive', (fs, r) => fs.readdirSync(r, { recursive: true }));
c('readdirSync recursive relative', (fs) => fs.readdirSync('dir', { recursive: true }));
c('readdirSync recursive types', (fs, r) => fs.readdirSync(r, { recursive: true, withFileTypes: true }));
c('readdirSync recursive trailing', (fs, r) => fs.readdirSync(`${r}/`, { recursive: true, withFileTypes: true }));
c('readdirSync recursive Buffer', (fs, r) => fs.readdirSync(Buffer.from(r), { recursive: true }));
c('readdirSync recursive buffer enc', (fs, r) => fs.readdirSync(J(r, 'dir'), { recursive: true, encoding: 'buffer' }));
c('readdirSync recursive bad', (fs, r) => fs.readdirSync(r, { recursive: 1 }));
c('readdirSync ENOENT', (fs, r) => fs.readdirSync(J(r, 'nope')));
c('readdirSync ENOTDIR', (fs, r) => fs.readdirSync(J(r, 'file.txt')));
c('readdirSync via link', (fs, r) => fs.readdirSync(J(r, 'dirlink')));
cb('readdir cb', (fs, r, done) => fs.readdir(r, done));
cb('readdir cb types', (fs, r, done) => fs.readdir(J(r, 'dir'), { withFileTypes: true }, done));
cb('readdir cb recursive', (fs, r, done) => fs.readdir(r, { recursive: true }, done));
cb('readdir cb recursive types', (fs, r, done) => fs.readdir(r, { recursive: true, withFileTypes: true }, done));
cb('readdir cb ENOENT', (fs, r, done) => fs.readdir(J(r, 'nope'), done));
cb('readdir cb ENOENT recursive', (fs, r, done) => fs.readdir(J(r, 'nope'), { recursive: true }, done));
p('promises.readdir', (fs, r) => fs.promises.readdir(r));
p('promises.readdir types', (fs, r) => fs.promises.readdir(r, { withFileTypes: true }));
p('promises.readdir recursive', (fs, r) => fs.promises.readdir(r, { recursive: true }));
p('promises.readdir recursive types', (fs, r) => fs.promises.readdir(r, { recursive: true, withFileTypes: true }));
p('promises.readdir ENOTDIR', (fs, r) => fs.promises.readdir(J(r, 'file.txt')));

// --- opendir / Dir -------------------------------------------------------------------
c('opendirSync readSync', (fs, r) => {
  const d = fs.opendirSync(J(r, 'dir'));
  const out = [];
  let e;
  while ((e = d.readSync()) !== null) out.push(e);
  d.closeSync();
  return [d.path, out.sort((a, b) => (a.name < b.name ? -1 : 1))];
});
c('opendirSync bufferSize', (fs, r) => {
  const d = fs.opendirSync(r, { bufferSize: 1 });
  let n = 0;
  while (d.readSync() !== null) n++;
  d.closeSync();
  return n;
});
c('opendirSync bad bufferSize', (fs, r) => fs.opendirSync(r, { bufferSize: 0 }));
c('opendirSync ENOENT', (fs, r) => fs.opendirSync(J(r, 'nope')));
c('opendirSync ENOTDIR', (fs, r) => fs.opendirSync(J(r, 'file.txt')));
c('Dir closed twice', (fs, r) => {
  const d = fs.opendirSync(r);
  d.closeSync();
  return d.closeSync();
});
c('Dir read after close', (fs, r) => {
  const d = fs.opendirSync(r);
  d.closeSync();
  return d.readSync();
});
cb('opendir cb', (fs, r, done) => fs.opendir(J(r, 'dir'), (e, d) => {
  d.read((e2, ent) => {
    d.close((e3) => done(e, e2, typeof ent, e3));
  });
}));
cb('opendir cb ENOENT', (fs, r, done) => fs.opendir(J(r, 'nope'), done));
cb('opendir cb concurrent sync', (fs, r, done) => fs.opendir(J(r, 'dir'), (e, d) => {
  d.read(() => {});
  let err;
  try {
    d.readSync();
  } catch (x) {
    err = x;
  }
  d.close(() => done(err));
}));
p('promises.opendir iterate', async (fs, r) => {
  const d = await fs.promises.opendir(J(r, 'dir'));
  const names = [];
  for await (const ent of d) names.push(ent.name);
  return names.sort();
});
p('opendir entries() then close', async (fs, r) => {
  const d = await fs.promises.opendir(J(r, 'dir'));
  const first = await d.read();
  const second = await d.read();
  await d.close();
  return [typeof first, typeof second];
});
p('opendir close twice promise', async (fs, r) => {
  const d = await fs.promises.opendir(J(r, 'dir'));
  await d.close();
  return d.close();
});
p('promises.opendir ENOENT', (fs, r) => fs.promises.opendir(J(r, 'nope')));

// --- mkdir / mkdtemp / rmdir / rm / unlink / rename ---------------------------------
c('mkdirSync', (fs, r) => fs.mkdirSync(J(r, 'newdir')));
c('mkdirSync mode', (fs, r) => fs.mkdirSync(J(r, 'newdir'), 0o700));
c('mkdirSync mode str', (fs, r) => fs.mkdirSync(J(r, 'newdir'), { mode: '711' }));
c('mkdirSync EEXIST', (fs, r) => fs.mkdirSync(J(r, 'dir')));
c('mkdirSync ENOENT', (fs, r) => fs.mkdirSync(J(r, 'a/b')));
c('mkdirSync recursive', (fs, r) => fs.mkdirSync(J(r, 'a/b/c'), { recursive: true }));
c('mkdirSync recursive relative', (fs) => fs.mkdirSync('x/y/z', { recursive: true }));
c('mkdirSync recursive dots', (fs, r) => fs.mkdirSync(J(r, 'dir/../d2/./x/'), { recursive: true }));
c('mkdirSync recursive exists', (fs, r) => fs.mkdirSync(J(r, 'dir/sub'), { recursive: true }));
c('mkdirSync recursive file', (fs, r) => fs.mkdirSync(J(r, 'file.txt'), { recursive: true }));
c('mkdirSync recursive under file', (fs, r) => fs.mkdirSync(J(r, 'file.txt/a/b'), { recursive: true }));
c('mkdirSync recursive Buffer', (fs, r) => fs.mkdirSync(Buffer.from(J(r, 'buf/x')), { recursive: true }));
c('mkdirSync recursive bad', (fs, r) => fs.mkdirSync(J(r, 'q'), { recursive: 'yes' }));
c('mkdirSync bad mode', (fs, r) => fs.mkdirSync(J(r, 'q'), { mode: 'z' }));
cb('mkdir cb', (fs, r, done) => fs.mkdir(J(r, 'nd'), done));
cb('mkdir cb recursive', (fs, r, done) => fs.mkdir(J(r, 'nd/a/b'), { recursive: true }, done));
cb('mkdir cb recursive exists', (fs, r, done) => fs.mkdir(J(r, 'dir'), { recursive: true }, done));
cb('mkdir cb recursive ENOTDIR', (fs, r, done) => fs.mkdir(J(r, 'file.txt/a'), { recursive: true }, done));
cb('mkdir cb EEXIST', (fs, r, done) => fs.mkdir(J(r, 'dir'), done));
p('promises.mkdir recursive', (fs, r) => fs.promises.mkdir(J(r, 'p/q'), { recursive: true }));
p('promises.mkdir EEXIST', (fs, r) => fs.promises.mkdir(J(r, 'file.txt'), { recursive: true }));
c('mkdtempSync', (fs, r) => {
  const d = fs.mkdtempSync(J(r, 'tmp-'));
  return [d.length, d.startsWith(J(r, 'tmp-')), fs.statSync(d).isDirectory()];
}, { noTree: true });
c('mkdtempSync buffer', (fs, r) => Buffer.isBuffer(fs.mkdtempSync(J(r, 't-'), 'buffer')), { noTree: true });
c('mkdtempSync ENOENT', (fs, r) => fs.mkdtempSync(J(r, 'nope/x-')));
c('mkdtempSync bad', (fs) => fs.mkdtempSync(5));
cb('mkdtemp cb', (fs, r, done) => fs.mkdtemp(J(r, 'cb-'), (e, d) => done(e, d.length)), { noTree: true });
p('promises.mkdtemp', async (fs, r) => (await fs.promises.mkdtemp(J(r, 'p-'))).length, { noTree: true });
c('rmdirSync', (fs, r) => fs.rmdirSync(J(r, 'emptydir')));
c('rmdirSync ENOTEMPTY', (fs, r) => fs.rmdirSync(J(r, 'dir')));
c('rmdirSync ENOTDIR', (fs, r) => fs.rmdirSync(J(r, 'file.txt')));
c('rmdirSync ENOENT', (fs, r) => fs.rmdirSync(J(r, 'nope')));
c('rmdirSync recursive', (fs, r) => fs.rmdirSync(J(r, 'dir'), { recursive: true }));
c('rmdirSync recursive file', (fs, r) => fs.rmdirSync(J(r, 'file.txt'), { recursive: true }));
c('rmdirSync recursive ENOENT', (fs, r) => fs.rmdirSync(J(r, 'nope'), { recursive: true }));
c('rmdirSync bad options', (fs, r) => fs.rmdirSync(J(r, 'emptydir'), 5));
cb('rmdir cb', (fs, r, done) => fs.rmdir(J(r, 'emptydir'), done));
cb('rmdir cb ENOTEMPTY', (fs, r, done) => fs.rmdir(J(r, 'dir'), done));
cb('rmdir cb recursive', (fs, r, done) => fs.rmdir(J(r, 'dir'), { recursive: true }, done));
p('promises.rmdir', (fs, r) => fs.promises.rmdir(J(r, 'emptydir')));
p('promises.rmdir recursive ENOENT', (fs, r) => fs.promises.rmdir(J(r, 'nope'), { recursive: true }));
c('rmSync file', (fs, r) => fs.rmSync(J(r, 'file.txt')));
c('rmSync link', (fs, r) => fs.rmSync(J(r, 'dirlink')));
c('rmSync dir', (fs, r) => fs.rmSync(J(r, 'dir')));
c('rmSync dir recursive', (fs, r) => fs.rmSync(J(r, 'dir'), { recursive: true }));
c('rmSync ENOENT', (fs, r) => fs.rmSync(J(r, 'nope')));
c('rmSync force', (fs, r) => fs.rmSync(J(r, 'nope'), { force: true }));
c('rmSync ENOTDIR', (fs, r) => fs.rmSync(J(r, 'file.txt/x'), { force: true }));
c('rmSync trailing slash file', (fs, r) => fs.rmSync(J(r, 'file.txt/'), { recursive: true }));
c('rmSync root recursive', (fs, r) => fs.rmSync(r, { recursive: true }), { noTree: true });
c('rmSync bad recursive', (fs, r) => fs.rmSync(J(r, 'dir'), { recursive: 1 }));
c('rmSync bad maxRetries', (fs, r) => fs.rmSync(J(r, 'dir'), { maxRetries: -1 }));
c('rmSync bad retryDelay', (fs, r) => fs.rmSync(J(r, 'dir'), { retryDelay: 1.5 }));
c('rmSync bad options', (fs, r) => fs.rmSync(J(r, 'dir'), 'x'));
c('rmSync fifo', (fs, r) => fs.rmSync(J(r, 'fifo')));
cb('rm cb', (fs, r, done) => fs.rm(J(r, 'file.txt'), done));
cb('rm cb dir', (fs, r, done) => fs.rm(J(r, 'dir'), done));
cb('rm cb recursive', (fs, r, done) => fs.rm(J(r, 'dir'), { recursive: true }, done));
cb('rm cb ENOENT', (fs, r, done) => fs.rm(J(r, 'nope'), done));
cb('rm cb force', (fs, r, done) => fs.rm(J(r, 'nope'), { force: true }, done));
p('promises.rm', (fs, r) => fs.promises.rm(J(r, 'dir'), { recursive: true, force: true }));
p('promises.rm EISDIR', (fs, r) => fs.promises.rm(J(r, 'dir')));
p('promises.rm ENOENT', (fs, r) => fs.promises.rm(J(r, 'nope')));
c('unlinkSync', (fs, r) => fs.unlinkSync(J(r, 'file.txt')));
c('unlinkSync dir', (fs, r) => fs.unlinkSync(J(r, 'dir')));
c('unlinkSync ENOENT', (fs, r) => fs.unlinkSync(J(r, 'nope')));
cb('unlink cb', (fs, r, done) => fs.unlink(J(r, 'link'), done));
cb('unlink cb ENOENT', (fs, r, done) => fs.unlink(J(r, 'nope'), done));
p('promises.unlink', (fs, r) => fs.promises.unlink(J(r, 'file.txt')));
c('renameSync', (fs, r) => fs.renameSync(J(r, 'file.txt'), J(r, 'moved.txt')));
c('renameSync ENOENT', (fs, r) => fs.renameSync(J(r, 'nope'), J(r, 'x')));
c('renameSync dir over file', (fs, r) => fs.renameSync(J(r, 'dir'), J(r, 'file.txt')));
c('renameSync bad', (fs, r) => fs.renameSync(J(r, 'file.txt'), 5));
cb('rename cb', (fs, r, done) => fs.rename(J(r, 'dir'), J(r, 'dir2'), done));
cb('rename cb ENOENT', (fs, r, done) => fs.rename(J(r, 'nope'), J(r, 'x'), done));
p('promises.rename', (fs, r) => fs.promises.rename(J(r, 'bin'), J(r, 'bin2')));
p('promises.rename ENOTEMPTY', (fs, r) => fs.promises.rename(J(r, 'emptydir'), J(r, 'dir')));

// --- truncate ----------------------------------------------------------------------
c('truncateSync', (fs, r) => fs.truncateSync(J(r, 'file.txt'), 3));
c('truncateSync default', (fs, r) => fs.truncateSync(J(r, 'file.txt')));
c('truncateSync grow', (fs, r) => fs.truncateSync(J(r, 'file.txt'), 100));
c('truncateSync negative', (fs, r) => fs.truncateSync(J(r, 'file.txt'), -5));
c('truncateSync ENOENT', (fs, r) => fs.truncateSync(J(r, 'nope'), 'a'));
c('truncateSync bad len', (fs, r) => fs.truncateSync(J(r, 'file.txt'), 'a'));
c('truncateSync EISDIR', (fs, r) => fs.truncateSync(J(r, 'dir')));
c('ftruncateSync', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'), 'r+');
  fs.ftruncateSync(fd, 4);
  fs.closeSync(fd);
});
c('ftruncateSync float', (fs) => fs.ftruncateSync(1, 1.5));
c('ftruncateSync EBADF', (fs) => fs.ftruncateSync(9999));
cb('truncate cb', (fs, r, done) => fs.truncate(J(r, 'file.txt'), 2, done));
cb('truncate cb no len', (fs, r, done) => fs.truncate(J(r, 'file.txt'), done));
cb('truncate cb ENOENT', (fs, r, done) => fs.truncate(J(r, 'nope'), done));
cb('ftruncate cb', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'file.txt'), 'r+');
  fs.ftruncate(fd, 1, (e) => { fs.closeSync(fd); done(e); });
});
p('promises.truncate', (fs, r) => fs.promises.truncate(J(r, 'file.txt'), 5));
p('promises.truncate ENOENT', (fs, r) => fs.promises.truncate(J(r, 'nope')));

// --- links -----------------------------------------------------------------------------
c('symlinkSync', (fs, r) => fs.symlinkSync('file.txt', J(r, 'l2')));
c('symlinkSync dir type', (fs, r) => fs.symlinkSync('dir', J(r, 'l2'), 'dir'));
c('symlinkSync bad type', (fs, r) => fs.symlinkSync('x', J(r, 'l2'), 'bad'));
c('symlinkSync EEXIST', (fs, r) => fs.symlinkSync('x', J(r, 'file.txt')));
c('readlinkSync', (fs, r) => fs.readlinkSync(J(r, 'link')));
c('readlinkSync buffer', (fs, r) => fs.readlinkSync(J(r, 'link'), 'buffer'));
c('readlinkSync hex', (fs, r) => fs.readlinkSync(J(r, 'link'), { encoding: 'hex' }));
c('readlinkSync EINVAL', (fs, r) => fs.readlinkSync(J(r, 'file.txt')));
c('readlinkSync ENOENT', (fs, r) => fs.readlinkSync(J(r, 'nope')));
c('readlinkSync bad path', (fs) => fs.readlinkSync(5));
c('linkSync', (fs, r) => fs.linkSync(J(r, 'file.txt'), J(r, 'hard')));
c('linkSync ENOENT', (fs, r) => fs.linkSync(J(r, 'nope'), J(r, 'hard')));
c('linkSync EEXIST', (fs, r) => fs.linkSync(J(r, 'file.txt'), J(r, 'bin')));
c('linkSync bad', (fs, r) => fs.linkSync(J(r, 'file.txt')));
cb('symlink cb', (fs, r, done) => fs.symlink('dir', J(r, 'l3'), done));
cb('symlink cb type', (fs, r, done) => fs.symlink('dir', J(r, 'l3'), 'junction', done));
cb('symlink cb EEXIST', (fs, r, done) => fs.symlink('dir', J(r, 'link'), done));
cb('readlink cb', (fs, r, done) => fs.readlink(J(r, 'dirlink'), done));
cb('readlink cb EINVAL', (fs, r, done) => fs.readlink(J(r, 'dir'), done));
cb('link cb', (fs, r, done) => fs.link(J(r, 'bin'), J(r, 'bin.hard'), done));
p('promises.symlink', (fs, r) => fs.promises.symlink('bin', J(r, 'pl')));
p('promises.readlink', (fs, r) => fs.promises.readlink(J(r, 'link'), 'buffer'));
p('promises.link ENOENT', (fs, r) => fs.promises.link(J(r, 'nope'), J(r, 'x')));

// --- realpath ---------------------------------------------------------------------------
c('realpathSync', (fs, r) => fs.realpathSync(J(r, 'link')));
c('realpathSync dir link', (fs, r) => fs.realpathSync(J(r, 'dirlink/sub/../a.txt')));
c('realpathSync relative', (fs) => fs.realpathSync('dirlink/sub'));
c('realpathSync buffer', (fs, r) => fs.realpathSync(J(r, 'link'), 'buffer'));
c('realpathSync Buffer path', (fs, r) => fs.realpathSync(Buffer.from(J(r, 'link'))));
c('realpathSync ENOENT', (fs, r) => fs.realpathSync(J(r, 'nope/a')));
c('realpathSync dangling', (fs, r) => fs.realpathSync(J(r, 'dangling')));
c('realpathSync dangling child', (fs, r) => fs.realpathSync(J(r, 'dangling/x')));
c('realpathSync ELOOP', (fs, r) => fs.realpathSync(J(r, 'loop1')));
c('realpathSync ENOTDIR', (fs, r) => fs.realpathSync(J(r, 'file.txt/x')));
c('realpathSync.native', (fs, r) => fs.realpathSync.native(J(r, 'dirlink')));
c('realpathSync.native ENOENT', (fs, r) => fs.realpathSync.native(J(r, 'dangling/x')));
c('realpathSync.native buffer', (fs, r) => fs.realpathSync.native(J(r, 'link'), 'buffer'));
cb('realpath cb', (fs, r, done) => fs.realpath(J(r, 'dirlink'), done));
cb('realpath cb ENOENT', (fs, r, done) => fs.realpath(J(r, 'dangling/x'), done));
cb('realpath cb hex', (fs, r, done) => fs.realpath(J(r, 'link'), 'hex', (e, h) => done(e, Buffer.from(h, 'hex').toString())));
cb('realpath.native cb', (fs, r, done) => fs.realpath.native(J(r, 'link'), done));
cb('realpath.native cb ENOENT', (fs, r, done) => fs.realpath.native(J(r, 'loop1'), done));
p('promises.realpath', (fs, r) => fs.promises.realpath(J(r, 'dirlink')));
p('promises.realpath ENOENT', (fs, r) => fs.promises.realpath(J(r, 'dangling')));

// --- chmod / chown / utimes / sync ------------------------------------------------------
c('chmodSync', (fs, r) => fs.chmodSync(J(r, 'file.txt'), 0o600));
c('chmodSync string', (fs, r) => fs.chmodSync(J(r, 'file.txt'), '755'));
c('chmodSync bad', (fs, r) => fs.chmodSync(J(r, 'file.txt'), 'abc'));
c('chmodSync ENOENT', (fs, r) => fs.chmodSync(J(r, 'nope'), 0o600));
c('fchmodSync', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  fs.fchmodSync(fd, 0o640);
  fs.closeSync(fd);
});
c('lchmod', (fs) => [typeof fs.lchmod, typeof fs.lchmodSync, 'lchmod' in fs]);
c('chownSync self', (fs, r) => fs.chownSync(J(r, 'file.txt'), process.getuid(), process.getgid()));
c('chownSync -1', (fs, r) => fs.chownSync(J(r, 'file.txt'), -1, -1));
c('chownSync bad', (fs, r) => fs.chownSync(J(r, 'file.txt'), -2, 1));
c('chownSync string', (fs, r) => fs.chownSync(J(r, 'file.txt'), '0', 1));
c('chownSync ENOENT', (fs, r) => fs.chownSync(J(r, 'nope'), 0, 0));
c('lchownSync', (fs, r) => fs.lchownSync(J(r, 'link'), process.getuid(), process.getgid()));
c('fchownSync EBADF', (fs) => fs.fchownSync(9999, 0, 0));
c('utimesSync', (fs, r) => {
  fs.utimesSync(J(r, 'file.txt'), 1000, new Date(2000000));
  const s = require('fs').statSync(J(r, 'file.txt'));
  return [s.atimeMs, s.mtimeMs];
});
c('utimesSync string', (fs, r) => {
  fs.utimesSync(J(r, 'file.txt'), '1234.5', '99');
  const s = require('fs').statSync(J(r, 'file.txt'));
  return [s.atimeMs, s.mtimeMs];
});
c('utimesSync bad', (fs, r) => fs.utimesSync(J(r, 'file.txt'), 'abc', 1));
c('utimesSync obj', (fs, r) => fs.utimesSync(J(r, 'file.txt'), {}, 1));
c('utimesSync NaN', (fs, r) => fs.utimesSync(J(r, 'file.txt'), NaN, 1));
c('utimesSync ENOENT', (fs, r) => fs.utimesSync(J(r, 'nope'), 1, 1));
c('lutimesSync', (fs, r) => {
  fs.lutimesSync(J(r, 'link'), 5, 6);
  return require('fs').lstatSync(J(r, 'link')).mtimeMs;
});
c('futimesSync bad', (fs) => fs.futimesSync(1, 'x', 1));
c('futimesSync mtime missing', (fs) => fs.futimesSync(1, new Date()));
c('fsyncSync', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'), 'r+');
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  fs.closeSync(fd);
});
c('fsyncSync EBADF', (fs) => fs.fsyncSync(9999));
cb('chmod cb', (fs, r, done) => fs.chmod(J(r, 'bin'), 0o700, done));
cb('chmod cb no cb', (fs, r, done) => { fs.chmod(J(r, 'bin'), 0o700); done(); });
cb('utimes cb', (fs, r, done) => fs.utimes(J(r, 'bin'), 10, 20, (e) => done(e, require('fs').statSync(J(r, 'bin')).mtimeMs)));
cb('futimes cb', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'bin'));
  fs.futimes(fd, 30, 40, (e) => { fs.closeSync(fd); done(e, require('fs').statSync(J(r, 'bin')).mtimeMs); });
});
cb('fsync cb EBADF', (fs, r, done) => fs.fsync(9999, done));
cb('fdatasync cb', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'bin'));
  fs.fdatasync(fd, (e) => { fs.closeSync(fd); done(e); });
});
cb('chown cb ENOENT', (fs, r, done) => fs.chown(J(r, 'nope'), 0, 0, done));
p('promises.chmod', (fs, r) => fs.promises.chmod(J(r, 'bin'), 0o711));
p('promises.lchmod', (fs, r) => fs.promises.lchmod(J(r, 'bin'), 0o711));
p('promises.utimes', async (fs, r) => {
  await fs.promises.utimes(J(r, 'bin'), 100, 200);
  return require('fs').statSync(J(r, 'bin')).mtimeMs;
});
p('promises.lutimes', (fs, r) => fs.promises.lutimes(J(r, 'nope'), 1, 1));
p('promises.chown ENOENT', (fs, r) => fs.promises.chown(J(r, 'nope'), 0, 0));

// --- copyFile / cp ----------------------------------------------------------------------------
c('copyFileSync', (fs, r) => fs.copyFileSync(J(r, 'file.txt'), J(r, 'copy.txt')));
c('copyFileSync EXCL', (fs, r) => fs.copyFileSync(J(r, 'file.txt'), J(r, 'bin'), fs.constants.COPYFILE_EXCL));
c('copyFileSync bad mode', (fs, r) => fs.copyFileSync(J(r, 'file.txt'), J(r, 'x'), 8));
c('copyFileSync ENOENT', (fs, r) => fs.copyFileSync(J(r, 'nope'), J(r, 'x')));
c('copyFileSync EISDIR', (fs, r) => fs.copyFileSync(J(r, 'file.txt'), J(r, 'dir')));
c('copyFileSync big', (fs, r) => fs.copyFileSync(J(r, 'big.bin'), J(r, 'big.copy')));
cb('copyFile cb', (fs, r, done) => fs.copyFile(J(r, 'bin'), J(r, 'bin2'), done));
cb('copyFile cb mode', (fs, r, done) => fs.copyFile(J(r, 'bin'), J(r, 'file.txt'), 1, done));
p('promises.copyFile', (fs, r) => fs.promises.copyFile(J(r, 'bin'), J(r, 'bin3')));
c('cpSync same', (fs, r) => fs.cpSync(J(r, 'dir'), J(r, 'dir')));
c('cpSync dir no recursive', (fs, r) => fs.cpSync(J(r, 'dir'), J(r, 'out')));
c('cpSync dir to file', (fs, r) => fs.cpSync(J(r, 'dir'), J(r, 'file.txt'), { recursive: true }));
c('cpSync file to dir', (fs, r) => fs.cpSync(J(r, 'file.txt'), J(r, 'emptydir')));
c('cpSync into self', (fs, r) => fs.cpSync(J(r, 'dir'), J(r, 'dir/sub/x'), { recursive: true }));
c('cpSync fifo', (fs, r) => fs.cpSync(J(r, 'fifo'), J(r, 'fifo2')));
c('cpSync ENOENT', (fs, r) => fs.cpSync(J(r, 'nope'), J(r, 'x')));
c('cpSync file', (fs, r) => fs.cpSync(J(r, 'file.txt'), J(r, 'deep/er/copy.txt')));
c('cpSync recursive', (fs, r) => fs.cpSync(J(r, 'dir'), J(r, 'out'), { recursive: true }));
c('cpSync recursive whole', (fs, r) => {
  fs.unlinkSync(J(r, 'fifo'));
  fs.unlinkSync(J(r, 'loop1'));
  fs.unlinkSync(J(r, 'loop2'));
  fs.mkdirSync(J(r, '../cpdest-' + require('path').basename(r)), { recursive: true });
  fs.cpSync(r, J(r, '../cpdest-' + require('path').basename(r) + '/x'), { recursive: true });
  const out = require('fs').readdirSync(J(r, '../cpdest-' + require('path').basename(r) + '/x'), { recursive: true }).sort();
  require('fs').rmSync(J(r, '../cpdest-' + require('path').basename(r)), { recursive: true });
  return out;
});
c('cpSync twice force false', (fs, r) => {
  fs.cpSync(J(r, 'dir'), J(r, 'out'), { recursive: true });
  fs.writeFileSync(J(r, 'dir/a.txt'), 'changed');
  fs.cpSync(J(r, 'dir'), J(r, 'out'), { recursive: true, force: false });
});
c('cpSync errorOnExist', (fs, r) => {
  fs.cpSync(J(r, 'dir'), J(r, 'out'), { recursive: true });
  fs.cpSync(J(r, 'dir'), J(r, 'out'), { recursive: true, force: false, errorOnExist: true });
});
c('cpSync overwrite', (fs, r) => {
  fs.cpSync(J(r, 'dir'), J(r, 'out'), { recursive: true });
  fs.writeFileSync(J(r, 'dir/a.txt'), 'changed');
  fs.cpSync(J(r, 'dir'), J(r, 'out'), { recursive: true });
});
c('cpSync filter', (fs, r) => {
  const seen = [];
  fs.cpSync(J(r, 'dir'), J(r, 'out'), {
    recursive: true,
    filter: (s, d) => { seen.push([s, d]); return !s.endsWith('b.txt'); },
  });
  return seen.sort();
});
c('cpSync filter promise', (fs, r) => fs.cpSync(J(r, 'dir'), J(r, 'out'), { recursive: true, filter: async () => true }));
c('cpSync link', (fs, r) => fs.cpSync(J(r, 'link'), J(r, 'link2')));
c('cpSync link verbatim', (fs, r) => fs.cpSync(J(r, 'link'), J(r, 'link2'), { verbatimSymlinks: true }));
c('cpSync dereference', (fs, r) => fs.cpSync(J(r, 'link'), J(r, 'link2'), { dereference: true }));
c('cpSync bad opts', (fs, r) => fs.cpSync(J(r, 'dir'), J(r, 'out'), { recursive: 'x' }));
c('cpSync bad mode', (fs, r) => fs.cpSync(J(r, 'dir'), J(r, 'out'), { mode: 9 }));
c('cpSync incompatible', (fs, r) => fs.cpSync(J(r, 'dir'), J(r, 'out'), { dereference: true, verbatimSymlinks: true }));
c('cpSync preserveTimestamps', (fs, r) => {
  require('fs').utimesSync(J(r, 'file.txt'), 1000, 2000);
  fs.cpSync(J(r, 'file.txt'), J(r, 'ts.txt'), { preserveTimestamps: true });
  return require('fs').statSync(J(r, 'ts.txt')).mtimeMs;
});
cb('cp cb', (fs, r, done) => fs.cp(J(r, 'dir'), J(r, 'out'), { recursive: true }, done));
cb('cp cb async filter', (fs, r, done) => fs.cp(J(r, 'dir'), J(r, 'out'), {
  recursive: true, filter: async (s) => !s.endsWith('deep'),
}, done));
cb('cp cb same', (fs, r, done) => fs.cp(J(r, 'dir'), J(r, 'dir'), done));
p('promises.cp', (fs, r) => fs.promises.cp(J(r, 'dir'), J(r, 'out'), { recursive: true }));
p('promises.cp EISDIR', (fs, r) => fs.promises.cp(J(r, 'dir'), J(r, 'out')));

// --- FileHandle ----------------------------------------------------------------------------------
p('FileHandle read/write', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'file.txt'), 'r+');
  const out = [];
  out.push(await fh.read(Buffer.alloc(5), 0, 5, 0));
  out.push(await fh.write('XY', 0));
  out.push(await fh.write(Buffer.from('Z'), 0, 1, 3));
  out.push(await fh.readv([Buffer.alloc(2)], 0));
  out.push(await fh.writev([Buffer.from('q')], 10));
  out.push(await fh.readFile('utf8'));
  out.push(await fh.read({ buffer: Buffer.alloc(3), position: 1 }));
  out.push(await fh.read(Buffer.alloc(4), { position: 2 }));
  out.push((await fh.stat()).size);
  await fh.truncate(4);
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o600);
  await fh.utimes(1, 2);
  out.push(typeof fh.fd);
  await fh.close();
  out.push(fh.fd);
  return out;
});
p('FileHandle closed ops', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'file.txt'));
  await fh.close();
  const out = [];
  for (const op of [() => fh.read(Buffer.alloc(1), 0, 1, 0), () => fh.stat(), () => fh.write('x'),
                    () => fh.readFile(), () => fh.truncate(), () => fh.sync()]) {
    try {
      await op();
    } catch (e) {
      out.push(e);
    }
  }
  await fh.close();
  return out;
});
p('FileHandle close event', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'file.txt'));
  const events = [];
  fh.on('close', () => events.push('close'));
  await fh.close();
  return events;
});
p('FileHandle close waits for ops', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'file.txt'));
  const rd = fh.read(Buffer.alloc(5), 0, 5, 0);
  const cl = fh.close();
  return [await rd, await cl];
});
p('FileHandle read default', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'file.txt'));
  const a = await fh.read();
  await fh.close();
  return [a.bytesRead, a.buffer.length];
});
p('FileHandle bad read', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'file.txt'));
  try {
    return await fh.read(Buffer.alloc(2), 0, 5, 0);
  } finally {
    await fh.close();
  }
});
p('FileHandle readLines', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'utf8.txt'));
  const lines = [];
  for await (const l of fh.readLines()) lines.push(l);
  return lines;
});
p('FileHandle createReadStream', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'file.txt'));
  const chunks = [];
  for await (const c of fh.createReadStream({ start: 2 })) chunks.push(c);
  return [Buffer.concat(chunks), fh.fd];
});
p('FileHandle createWriteStream', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'ws.txt'), 'w');
  const ws = fh.createWriteStream();
  ws.write('abc');
  await new Promise((res) => ws.end('def', res));
  await new Promise((res) => setImmediate(res));
});
p('promises.open ENOENT', (fs, r) => fs.promises.open(J(r, 'nope')));
p('promises.open bad flags', (fs, r) => fs.promises.open(J(r, 'file.txt'), 'zz'));
p('promises.open bad mode', (fs, r) => fs.promises.open(J(r, 'file.txt'), 'r', 'zz'));
p('FileHandle readableWebStream', async (fs, r) => {
  const fh = await fs.promises.open(J(r, 'file.txt'));
  const chunks = [];
  for await (const c of fh.readableWebStream()) chunks.push(Buffer.from(c));
  await fh.close();
  return Buffer.concat(chunks);
});

// --- streams ---------------------------------------------------------------------------------------
function collect(stream, done) {
  const events = [];
  const chunks = [];
  stream.on('open', (fd) => events.push(['open', typeof fd]));
  stream.on('ready', () => events.push('ready'));
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => events.push('end'));
  stream.on('error', (e) => events.push(['error', e]));
  stream.on('close', () => {
    events.push('close');
    done(events, Buffer.concat(chunks), stream.bytesRead, stream.pending, stream.fd);
  });
}
cb('createReadStream', (fs, r, done) => collect(fs.createReadStream(J(r, 'file.txt')), done));
cb('createReadStream big hwm', (fs, r, done) => {
  const s = fs.createReadStream(J(r, 'big.bin'), { highWaterMark: 1000 });
  let n = 0;
  s.on('data', () => n++);
  s.on('close', () => done(n, s.bytesRead));
});
cb('createReadStream start end', (fs, r, done) => collect(fs.createReadStream(J(r, 'file.txt'), { start: 2, end: 5 }), done));
cb('createReadStream encoding', (fs, r, done) => {
  const s = fs.createReadStream(J(r, 'utf8.txt'), { encoding: 'utf8', highWaterMark: 3 });
  let str = '';
  s.on('data', (c) => { str += c; });
  s.on('end', () => done(str));
});
cb('createReadStream ENOENT', (fs, r, done) => collect(fs.createReadStream(J(r, 'nope')), done));
cb('createReadStream EISDIR', (fs, r, done) => collect(fs.createReadStream(J(r, 'dir')), done));
cb('createReadStream fd', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  collect(fs.createReadStream(null, { fd, start: 6 }), done);
});
cb('createReadStream fd autoClose false', (fs, r, done) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  collect(fs.createReadStream(null, { fd, autoClose: false }), (...a) => {
    let ok;
    try {
      fs.fstatSync(fd);
      ok = 'fd open';
      fs.closeSync(fd);
    } catch {
      ok = 'fd closed';
    }
    done(ok, ...a);
  });
});
c('createReadStream bad start', (fs, r) => fs.createReadStream(J(r, 'file.txt'), { start: 'a' }));
c('createReadStream start > end', (fs, r) => fs.createReadStream(J(r, 'file.txt'), { start: 5, end: 2 }));
c('createReadStream bad path', (fs) => fs.createReadStream(5));
c('createReadStream bad fd', (fs) => fs.createReadStream(null, { fd: 'x' }));
c('ReadStream props', (fs, r) => {
  const s = fs.createReadStream(J(r, 'file.txt'), { start: 1 });
  const out = [s.path, s.fd, s.flags, s.mode, s.start, s.end, s.pos, s.bytesRead, s.pending,
    s.autoClose, s.readableHighWaterMark, s instanceof fs.ReadStream, s instanceof require('stream').Readable];
  s.destroy();
  return out;
});
cb('ReadStream close()', (fs, r, done) => {
  const s = fs.createReadStream(J(r, 'big.bin'));
  s.once('data', () => s.close((err) => done(err, s.destroyed)));
});
cb('ReadStream destroy before open', (fs, r, done) => {
  const s = fs.createReadStream(J(r, 'file.txt'));
  s.on('close', () => done('closed', s.fd));
  s.destroy();
});
cb('createWriteStream', (fs, r, done) => {
  const s = fs.createWriteStream(J(r, 'ws.txt'));
  const events = [];
  s.on('open', () => events.push('open'));
  s.on('ready', () => events.push('ready'));
  s.on('finish', () => events.push('finish'));
  s.on('close', () => done(events, s.bytesWritten, s.pending));
  s.write('hello ');
  s.write(Buffer.from('world'));
  s.end('!');
});
cb('createWriteStream flags a start', (fs, r, done) => {
  const s = fs.createWriteStream(J(r, 'file.txt'), { flags: 'r+', start: 2 });
  s.on('close', () => done(s.bytesWritten));
  s.end('ZZ');
});
cb('createWriteStream many writes', (fs, r, done) => {
  const s = fs.createWriteStream(J(r, 'ws.txt'), { highWaterMark: 4 });
  for (let i = 0; i < 100; i++) s.write(`${i},`);
  s.end();
  s.on('close', () => done(s.bytesWritten));
});
cb('createWriteStream ENOENT', (fs, r, done) => {
  const s = fs.createWriteStream(J(r, 'no/ws.txt'));
  s.on('error', (e) => done(e));
});
cb('createWriteStream flush', (fs, r, done) => {
  const s = fs.createWriteStream(J(r, 'ws.txt'), { flush: true });
  s.on('close', () => done(s.bytesWritten));
  s.end('x');
});
c('createWriteStream bad flush', (fs, r) => fs.createWriteStream(J(r, 'ws.txt'), { flush: 'x' }));
cb('createWriteStream encoding', (fs, r, done) => {
  const s = fs.createWriteStream(J(r, 'ws.txt'), { encoding: 'hex' });
  s.on('close', () => done(s.bytesWritten));
  s.end('414243');
});
cb('WriteStream close()', (fs, r, done) => {
  const s = fs.createWriteStream(J(r, 'ws.txt'));
  s.write('abc');
  s.close((err) => done(err, s.closed));
});
cb('pipeline copy', (fs, r, done) => {
  require('stream').pipeline(fs.createReadStream(J(r, 'big.bin')), fs.createWriteStream(J(r, 'big.out')), done);
});
p('stream/promises pipeline', (fs, r) => require('stream/promises').pipeline(
  fs.createReadStream(J(r, 'file.txt')), fs.createWriteStream(J(r, 'piped.txt'))));

// --- misc ----------------------------------------------------------------------------------------------
c('constants', (fs) => fs.constants);
c('fs keys', (fs) => Object.keys(fs));
c('promises keys', (fs) => Object.keys(fs.promises));
c('F_OK etc', (fs) => [fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK]);
c('_toUnixTimestamp', (fs) => [fs._toUnixTimestamp(5), fs._toUnixTimestamp('7'), fs._toUnixTimestamp(new Date(3000))]);
c('Dirent class', (fs) => [typeof fs.Dirent, typeof fs.Dir, fs.FileReadStream === fs.ReadStream]);
p('openAsBlob', async (fs, r) => {
  const b = await fs.openAsBlob(J(r, 'file.txt'), { type: 'text/plain' });
  return [b.size, b.type, await b.text()];
});
c('openAsBlob bad', (fs, r) => fs.openAsBlob(J(r, 'file.txt'), 5));
c('EMFILE-free many opens', (fs, r) => {
  const fds = [];
  for (let i = 0; i < 200; i++) fds.push(fs.openSync(J(r, 'file.txt')));
  fds.forEach((fd) => fs.closeSync(fd));
  return fds.length;
});

// --- watch ----------------------------------------------------------------------------------------------
cb('watch ENOENT', (fs, r, done) => {
  try {
    fs.watch(J(r, 'nope'));
  } catch (e) {
    done(e);
  }
});
cb('watch change', (fs, r, done) => {
  const w = fs.watch(J(r, 'dir'), (type, name) => {
    w.close();
    done(type, name);
  });
  setTimeout(() => require('fs').writeFileSync(J(r, 'dir/new.txt'), 'x'), 50);
});
cb('watch close event', (fs, r, done) => {
  const w = fs.watch(J(r, 'dir'));
  w.on('close', () => done('close'));
  w.close();
  w.close();
});
cb('watch buffer encoding', (fs, r, done) => {
  const w = fs.watch(J(r, 'dir'), { encoding: 'buffer' }, (type, name) => {
    w.close();
    done(type, name);
  });
  setTimeout(() => require('fs').writeFileSync(J(r, 'dir/b.txt'), 'x'), 50);
});
cb('watch signal', (fs, r, done) => {
  const ac = new AbortController();
  const w = fs.watch(J(r, 'dir'), { signal: ac.signal });
  w.on('close', () => done('closed by signal'));
  ac.abort();
});
cb('watch recursive', (fs, r, done) => {
  const seen = new Set();
  const w = fs.watch(J(r, 'dir'), { recursive: true }, (type, name) => {
    seen.add(name);
    if (seen.has('sub/deep/new.txt')) {
      w.close();
      done('got sub/deep/new.txt');
    }
  });
  setTimeout(() => require('fs').writeFileSync(J(r, 'dir/sub/deep/new.txt'), 'x'), 100);
});
cb('watch recursive new dir', (fs, r, done) => {
  const w = fs.watch(J(r, 'dir'), { recursive: true }, (type, name) => {
    if (name === 'n1/n2/f.txt') {
      w.close();
      done('got n1/n2/f.txt');
    }
  });
  setTimeout(() => require('fs').mkdirSync(J(r, 'dir/n1')), 50);
  setTimeout(() => require('fs').mkdirSync(J(r, 'dir/n1/n2')), 300);
  setTimeout(() => require('fs').writeFileSync(J(r, 'dir/n1/n2/f.txt'), 'x'), 600);
});
p('promises.watch', async (fs, r) => {
  const ac = new AbortController();
  setTimeout(() => require('fs').writeFileSync(J(r, 'dir/pw.txt'), 'x'), 50);
  const out = [];
  try {
    for await (const ev of fs.promises.watch(J(r, 'dir'), { signal: ac.signal })) {
      out.push(ev);
      ac.abort();
    }
  } catch (e) {
    out.push(e.name, e.code);
  }
  return out;
});
p('promises.watch ENOENT', async (fs, r) => {
  const it = fs.promises.watch(J(r, 'nope'));
  return it.next();
});
cb('watchFile', (fs, r, done) => {
  const f = J(r, 'bin');
  fs.watchFile(f, { interval: 20 }, function listener(curr, prev) {
    fs.unwatchFile(f, listener);
    done(curr.size, prev.size, curr.constructor.name);
  });
  setTimeout(() => require('fs').writeFileSync(f, 'longer content'), 100);
});
cb('watchFile missing then created', (fs, r, done) => {
  const f = J(r, 'later');
  const seen = [];
  fs.watchFile(f, { interval: 20 }, (curr, prev) => {
    seen.push([curr.size, prev.size, curr.isFile(), prev.mtimeMs]);
    if (curr.size > 0) {
      fs.unwatchFile(f);
      done(seen);
    }
  });
  setTimeout(() => require('fs').writeFileSync(f, 'abc'), 100);
});
c('watchFile no listener', (fs, r) => fs.watchFile(J(r, 'bin')));
cb('watchFile bigint', (fs, r, done) => {
  const f = J(r, 'bin');
  fs.watchFile(f, { interval: 20, bigint: true }, (curr) => {
    fs.unwatchFile(f);
    done(typeof curr.size, curr.constructor.name);
  });
  setTimeout(() => require('fs').writeFileSync(f, 'x'), 100);
});

// --- limits and odd files ---------------------------------------------------------------------------
c('readFileSync > 2 GiB sparse', (fs, r) => {
  require('fs').truncateSync(J(r, 'huge'), 3 * 1024 ** 3);
  try {
    return fs.readFileSync(J(r, 'huge'));
  } finally {
    require('fs').unlinkSync(J(r, 'huge'));
  }
});
cb('readFile > 2 GiB sparse', (fs, r, done) => {
  require('fs').truncateSync(J(r, 'huge'), 3 * 1024 ** 3);
  fs.readFile(J(r, 'huge'), (e, d) => {
    require('fs').unlinkSync(J(r, 'huge'));
    done(e, d);
  });
});
p('promises.readFile > 2 GiB sparse', async (fs, r) => {
  require('fs').truncateSync(J(r, 'huge'), 3 * 1024 ** 3);
  try {
    return await fs.promises.readFile(J(r, 'huge'));
  } finally {
    require('fs').unlinkSync(J(r, 'huge'));
  }
});
c('readFileSync fifo with writer', (fs, r) => {
  const w = require('child_process').spawn('sh', ['-c', `printf 'through a pipe' > ${J(r, 'fifo')}`]);
  const s = fs.readFileSync(J(r, 'fifo'), 'utf8');
  w.kill();
  return s;
});
c('readFileSync sparse hole', (fs, r) => {
  require('fs').truncateSync(J(r, 'holey'), 100000);
  const b = fs.readFileSync(J(r, 'holey'));
  return [b.length, b.every((x) => x === 0)];
});
c('writeSync position bigint', (fs, r) => {
  const fd = fs.openSync(J(r, 'out'), 'w');
  fs.writeSync(fd, Buffer.from('ab'), 0, 2, 5n);
  fs.closeSync(fd);
});
c('readSync bigint negative', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  const b = Buffer.alloc(3);
  const n = fs.readSync(fd, b, 0, 3, -2n);
  fs.closeSync(fd);
  return [n, b];
});
c('mkdtempSync X warning', (fs, r) => typeof fs.mkdtempSync(J(r, 'tX')), { noTree: true });
c('truncateSync fd deprecated', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'), 'r+');
  fs.truncateSync(fd, 2);
  fs.closeSync(fd);
});
cb('rm cb maxRetries ok', (fs, r, done) => fs.rm(J(r, 'dir'), { recursive: true, maxRetries: 3, retryDelay: 1 }, done));
c('rmSync deep tree', (fs, r) => {
  let d = J(r, 'deep');
  for (let i = 0; i < 50; i++) d += '/x';
  require('fs').mkdirSync(d, { recursive: true });
  require('fs').writeFileSync(`${d}/f`, 'x');
  fs.rmSync(J(r, 'deep'), { recursive: true });
});
c('readdirSync many', (fs, r) => {
  for (let i = 0; i < 300; i++) require('fs').writeFileSync(J(r, `emptydir/f${i}`), '');
  return fs.readdirSync(J(r, 'emptydir'));
});
c('Stats dates', (fs, r) => {
  require('fs').utimesSync(J(r, 'file.txt'), 1.0005, 1234567.8906);
  const s = fs.statSync(J(r, 'file.txt'));
  return [s.atimeMs, s.mtimeMs, s.atime.getTime(), s.mtime.getTime()];
});
c('BigIntStats dates', (fs, r) => {
  require('fs').utimesSync(J(r, 'file.txt'), 1.0005, 1234567.8906);
  const s = fs.statSync(J(r, 'file.txt'), { bigint: true });
  return [s.atimeMs, s.mtimeMs, s.atimeNs, s.mtimeNs, s.atime.getTime(), s.mtime.getTime()];
});
c('EMFILE', (fs, r) => {
  // Exhaust descriptors in a child with a low limit, through the harness
  // loader for the plugin and plainly for node.
  const mine = fs !== require('fs');
  const script = `
    const fs = ${mine ? `require(${JSON.stringify(require.resolve('./loader'))}).loadFs().fs` : "require('fs')"};
    const fds = [];
    try { for (;;) fds.push(fs.openSync(${JSON.stringify(J(r, 'file.txt'))})); }
    catch (e) { console.log(JSON.stringify([e.code, e.errno, e.syscall, e.message.replace(${JSON.stringify(r)}, '<root>')])); }
    try { fs.readFileSync(${JSON.stringify(J(r, 'file.txt'))}); } catch (e) { console.log(e.code, e.syscall); }
    fs.readFile(${JSON.stringify(J(r, 'file.txt'))}, (e) => { console.log('cb', e && e.code);
      fds.forEach((fd) => fs.closeSync(fd)); console.log(fs.readFileSync(${JSON.stringify(J(r, 'file.txt'))}, 'utf8').length); });`;
  return require('child_process').execFileSync('bash', ['-c', 'ulimit -n 64 && exec "$0" -e "$1"', process.execPath, script]).toString();
});
c('readFileSync utf8 > 2 GiB sparse', (fs, r) => {
  require('fs').truncateSync(J(r, 'huge'), 3 * 1024 ** 3);
  try {
    return fs.readFileSync(J(r, 'huge'), 'utf8');
  } finally {
    require('fs').unlinkSync(J(r, 'huge'));
  }
});
cb('readFile cb aborted sync', (fs, r, done) => {
  const ac = new AbortController();
  ac.abort();
  let sync = true;
  fs.readFile(J(r, 'file.txt'), { signal: ac.signal }, (e) => done(sync, e));
  sync = false;
});
cb('writeFile cb aborted sync', (fs, r, done) => {
  const ac = new AbortController();
  ac.abort();
  let sync = true;
  fs.writeFile(J(r, 'file.txt'), 'x', { signal: ac.signal }, (e) => done(sync, e));
  sync = false;
});

// --- more streams / watchers ------------------------------------------------------------
cb('watch file', (fs, r, done) => {
  const w = fs.watch(J(r, 'bin'), (type, name) => {
    w.close();
    done(type, name);
  });
  setTimeout(() => require('fs').appendFileSync(J(r, 'bin'), 'x'), 50);
});
c('watcher ref/unref', (fs, r) => {
  const w = fs.watch(J(r, 'dir'));
  const out = [w.unref() === w, w.ref() === w];
  w.close();
  return out;
});
c('statwatcher ref/unref', (fs, r) => {
  const s = fs.watchFile(J(r, 'bin'), () => {});
  const out = [s.unref() === s, s.ref() === s];
  fs.unwatchFile(J(r, 'bin'));
  return out;
});
cb('createReadStream custom fs', (fs, r, done) => {
  const calls = [];
  const real = require('fs');
  const custom = {
    open: (...a) => { calls.push('open'); return real.open(...a); },
    read: (...a) => { calls.push('read'); return real.read(...a); },
    close: (...a) => { calls.push('close'); return real.close(...a); },
  };
  const s = fs.createReadStream(J(r, 'file.txt'), { fs: custom });
  const chunks = [];
  s.on('data', (c) => chunks.push(c));
  s.on('close', () => done(calls, Buffer.concat(chunks)));
});
c('createReadStream custom fs bad', (fs, r) => fs.createReadStream(J(r, 'file.txt'), { fs: { open: 1 } }));
cb('createWriteStream custom fs no writev', (fs, r, done) => {
  const calls = [];
  const real = require('fs');
  const custom = {
    open: (...a) => { calls.push('open'); return real.open(...a); },
    write: (...a) => { calls.push('write'); return real.write(...a); },
    close: (...a) => { calls.push('close'); return real.close(...a); },
  };
  const s = fs.createWriteStream(J(r, 'cw.txt'), { fs: custom });
  s.cork();
  s.write('a');
  s.write('b');
  s.uncork();
  s.end('c');
  s.on('close', () => done(calls));
});
cb('ReadStream signal', (fs, r, done) => {
  const ac = new AbortController();
  const s = fs.createReadStream(J(r, 'big.bin'), { signal: ac.signal });
  s.on('error', (e) => done(e.name, e.code));
  ac.abort();
});
cb('ReadStream end 0', (fs, r, done) => collect(fs.createReadStream(J(r, 'file.txt'), { end: 0 }), done));
cb('ReadStream empty file', (fs, r, done) => collect(fs.createReadStream(J(r, 'empty')), done));
c('ReadStream open deprecated', (fs, r) => {
  const s = fs.createReadStream(J(r, 'file.txt'));
  const t = typeof s.open;
  s.destroy();
  return t;
});
c('opendirSync buffer', (fs, r) => {
  const d = fs.opendirSync(J(r, 'dir'), { encoding: 'buffer' });
  const out = [];
  let e;
  while ((e = d.readSync()) !== null) out.push(e.name);
  d.closeSync();
  return out.sort(Buffer.compare);
});
c('readvSync promisify symbols', (fs) => [typeof fs.read[Symbol.for('nodejs.util.promisify.custom')],
  typeof fs.exists[Symbol.for('nodejs.util.promisify.custom')]]);
p('promisify readv', (fs, r) => {
  const fd = fs.openSync(J(r, 'file.txt'));
  return promisify(fs, fs.readv)(fd, [Buffer.alloc(3)], 0).finally(() => fs.closeSync(fd));
});
c('Dirent from stats unknown', (fs) => fs.readdirSync('/proc/self', { withFileTypes: true }).filter((d) => d.name === 'cwd'));
c('readFileSync utf8 invalid', (fs, r) => {
  const bad = Buffer.from([0x61, 0xc3, 0x28, 0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0xed, 0xa0, 0x80,
                           0xf4, 0x90, 0x80, 0x80, 0xc0, 0xaf, 0xfe, 0xff, 0xef, 0xbf, 0xbd, 0xf0, 0x9f, 0x98, 0x80]);
  const big = Buffer.concat(Array(500).fill(bad));
  require('fs').writeFileSync(J(r, 'bad'), big);
  require('fs').writeFileSync(J(r, 'badsmall'), bad);
  return [fs.readFileSync(J(r, 'bad'), 'utf8') === big.toString(), fs.readFileSync(J(r, 'badsmall'), 'utf8'),
          fs.readFileSync(J(r, 'bad'), 'utf8').length];
});
p('promises.readFile utf8 invalid tail', async (fs, r) => {
  const data = Buffer.concat([Buffer.alloc(10000, 'é'), Buffer.from([0xe2, 0x82])]);
  require('fs').writeFileSync(J(r, 'tail'), data);
  const s = await fs.promises.readFile(J(r, 'tail'), 'utf8');
  return [s === data.toString(), s.length];
});

// --- big files (mapped / huge-page paths) -------------------------------------------------
function bigFixture(r) {
  const b = Buffer.alloc(6 * 1024 * 1024 + 3);
  for (let i = 0; i < b.length; i++) b[i] = 32 + (i % 90);
  require('fs').writeFileSync(J(r, 'big6'), b);
  const u = Buffer.concat([b.subarray(0, 5 << 20), Buffer.from('é✓😀'.repeat(1000))]);
  require('fs').writeFileSync(J(r, 'big6u'), u);
  return [b, u];
}
const digest = (x) => require('crypto').createHash('sha1').update(x).digest('hex');
c('readFileSync 6MiB', (fs, r) => { bigFixture(r); return digest(fs.readFileSync(J(r, 'big6'))); });
c('readFileSync 6MiB utf8', (fs, r) => { bigFixture(r); return digest(fs.readFileSync(J(r, 'big6'), 'utf8')); });
c('readFileSync 6MiB utf8 non-ascii', (fs, r) => { bigFixture(r); return digest(fs.readFileSync(J(r, 'big6u'), 'utf8')); });
c('readFileSync 6MiB latin1', (fs, r) => { bigFixture(r); return digest(fs.readFileSync(J(r, 'big6u'), 'latin1')); });
c('readFileSync 6MiB ucs2', (fs, r) => { bigFixture(r); return digest(fs.readFileSync(J(r, 'big6u'), 'ucs2')); });
c('readFileSync 6MiB fd offset', (fs, r) => {
  bigFixture(r);
  const fd = fs.openSync(J(r, 'big6'));
  fs.readSync(fd, Buffer.alloc(100), 0, 100, null);
  const d = fs.readFileSync(fd);
  fs.closeSync(fd);
  return [d.length, digest(d)];
});
p('promises.readFile 6MiB', async (fs, r) => { bigFixture(r); return digest(await fs.promises.readFile(J(r, 'big6'))); });
p('promises.readFile 6MiB utf8', async (fs, r) => { bigFixture(r); return digest(await fs.promises.readFile(J(r, 'big6'), 'utf8')); });
p('promises.readFile 6MiB utf8 non-ascii', async (fs, r) => { bigFixture(r); return digest(await fs.promises.readFile(J(r, 'big6u'), 'utf8')); });
cb('readFile 6MiB hex', (fs, r, done) => { bigFixture(r); fs.readFile(J(r, 'big6'), 'hex', (e, d) => done(e, digest(d))); });
