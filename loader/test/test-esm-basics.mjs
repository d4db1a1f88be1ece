// Static and dynamic import, CJS interop, JSON, import.meta, TLA.
import { createRequire } from 'node:module';
import path from 'path';
import { join } from 'node:path';
import cjs from './fixtures/node_modules/pkg-index/index.js';
import data from './fixtures/data.json' assert { type: 'json' };
const require = createRequire(import.meta.url);
console.log(cjs, data.a.length, join('a', 'b'), typeof path.resolve);
console.log(import.meta.url === `file://${import.meta.filename}`, path.basename(import.meta.dirname));
console.log(path.relative(import.meta.dirname, new URL(import.meta.resolve('./fixtures/data.json')).pathname));
console.log((await import('pkg-exports'.replace('pkg-exports', './fixtures/node_modules/pkg-exports/src/main.mjs'))).default);
console.log(require('./fixtures/node_modules/pkg-main'));
const value = await new Promise((resolve) => setTimeout(() => resolve('after tla'), 2));
console.log(value);
for (const spec of ['./fixtures/missing.mjs', './fixtures/app', 'node:nope']) {
  try {
    await import(spec);
  } catch (e) {
    console.log(e.code);
  }
}
try {
  await import('./fixtures/data.json');
} catch (e) {
  console.log(e.code);
}
