'use strict';
// Deep-equality truth table: Mosaic's internal/util/comparisons against
// node's own (run with --expose-internals), both modes, both argument
// orders, plus a randomised structural fuzz.
// Usage: node --expose-internals tests/stdlib-under-node/test-comparisons.js

const loader = require('./loader');
const ours = loader.require('internal/util/comparisons');
const theirs = require('internal/util/comparisons');
const deepCases = require('./deep-cases');

let pass = 0;
let fail = 0;
function run(a, b) {
  const r = {};
  for (const mode of ['isDeepEqual', 'isDeepStrictEqual']) {
    for (const [x, y, tag] of [[a, b, 'ab'], [b, a, 'ba']]) {
      let o, t;
      try { o = ours[mode](x, y); } catch (e) { o = `throw ${e.name}`; }
      try { t = theirs[mode](x, y); } catch (e) { t = `throw ${e.name}`; }
      r[`${mode}:${tag}`] = [o, t];
    }
  }
  return r;
}

const oursCases = deepCases();
const theirCases = deepCases();
for (const name of Object.keys(oursCases)) {
  for (const mode of ['isDeepEqual', 'isDeepStrictEqual']) {
    for (const rev of [false, true]) {
      const [a, b] = oursCases[name];
      const [c, d] = theirCases[name];
      let o, t;
      try { o = rev ? ours[mode](b, a) : ours[mode](a, b); } catch (e) { o = `throw ${e.name}`; }
      try { t = rev ? theirs[mode](d, c) : theirs[mode](c, d); } catch (e) { t = `throw ${e.name}`; }
      if (o === t) {
        pass++;
      } else {
        fail++;
        console.log(`FAIL ${name} ${mode}${rev ? ' (reversed)' : ''}: ours ${o}, node ${t}`);
      }
    }
  }
}

// Fuzz: random nested values built twice from the same seed with small
// mutations, so that many pairs are equal or nearly equal.
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const prims = [0, -0, 1, '1', '', 'a', NaN, null, undefined, true, false, 1n, Symbol.for('x')];
function gen(depth, r) {
  const k = r(depth > 3 ? 1 : 10);
  switch (k) {
    case 0: return prims[r(prims.length)];
    case 1: case 2: {
      const o = {};
      const n = r(4);
      for (let i = 0; i < n; i++) o[`k${r(5)}`] = gen(depth + 1, r);
      return o;
    }
    case 3: case 4: {
      const a = [];
      const n = r(4);
      for (let i = 0; i < n; i++) a.push(gen(depth + 1, r));
      return a;
    }
    case 5: {
      const m = new Map();
      const n = r(3);
      for (let i = 0; i < n; i++) m.set(r(2) ? prims[r(prims.length)] : gen(depth + 1, r), gen(depth + 1, r));
      return m;
    }
    case 6: {
      const s = new Set();
      const n = r(3);
      for (let i = 0; i < n; i++) s.add(r(2) ? prims[r(prims.length)] : gen(depth + 1, r));
      return s;
    }
    case 7: return new Date(r(3));
    case 8: return r(2) ? new Number(r(2)) : new String(`${r(2)}`);
    default: return new Uint8Array([r(2), r(2)]);
  }
}
let fuzzPass = 0;
let fuzzFail = 0;
for (let i = 0; i < 4000; i++) {
  const s = seed;
  const a = gen(0, rand);
  // Same shape, re-drawn with a perturbed generator 50% of the time.
  seed = s;
  const perturb = rand(2) === 0;
  seed = s;
  const b = gen(0, perturb ? (n) => (rand(7) === 0 ? rand(n) : rand(n)) : rand);
  const r = run(a, b);
  for (const [key, [o, t]] of Object.entries(r)) {
    if (o === t) {
      fuzzPass++;
    } else {
      fuzzFail++;
      if (fuzzFail < 10) {
        console.log(`FUZZ FAIL ${key}: ours ${o}, node ${t}`,
                    require('util').inspect([a, b], { depth: 10 }));
      }
    }
  }
}

// Cyclic graphs: nodes are objects, arrays, Maps or Sets whose members
// point at other nodes or small primitives; both roots come from one pool so
// that objects are shared between the two sides too.
function cyclicPair() {
  const n = 1 + rand(5);
  const kinds = [];
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const kind = rand(4);
    kinds.push(kind);
    nodes.push(kind === 0 ? {} : kind === 1 ? [] : kind === 2 ? new Map() : new Set());
  }
  const member = () => { const r = rand(n + 2); return r < n ? nodes[r] : [1, '1'][r - n]; };
  nodes.forEach((node, i) => {
    const m = 1 + rand(2);
    for (let j = 0; j < m; j++) {
      switch (kinds[i]) {
        case 0: node[`k${j}`] = member(); break;
        case 1: node.push(member()); break;
        case 2: node.set(rand(2) ? j : member(), member()); break;
        default: node.add(member());
      }
    }
  });
  return [nodes[rand(n)], nodes[rand(n)]];
}
let cycPass = 0;
let cycFail = 0;
for (let i = 0; i < 6000; i++) {
  const [a, b] = cyclicPair();
  for (const [key, [o, t]] of Object.entries(run(a, b))) {
    if (o === t) {
      cycPass++;
    } else {
      cycFail++;
      if (cycFail < 5) console.log(`CYCLE FAIL ${key}: ours ${o}, node ${t}`);
    }
  }
}
fuzzPass += cycPass;
fuzzFail += cycFail;

console.log(`comparisons: table ${pass} passed, ${fail} failed; ` +
            `fuzz ${fuzzPass} passed, ${fuzzFail} failed`);
if (loader.shimsUsed.size) console.log(`(shimmed: ${[...loader.shimsUsed].join(', ')})`);
process.exitCode = fail + fuzzFail === 0 ? 0 : 1;
