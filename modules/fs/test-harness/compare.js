'use strict';
// Differential test: runs the same cases against node's real fs and the
// Mosaic fs plugin (loaded under node through loader.js) in two identical
// temporary trees, and compares results, thrown/passed errors (code,
// message, errno, syscall, path, dest, own keys, class) and the tree left
// behind.
//
//   node test-harness/compare.js [filter-substring]     (-v prints passes)

const assert = require('assert');
const nodeFs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { loadFs } = require('./loader');

const mine = loadFs();
const ours = mine.fs;
const tmpBase = process.env.MOSAIC_TEST_TMPDIR || os.tmpdir();
const roots = {
  node: nodeFs.mkdtempSync(path.join(tmpBase, 'cmp-n-')),
  mine: nodeFs.mkdtempSync(path.join(tmpBase, 'cmp-m-')),
};

// ---------------------------------------------------------------------------
// Fixture

function setup(root) {
  nodeFs.rmSync(root, { recursive: true, force: true });
  nodeFs.mkdirSync(root);
  const w = (p, d) => nodeFs.writeFileSync(path.join(root, p), d);
  w('file.txt', 'hello world\n');
  w('empty', '');
  w('utf8.txt', 'héllo wörld ✓ 😀\n');
  w('bin', Buffer.from([0, 1, 2, 255, 254, 128]));
  nodeFs.mkdirSync(path.join(root, 'dir/sub/deep'), { recursive: true });
  w('dir/a.txt', 'A');
  w('dir/b.txt', 'BB');
  w('dir/sub/c.txt', 'CCC');
  w('dir/sub/deep/d.txt', 'DDDD');
  nodeFs.mkdirSync(path.join(root, 'emptydir'));
  nodeFs.symlinkSync('file.txt', path.join(root, 'link'));
  nodeFs.symlinkSync('dir', path.join(root, 'dirlink'));
  nodeFs.symlinkSync('nonexistent', path.join(root, 'dangling'));
  nodeFs.symlinkSync('loop2', path.join(root, 'loop1'));
  nodeFs.symlinkSync('loop1', path.join(root, 'loop2'));
  require('child_process').execFileSync('mkfifo', [path.join(root, 'fifo')]);
  nodeFs.chmodSync(path.join(root, 'file.txt'), 0o644);
  const big = Buffer.alloc(300 * 1024);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 0xff;
  w('big.bin', big);
}

// The tree as comparable data.
function snapshot(root) {
  const out = [];
  const walk = (rel) => {
    const full = path.join(root, rel);
    for (const name of nodeFs.readdirSync(full).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const p = path.join(root, r);
      const st = nodeFs.lstatSync(p);
      if (st.isSymbolicLink()) {
        out.push(`${r} -> ${nodeFs.readlinkSync(p).split(root).join('<root>')}`);
      } else if (st.isDirectory()) {
        out.push(`${r}/ ${(st.mode & 0o7777).toString(8)}`);
        walk(r);
      } else if (st.isFile()) {
        const data = nodeFs.readFileSync(p);
        const h = require('crypto').createHash('sha1').update(data).digest('hex').slice(0, 10);
        out.push(`${r} ${(st.mode & 0o7777).toString(8)} ${st.size} ${h}`);
      } else {
        out.push(`${r} special`);
      }
    }
  };
  walk('');
  return out;
}

// ---------------------------------------------------------------------------
// Normalisation

function norm(v, root, seen = new Set()) {
  if (typeof v === 'string') return v.split(root).join('<root>');
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return `[fn ${v.name}]`;
  if (typeof v === 'symbol') return v.toString();
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return '[circular]';
  seen.add(v);
  if (v instanceof Error) {
    const o = {
      E: v.constructor && v.constructor.name,
      name: v.name,
      message: norm(v.message, root),
      code: v.code,
      errno: v.errno,
      syscall: v.syscall,
      path: norm(v.path, root),
      dest: norm(v.dest, root),
      keys: Object.keys(v).sort(),
    };
    if (v.info) o.info = norm({ ...v.info }, root, seen);
    if (v.cause) o.cause = norm(v.cause, root, seen);
    return o;
  }
  if (Buffer.isBuffer(v)) return { B: norm(v.toString('latin1'), root) };
  if (ArrayBuffer.isView(v)) return { T: v.constructor.name, d: Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).join(',') };
  const ctor = v.constructor ? v.constructor.name : 'null';
  if (ctor === 'Stats' || ctor === 'BigIntStats') {
    const methods = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket',
                     'isBlockDevice', 'isCharacterDevice'];
    return {
      S: ctor,
      keys: Object.keys(v),
      types: Object.keys(v).map((k) => `${k}:${typeof v[k]}${v[k] instanceof Date ? 'D' : ''}`),
      is: methods.map((m) => v[m]()),
      size: norm(v.size),
      mode: norm(v.mode),
      nlink: norm(v.nlink),
      protoNames: Object.getOwnPropertyNames(Object.getPrototypeOf(v)),
    };
  }
  if (ctor === 'StatFs') return { SF: Object.keys(v), types: Object.values(v).map((x) => typeof x) };
  if (ctor === 'Dirent') {
    const methods = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO'];
    return {
      D: norm(v.name, root, seen),
      parentPath: norm(v.parentPath, root, seen),
      path: norm(v.path, root, seen),
      keys: Object.keys(v),
      is: methods.map((m) => v[m]()),
    };
  }
  if (ctor === 'Dir' || ctor === 'FileHandle' || ctor === 'ReadStream' || ctor === 'WriteStream' ||
      ctor === 'FSWatcher' || ctor === 'StatWatcher') {
    return `[${ctor}]`;
  }
  if (v instanceof Date) return `Date(${v.getTime()})`;
  if (v instanceof Map) return { Map: norm([...v], root, seen) };
  if (Array.isArray(v)) return v.map((x) => norm(x, root, seen));
  const out = { proto: Object.getPrototypeOf(v) === null ? 'null' : ctor };
  for (const k of Object.keys(v)) out[k] = norm(v[k], root, seen);
  return out;
}

// ---------------------------------------------------------------------------
// Runner

const cases = [];
// sync case: fn(fs, root) -> value (throws compared too)
function c(name, fn, opts = {}) { cases.push({ name, kind: 'sync', fn, ...opts }); }
// callback case: fn(fs, root, done) -> done(...args)
function cb(name, fn, opts = {}) { cases.push({ name, kind: 'cb', fn, ...opts }); }
// promise case: fn(fs, root) -> promise
function p(name, fn, opts = {}) { cases.push({ name, kind: 'promise', fn, ...opts }); }

async function runOne(kase, fs, root) {
  setup(root);
  const cwd = process.cwd();
  process.chdir(root);
  const warnings = [];
  const onWarning = (w) => {
    // node's own Dir handles warn when collected: GC timing, not behaviour.
    if (/on garbage collection/.test(w.message)) return;
    warnings.push(`${w.name}:${w.code || ''}`);
  };
  process.on('warning', onWarning);
  let result;
  try {
    if (kase.kind === 'sync') {
      try {
        result = { value: kase.fn(fs, root) };
      } catch (err) {
        result = { threw: err };
      }
    } else if (kase.kind === 'cb') {
      result = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ timeout: true }), 5000);
        process.once('uncaughtException', (err) => {
          clearTimeout(timer);
          resolve({ uncaught: err });
        });
        try {
          kase.fn(fs, root, (...args) => {
            clearTimeout(timer);
            resolve({ args });
          });
        } catch (err) {
          clearTimeout(timer);
          resolve({ threw: err });
        }
      });
    } else {
      try {
        result = { resolved: await kase.fn(fs, root) };
      } catch (err) {
        result = { rejected: err };
      }
    }
    await new Promise((r) => setImmediate(r));
    process.removeAllListeners('uncaughtException');
  } finally {
    process.chdir(cwd);
    process.removeListener('warning', onWarning);
  }
  const out = norm(result, root);
  out.tree = kase.noTree ? null : snapshot(root);
  out.warnings = warnings;
  return out;
}

async function main() {
  const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));
  const verbose = process.argv.includes('-v');
  let pass = 0;
  let fail = 0;
  const failures = [];
  for (const kase of cases) {
    if (filter && !kase.name.includes(filter)) continue;
    const a = await runOne(kase, nodeFs, roots.node);
    const b = await runOne(kase, ours, roots.mine);
    try {
      assert.deepStrictEqual(b, a);
      pass++;
      if (verbose) console.log(`ok   ${kase.name}`);
    } catch {
      fail++;
      failures.push(kase.name);
      console.log(`FAIL ${kase.name}`);
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (util.isDeepStrictEqual(a[k], b[k])) continue;
        if (k === 'tree') {
          const A = new Set(a.tree);
          const B = new Set(b.tree);
          console.log('  tree node-only:', a.tree.filter((x) => !B.has(x)));
          console.log('  tree mine-only:', b.tree.filter((x) => !A.has(x)));
          continue;
        }
        console.log(`  ${k} node: `, util.inspect(a[k], { depth: 6, breakLength: 160 }));
        console.log(`  ${k} mine: `, util.inspect(b[k], { depth: 6, breakLength: 160 }));
      }
    }
  }
  nodeFs.rmSync(roots.node, { recursive: true, force: true });
  nodeFs.rmSync(roots.mine, { recursive: true, force: true });
  console.log(`\n${pass} passed, ${fail} failed (of ${pass + fail})`);
  if (fail) console.log(`failed: ${failures.join(', ')}`);
  process.exitCode = fail ? 1 : 0;
}

module.exports = { c, cb, p };
require('./cases');
main();
