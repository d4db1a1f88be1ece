'use strict';
// The subset of npm semver ranges plugin manifests use: exact versions,
// comparators (>, >=, <, <=, =), ^ and ~, x-ranges, hyphen ranges, and
// space-joined (AND) / '||'-joined (OR) sets. Pre-release tags compare as
// in semver but are not otherwise special-cased.

function parse(version) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version.trim());
  if (!m) return null;
  return { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] ? m[4].split('.') : [] };
}

function compare(a, b) {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
    if (a.pre[i] === undefined) return -1;
    if (b.pre[i] === undefined) return 1;
    const x = /^\d+$/.test(a.pre[i]) ? +a.pre[i] : a.pre[i];
    const y = /^\d+$/.test(b.pre[i]) ? +b.pre[i] : b.pre[i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// "1", "1.2", "1.x", "*" -> { parts: [1, 2], version } (missing = wildcard)
function partial(text) {
  const pieces = text.split('.');
  const parts = [];
  for (const piece of pieces.slice(0, 3)) {
    if (piece === 'x' || piece === 'X' || piece === '*' || piece === '') break;
    if (!/^\d+$/.test(piece.split('-')[0])) return null;
    parts.push(+piece.split('-')[0]);
  }
  return parts;
}

function v(major, minor, patch) {
  return { major, minor, patch, pre: [] };
}

// Turns one comparator into [lowInclusive?, low, highExclusive?, high] tests.
function comparatorTests(token) {
  const m = /^(\^|~|>=|<=|>|<|=)?\s*v?(.*)$/.exec(token);
  const op = m[1] || '';
  const parts = partial(m[2]);
  if (parts === null) return null;
  const full = parts.length === 3 ? parse(m[2]) : null;
  const [a = 0, b = 0, c = 0] = parts;
  const low = full || v(a, b, c);
  switch (op) {
    case '^': {
      let high;
      if (a > 0 || parts.length === 1) high = v(a + 1, 0, 0);
      else if (b > 0 || parts.length === 2) high = v(0, b + 1, 0);
      else high = v(0, 0, c + 1);
      return [(x) => compare(x, low) >= 0, (x) => compare(x, high) < 0];
    }
    case '~': {
      const high = parts.length === 1 ? v(a + 1, 0, 0) : v(a, b + 1, 0);
      return [(x) => compare(x, low) >= 0, (x) => compare(x, high) < 0];
    }
    case '>=': return [(x) => compare(x, low) >= 0];
    case '<': return [(x) => compare(x, low) < 0];
    case '>': {
      if (parts.length === 3) return [(x) => compare(x, low) > 0];
      const next = parts.length === 1 ? v(a + 1, 0, 0) : v(a, b + 1, 0);
      return [(x) => compare(x, next) >= 0];
    }
    case '<=': {
      if (parts.length === 3) return [(x) => compare(x, low) <= 0];
      const next = parts.length === 1 ? v(a + 1, 0, 0) : v(a, b + 1, 0);
      return [(x) => compare(x, next) < 0];
    }
    default: {
      if (parts.length === 3) return [(x) => compare(x, low) === 0];
      if (parts.length === 0) return [() => true];
      const next = parts.length === 1 ? v(a + 1, 0, 0) : v(a, b + 1, 0);
      return [(x) => compare(x, low) >= 0, (x) => compare(x, next) < 0];
    }
  }
}

function satisfiesSet(version, set) {
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(set.trim());
  const tokens = hyphen ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`] :
    set.trim().replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1').split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return true;
  for (const token of tokens) {
    const tests = comparatorTests(token);
    if (tests === null || !tests.every((t) => t(version))) return false;
  }
  return true;
}

function satisfies(versionText, range) {
  const version = parse(versionText);
  if (version === null) return false;
  return range.split('||').some((set) => satisfiesSet(version, set));
}

module.exports = { satisfies, parse, compare };
