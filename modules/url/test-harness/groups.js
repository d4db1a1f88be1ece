'use strict';
// The comparison cases, shared by compare.js (node vs the plugin loaded
// under node) and record.js / replay.js (node's results replayed against
// the url builtin of a built mosaic). Each group maps an input to a string;
// `snap(fn)` turns fn's result (or what it throws) into that string.

const corpus = require('./corpus');

function defineGroups(snap, { seed = 0, scale = 1 } = {}) {
  const SEED = seed * 1000;
  const n = (count) => Math.round(count * scale);
  const groups = [];
  function group(name, inputs, fn) {
    groups.push({ name, inputs, fn });
  }


  // --- url.parse ---------------------------------------------------------------

  const urlStrings = [
    ...corpus.handPicked,
    ...corpus.generateURLs(n(12000), SEED + 1),
    ...corpus.generateNoise(n(4000), SEED + 2),
  ];
  const flagCombos = [[false, false], [true, false], [false, true], [true, true]];

  group('parse', urlStrings, (m, s) =>
    flagCombos.map(([q, sl]) => snap(() => m.parse(s, q, sl))).join('\n'));

  group('parse+format roundtrip', urlStrings, (m, s) =>
    snap(() => m.format(m.parse(s))) + snap(() => m.format(s)) +
    snap(() => m.parse(s, false, true).format()));

  group('parse non-string', [5, null, undefined, {}, [], true, Symbol.iterator, () => {}],
        (m, v) => snap(() => m.parse(v)));

  group('Url instance', ['x'], (m) => {
    const u = new m.Url();
    const same = m.parse(u) === u;
    return snap(() => [u, same, Object.keys(u), Object.getOwnPropertyNames(m.Url.prototype),
      m.Url.prototype.parse.length, m.Url.prototype.format.length,
      m.Url.prototype.resolve.length, m.Url.prototype.resolveObject.length,
      m.Url.prototype.parseHost.length, m.Url.length]);
  });

  group('module shape', ['x'], (m) => snap(() => Object.keys(m).map((k) =>
    [k, typeof m[k], m[k] && m[k].name, m[k] && m[k].length])));

  // --- url.format ----------------------------------------------------------------

  group('format objects', corpus.generateObjects(n(8000), SEED + 3), (m, obj) => snap(() => m.format(obj)));

  group('format odd values', [
    { protocol: 5 }, { pathname: 5, slashes: true }, { hash: 5 }, { search: 5 },
    { auth: 5, host: 'h' }, { auth: '\uD800', host: 'h' }, { auth: 'a\uD800', host: 'h' },
    { auth: '\uDC00x', host: 'h' }, { auth: '\uD800x', host: 'h' }, { hostname: 5 },
    { hostname: ['a:b'] }, { host: 5 }, { port: 8, hostname: 'h' }, { query: null, search: null },
    { query: { a: { b: 1 } } }, { protocol: 'http', hostname: 'a', pathname: '/b' },
    Object.create({ protocol: 'http:', host: 'inherited' }),
  ], (m, obj) => snap(() => m.format(obj)));

  group('format non-object', [5, null, undefined, true, Symbol.iterator, () => {}],
        (m, v) => snap(() => m.format(v)));

  const formatOptions = [
    undefined, null, false, 0, {}, { unicode: true }, { auth: false }, { search: false },
    { fragment: false }, { unicode: true, auth: false, search: false, fragment: false },
    { unicode: 1, auth: 0, fragment: null, search: undefined }, 5, 'x', [], () => {},
  ];
  group('format URL', corpus.whatwgURLs, (m, s) =>
    formatOptions.map((o) => snap(() => m.format(new m.URL(s), o))).join('\n'));

  // --- url.resolve / resolveObject ------------------------------------------------

  const pairs = corpus.generatePairs(n(12000), SEED + 4);
  group('resolve', pairs, (m, [a, b]) => snap(() => m.resolve(a, b)));
  group('resolveObject', pairs, (m, [a, b]) => snap(() => m.resolveObject(a, b)));
  group('resolveObject non-string', [[null, 'a'], ['', 'a'], [0, 'x'], ['http://a/', 5],
    ['http://a/', null], [5, 'a']], (m, [a, b]) => snap(() => m.resolveObject(a, b)));

  // --- WHATWG helpers ---------------------------------------------------------------

  group('domainToASCII', corpus.domains, (m, d) =>
    snap(() => m.domainToASCII(d)) + snap(() => m.domainToUnicode(d)));
  const randomDomains = corpus.generateDomains(n(6000), SEED + 5);
  group('domainToASCII random', randomDomains, (m, d) =>
    snap(() => m.domainToASCII(d)) + snap(() => m.domainToUnicode(d)));
  group('parse random hosts', randomDomains, (m, d) =>
    snap(() => m.parse(`http://${d}/p`)) + snap(() => m.parse(`foo://u@${d}:1`)));
  group('domainTo* args', [[], [undefined], [null], [5], [Symbol.iterator], [{}]], (m, args) =>
    snap(() => m.domainToASCII(...args)) + snap(() => m.domainToUnicode(...args)));

  const fileOptions = [undefined, {}, { windows: true }, { windows: false }, null, 5];
  group('pathToFileURL', corpus.paths, (m, p) =>
    fileOptions.map((o) => snap(() => m.pathToFileURL(p, o).href)).join('\n'));
  group('pathToFileURL args', [undefined, 5, null, {}], (m, p) => snap(() => m.pathToFileURL(p)));
  group('fileURLToPath', corpus.fileURLs, (m, s) =>
    fileOptions.map((o) => snap(() => m.fileURLToPath(s, o))).join('\n') +
    snap(() => m.fileURLToPath(new m.URL(s))));
  group('fileURLToPath args', [undefined, 5, null, {},
    { href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x' },
    { href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x', path: '/x' }],
  (m, v) => snap(() => m.fileURLToPath(v)));
  group('urlToHttpOptions', corpus.whatwgURLs, (m, s) => snap(() => {
    const u = new m.URL(s);
    u.extra = 1;
    return m.urlToHttpOptions(u);
  }));
  group('urlToHttpOptions odd', [{}, { hostname: '[x]', port: '', username: 'a%20' }],
        (m, v) => snap(() => m.urlToHttpOptions(v)));

  return groups;
}

module.exports = { defineGroups };
