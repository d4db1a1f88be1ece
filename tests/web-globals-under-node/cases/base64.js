'use strict';

const { attempt } = require('../lib/describe');

const atobInputs = [
  '', 'a', 'ab', 'abc', 'abcd', 'ab=', 'ab==', 'abc=', 'a===', 'ab=c', 'ab==c', '=', '==',
  'abcd=', 'abcd==', ' a b c d ', '\tab\ncd\f\r', '\u00a0abcd', 'ab\u0100c', 'abcde',
  'abcdef', 'abcdefg', 'ab c=', 'ab= =', 'ab===', 'YQ', 'YR', 'YR==', 'YWI', 'YWJ', 'ab-c',
  'ab_c', 'ab+/', '////', 'abc\v', 'a=bc', '=abc', 'abcd====', 'ab.c', 'ab!', 'ab!c=', 'a!',
  '!', 'AAAA=', 'AA==AA==', '\x00', 'aGVsbG8gd29ybGQ=', 'aGVsbG8gd29ybGQ', 'AP8A/w==',
  '////////', 'a\u00ff', 'ab=\n=', 'ab\n==', 'ab=\t', 'a b=', '\u2028abcd',
  undefined, null, 0, 12, true, {}, [], ['YQ'], { toString: () => 'YWJj' },
];

module.exports = [
  { name: 'atob: forgiving-base64 inputs and error messages',
    run: (G) => atobInputs.map((s) => attempt(() => G.atob(s))) },
  { name: 'atob: missing argument', run: (G) => attempt(() => G.atob()) },
  { name: 'atob: Symbol and throwing toString',
    run: (G) => [attempt(() => G.atob(Symbol('q'))),
                 attempt(() => G.atob({ toString() { throw new Error('ts'); } }))] },
  { name: 'atob: the error is an InvalidCharacterError DOMException',
    run: (G) => {
      try {
        G.atob('!');
      } catch (err) {
        return [err instanceof G.DOMException, err.code, err.name,
                err.constructor === G.DOMException];
      }
      return 'no throw';
    } },
  { name: 'atob: all 256 byte values round trip',
    run: (G) => {
      let s = '';
      for (let i = 0; i < 256; i++) s += String.fromCharCode(i);
      const encoded = G.btoa(s);
      return [encoded, G.atob(encoded) === s];
    } },
  { name: 'atob/btoa: long input',
    run: (G) => {
      let s = '';
      for (let i = 0; i < 100000; i++) s += String.fromCharCode((i * 7) & 0xFF);
      const encoded = G.btoa(s);
      return [encoded.length, encoded.slice(0, 40), encoded.slice(-40), G.atob(encoded) === s];
    } },
  { name: 'btoa: inputs',
    run: (G) => ['', 'a', 'ab', 'abc', 'abcd', '\u00ff\u0000', '\u0100', 'a\u0100', '\ud800',
                 null, undefined, 123, {}, [1, 2], { toString: () => 'x' }, true]
      .map((v) => attempt(() => G.btoa(v))) },
  { name: 'btoa: missing argument and Symbol',
    run: (G) => [attempt(() => G.btoa()), attempt(() => G.btoa(Symbol('q')))] },
  { name: 'lengths and names',
    run: (G) => [G.atob.length, G.btoa.length, G.atob.name, G.btoa.name] },
];
