// Run by the stage-1 core at build time: every internal module this touches
// (and every function it runs) lands in the code cache of the final binary.
'use strict';
const Module = require('module');
console.log('%s %d', 'warm', 1, { a: [1, 2] }, new Map([[1, 2]]));
console.error(new Error('warm'));
setTimeout(() => {}, 1).unref();
setImmediate(() => {});
process.nextTick(() => {});
queueMicrotask(() => {});
Promise.resolve().then(() => {});
process.emitWarning('warm');
Module.createRequire(__filename).resolve('./codecache_warmup.js');
new URL('file:///a/b?c#d');
new TextEncoder().encode('x');
new TextDecoder().decode(new Uint8Array([0x78]));
structuredClone({ a: 1 });
new AbortController().abort();
performance.now();
try { require('./does-not-exist'); } catch {}
import('node:module').catch(() => {});
