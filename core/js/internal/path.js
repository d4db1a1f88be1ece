'use strict';
// TEMPORARY smoke-test stub
function normalizeArray(parts) { const out = []; for (const p of parts) { if (!p || p === '.') continue; if (p === '..') out.pop(); else out.push(p); } return out; }
function resolve(...args) { let r = ''; for (let i = args.length - 1; i >= -1 && !r.startsWith('/'); i--) { const p = i >= 0 ? args[i] : process.cwd(); if (p) r = p + '/' + r; } return '/' + normalizeArray(r.split('/')).join('/'); }
function dirname(p) { const i = p.lastIndexOf('/'); return i <= 0 ? (i === 0 ? '/' : '.') : p.slice(0, i); }
function basename(p) { return p.slice(p.lastIndexOf('/') + 1); }
module.exports = { resolve, dirname, basename, join: (...a) => resolve(a.join('/')), isAbsolute: (p) => p.startsWith('/'), toNamespacedPath: (p) => p };
module.exports.extname = (p) => { const b = p.slice(p.lastIndexOf('/') + 1); const i = b.lastIndexOf('.'); return i <= 0 ? '' : b.slice(i); };
