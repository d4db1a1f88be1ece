'use strict';

// Seeded random values for layout coverage (line breaking, grouping,
// compact levels, nesting), each inspected under several option sets.

function createRandom(seed) {
  // mulberry32
  let state = seed >>> 0;
  return function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['a', 'id', 'name', 'value', 'longerPropertyName', 'x', 'é', '中文', 'with space',
  "it's", 'quote"d', 'new\nline', '😀', 'camelCaseKey', 'snake_case_key', '123', 'key-dash'];

function buildValues(count, seed) {
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (max) => Math.floor(random() * max);

  function randomString() {
    switch (int(6)) {
      case 0: return '';
      case 1: return pick(WORDS);
      case 2: return pick(WORDS).repeat(1 + int(12));
      case 3: return Array.from({ length: 1 + int(5) }, () => pick(WORDS)).join('\n');
      default: return Array.from({ length: 1 + int(8) }, () => pick(WORDS)).join(' ');
    }
  }

  function randomNumber() {
    switch (int(5)) {
      case 0: return int(10);
      case 1: return int(100000) - 50000;
      case 2: return random() * 1000;
      case 3: return pick([NaN, -0, Infinity, 1e21, 2 ** 53]);
      default: return int(1000);
    }
  }

  function randomPrimitive() {
    switch (int(8)) {
      case 0: return randomString();
      case 1: return BigInt(int(1e9)) * (int(2) ? 1n : -1000000n);
      case 2: return pick([true, false, null, undefined]);
      case 3: return Symbol(pick(WORDS));
      default: return randomNumber();
    }
  }

  function randomArray(depth) {
    const kind = int(4);
    const length = pick([0, 1, 3, 6, 7, 8, 12, 20, 27, 40, 101, 130]);
    if (kind === 0) return Array.from({ length }, () => randomNumber());
    if (kind === 1) return Array.from({ length }, () => randomString().slice(0, 1 + int(15)));
    if (kind === 2) return Array.from({ length: Math.min(length, 12) }, () => randomValue(depth + 1));
    const arr = Array.from({ length: Math.min(length, 20) }, () => randomPrimitive());
    if (int(3) === 0) delete arr[int(arr.length)];
    if (int(3) === 0) arr.extra = randomPrimitive();
    return arr;
  }

  function randomObject(depth) {
    const obj = {};
    const keys = pick([0, 1, 2, 3, 5, 8, 15]);
    for (let i = 0; i < keys; i++) {
      obj[pick(WORDS) + (int(3) === 0 ? i : '')] = randomValue(depth + 1);
    }
    return obj;
  }

  function randomValue(depth = 0) {
    if (depth > 4) return randomPrimitive();
    switch (int(12)) {
      case 0: case 1: case 2: return randomPrimitive();
      case 3: case 4: return randomArray(depth);
      case 5: return new Map(Array.from({ length: int(6) }, () => [randomPrimitive(), randomValue(depth + 1)]));
      case 6: return new Set(Array.from({ length: int(8) }, () => randomValue(depth + 1)));
      case 7: return new (pick([Uint8Array, Int16Array, Float64Array]))(pick([0, 3, 10, 30]));
      case 8: return new Date(int(2e12));
      default: return randomObject(depth);
    }
  }

  return Array.from({ length: count }, () => randomValue());
}

const OPTION_SETS = [
  undefined,
  { compact: false },
  { compact: true },
  { compact: 1 },
  { breakLength: 40 },
  { breakLength: Infinity },
  { depth: 0 },
  { depth: null },
  { sorted: true },
  { colors: true },
  { maxArrayLength: 5, maxStringLength: 8 },
  { numericSeparator: true, compact: 5 },
  { showHidden: true },
];

function buildCases() {
  const cases = [];
  buildValues(150, 20240601).forEach((value, i) => {
    OPTION_SETS.forEach((options, j) => {
      cases.push({ name: `random ${i} options ${j}`, value, args: options === undefined ? [] : [options] });
    });
  });
  return cases;
}

module.exports = { buildCases };
