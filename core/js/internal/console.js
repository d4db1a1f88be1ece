'use strict';
// TEMPORARY smoke-test stub (helper-1 writes the real one)
function fmt(a) { return a.map((x) => typeof x === 'string' ? x : String(x)).join(' ') + '\n'; }
function createGlobalConsole(out, err) { return { log: (...a) => out.write(fmt(a)), error: (...a) => err.write(fmt(a)), warn: (...a) => err.write(fmt(a)), info: (...a) => out.write(fmt(a)) }; }
module.exports = { createGlobalConsole };
