'use strict';
// Mosaic's path vs node's path: hand-picked cases plus a seeded fuzz over
// separators, dots, drives, UNC roots and Windows device names.
const { require: mrequire } = require('./loader');
const { Tally, rng } = require('./common');

const mine = mrequire('path');
const theirs = require('path');
const t = new Tally('path');

const fixed = [
  '', '.', '..', '/', '//', '///', 'a', 'a/', '/a', '/a/', 'a/b', 'a//b', 'a/./b', 'a/../b',
  '../a', '../../a', 'a/..', 'a/../..', '/..', '/../a', '/.', '/.a', '/..a', '.a', '..a', 'a.', 'a..',
  'a.b', 'a.b.c', '.a.b', 'a/.b', 'a/b.', 'a/b..', 'a/...', '...', '....', 'a/.', 'a/..', './a', './/a',
  'foo/bar/baz.txt', '/foo/bar/baz.txt/', 'foo//bar//', 'C:', 'C:\\', 'C:/', 'C:a', 'C:\\a', 'C:/a\\b',
  'c:\\a\\..\\..\\b', 'C:..', 'C:\\..', '\\', '\\\\', '\\\\\\', '\\\\server', '\\\\server\\', '\\\\server\\share',
  '\\\\server\\share\\', '\\\\server\\share\\a', '//server/share', '//server/share/a/b', '\\\\?\\C:\\a',
  '\\\\.\\pipe\\x', '\\\\?\\UNC\\s\\h', 'a\\b', 'a\\b\\', '\\a\\b', 'file.txt:stream', 'a:b', 'a:b:c', ':',
  'C:\\x:y', 'CON:', 'CON:a', 'con:a', 'COM1:x', 'LPT9:\\a', 'NUL', 'a/CON:', 'CON:\\..', 'PRN:.\\a\\..\\b',
  'aux:a/b/', 'COM¹:a', '\\\\s\\sh\\..\\x', 'C:\\a\\b\\c\\..\\..', '/a/b/c/../../..', '/a/b/c/../../../..',
  '  ', 'a b/c d', 'ünïcödé/ファイル.txt', 'x/y/z.tar.gz', '.bashrc', '/home/.bashrc', 'dir/.', 'dir/..',
];

const fns1 = ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath', '_makeLong'];
for (const flavour of ['posix', 'win32']) {
  for (const p of fixed) {
    for (const f of fns1) {
      t.check(`${flavour}.${f}(${JSON.stringify(p)})`, () => mine[flavour][f](p), () => theirs[flavour][f](p));
    }
    for (const ext of ['', '.txt', 'txt', '.gz', 'z', p, 'b', '.b', 'c']) {
      t.check(`${flavour}.basename(${JSON.stringify(p)}, ${JSON.stringify(ext)})`,
              () => mine[flavour].basename(p, ext), () => theirs[flavour].basename(p, ext));
    }
    t.check(`${flavour}.resolve(${JSON.stringify(p)})`, () => mine[flavour].resolve(p), () => theirs[flavour].resolve(p));
    t.check(`${flavour}.join(${JSON.stringify(p)})`, () => mine[flavour].join(p), () => theirs[flavour].join(p));
    t.check(`${flavour}.format(parse(${JSON.stringify(p)}))`,
            () => mine[flavour].format(mine[flavour].parse(p)), () => theirs[flavour].format(theirs[flavour].parse(p)));
  }
  for (let i = 0; i < fixed.length; i += 3) {
    for (let j = 0; j < fixed.length; j += 2) {
      const a = fixed[i], b = fixed[j];
      t.check(`${flavour}.join(${JSON.stringify(a)}, ${JSON.stringify(b)})`, () => mine[flavour].join(a, b), () => theirs[flavour].join(a, b));
      t.check(`${flavour}.resolve(${JSON.stringify(a)}, ${JSON.stringify(b)})`, () => mine[flavour].resolve(a, b), () => theirs[flavour].resolve(a, b));
      t.check(`${flavour}.relative(${JSON.stringify(a)}, ${JSON.stringify(b)})`, () => mine[flavour].relative(a, b), () => theirs[flavour].relative(a, b));
    }
  }
  // Validation errors.
  for (const bad of [undefined, null, 1, true, {}, [], Symbol('s'), () => {}, 1n]) {
    for (const f of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'join', 'resolve', 'toNamespacedPath']) {
      t.check(`${flavour}.${f}(${String(bad)})`, () => mine[flavour][f](bad), () => theirs[flavour][f](bad));
    }
    t.check(`${flavour}.join('a', ${String(bad)})`, () => mine[flavour].join('a', bad), () => theirs[flavour].join('a', bad));
    t.check(`${flavour}.resolve('a', ${String(bad)})`, () => mine[flavour].resolve('a', bad), () => theirs[flavour].resolve('a', bad));
    t.check(`${flavour}.relative(${String(bad)}, 'a')`, () => mine[flavour].relative(bad, 'a'), () => theirs[flavour].relative(bad, 'a'));
    t.check(`${flavour}.relative('a', ${String(bad)})`, () => mine[flavour].relative('a', bad), () => theirs[flavour].relative('a', bad));
    t.check(`${flavour}.basename('a', ${String(bad)})`, () => mine[flavour].basename('a', bad), () => theirs[flavour].basename('a', bad));
    t.check(`${flavour}.format(${String(bad)})`, () => mine[flavour].format(bad), () => theirs[flavour].format(bad));
  }
  for (const obj of [{}, { root: '/' }, { dir: 'a', base: 'b' }, { root: '/', dir: '/', base: 'x' }, { name: 'a', ext: 'b' },
    { name: 'a', ext: '.b' }, { root: 'C:\\', name: 'x', ext: '' }, { dir: 'C:\\a', name: 'x', ext: 'js', base: '' },
    { root: '/x/', dir: '/x/' , base: 'y'}, { dir: 'd', root: 'r', base: 'b', name: 'n', ext: 'e' }, []]) {
    t.check(`${flavour}.format(${JSON.stringify(obj)})`, () => mine[flavour].format(obj), () => theirs[flavour].format(obj));
  }
  t.check(`${flavour}.join()`, () => mine[flavour].join(), () => theirs[flavour].join());
  t.check(`${flavour}.resolve()`, () => mine[flavour].resolve(), () => theirs[flavour].resolve());
  t.check(`${flavour}.sep/delimiter`, () => [mine[flavour].sep, mine[flavour].delimiter], () => [theirs[flavour].sep, theirs[flavour].delimiter]);
}
t.check('keys', () => Object.keys(mine), () => Object.keys(theirs));
t.check('win32 keys', () => Object.keys(mine.win32), () => Object.keys(theirs.win32));
t.check('identity', () => [mine.posix === mine, mine.win32.posix === mine, mine.win32.win32 === mine.win32],
        () => [theirs.posix === theirs, theirs.win32.posix === theirs, theirs.win32.win32 === theirs.win32]);

// Fuzz.
const atoms = ['a', 'b', 'ab', '.', '..', '...', '/', '\\', '//', '\\\\', 'C:', 'c:', ':', 'x.y', '.z', 'CON', 'con:',
  'COM1', 'NUL:', '?', '\\\\?\\', '//s/h', 'sh', ' ', 'é', 'LPT1:'];
const rand = rng(20240611);
function randPath() {
  const n = 1 + Math.floor(rand() * 6);
  let s = '';
  for (let i = 0; i < n; i++) s += atoms[Math.floor(rand() * atoms.length)];
  return s;
}
const FUZZ = Number(process.env.PATH_FUZZ || 4000);
for (let k = 0; k < FUZZ; k++) {
  const a = randPath();
  const b = randPath();
  const c = randPath();
  for (const flavour of ['posix', 'win32']) {
    const m = mine[flavour];
    const n = theirs[flavour];
    const f = fns1[k % fns1.length];
    t.check(`fuzz ${flavour}.${f}(${JSON.stringify(a)})`, () => m[f](a), () => n[f](a));
    t.check(`fuzz ${flavour}.basename(${JSON.stringify(a)}, ${JSON.stringify(b.slice(-2))})`, () => m.basename(a, b.slice(-2)), () => n.basename(a, b.slice(-2)));
    t.check(`fuzz ${flavour}.join(${JSON.stringify([a, b, c])})`, () => m.join(a, b, c), () => n.join(a, b, c));
    t.check(`fuzz ${flavour}.resolve(${JSON.stringify([a, b])})`, () => m.resolve(a, b), () => n.resolve(a, b));
    t.check(`fuzz ${flavour}.relative(${JSON.stringify([a, b])})`, () => m.relative(a, b), () => n.relative(a, b));
    t.check(`fuzz ${flavour}.normalize(${JSON.stringify(a)})`, () => m.normalize(a), () => n.normalize(a));
    t.check(`fuzz ${flavour}.parse(${JSON.stringify(b)})`, () => m.parse(b), () => n.parse(b));
  }
}

process.exitCode = t.report() ? 0 : 1;
