'use strict';
// Shared comparison helpers: run the same call against Mosaic's module and
// node's, and compare the outcome (value or thrown error) structurally.

const util = require('util');

function describeError(e) {
  if (!(e instanceof Error)) return { thrownNonError: util.inspect(e) };
  const own = {};
  for (const k of Object.getOwnPropertyNames(e)) {
    if (k === 'stack') continue;
    const d = Object.getOwnPropertyDescriptor(e, k);
    own[k] = { v: 'value' in d ? safe(d.value) : '[accessor]', e: d.enumerable };
  }
  return {
    name: e.name,
    ctor: e.constructor && e.constructor.name,
    isType: e instanceof TypeError, isRange: e instanceof RangeError,
    message: e.message,
    code: e.code,
    keys: Object.getOwnPropertyNames(e),
    own,
    str: String(e),
    stack0: String(e.stack).split('\n')[0],
  };
}

function safe(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol' || typeof v === 'function') return String(v);
  if (v instanceof Error) return `Error(${v.message})`;
  if (v && typeof v === 'object') {
    try { return JSON.parse(JSON.stringify(v)); } catch { return util.inspect(v); }
  }
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  if (v === undefined) return '<undefined>';
  return v;
}

function outcome(fn) {
  try {
    const v = fn();
    return { ok: true, value: util.inspect(v, { depth: 6, showHidden: false }) };
  } catch (e) {
    return { ok: false, error: describeError(e) };
  }
}

class Tally {
  constructor(name) {
    this.name = name;
    this.pass = 0;
    this.fail = 0;
    this.failures = [];
  }

  // Compare two thunks (mosaic, node).
  check(label, mine, theirs) {
    const a = outcome(mine);
    const b = outcome(theirs);
    this.same(label, a, b);
  }

  same(label, a, b) {
    const sa = JSON.stringify(a);
    const sb = JSON.stringify(b);
    if (sa === sb) {
      this.pass++;
    } else {
      this.fail++;
      if (this.failures.length < 40) this.failures.push({ label, mosaic: a, node: b });
    }
  }

  report() {
    for (const f of this.failures) {
      console.log(`FAIL ${this.name}: ${f.label}\n  mosaic: ${JSON.stringify(f.mosaic)}\n  node:   ${JSON.stringify(f.node)}`);
    }
    console.log(`${this.name}: ${this.pass} passed, ${this.fail} failed`);
    return this.fail === 0;
  }
}

// Deterministic PRNG for fuzz cases.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6D2B79F5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

module.exports = { Tally, outcome, describeError, rng, safe };
