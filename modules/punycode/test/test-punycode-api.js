'use strict';
// The punycode builtin: Punycode.js's API (ucs2, encode/decode,
// toASCII/toUnicode) with its errors, and no warning without
// --pending-deprecation (Node 20: documentation-only deprecation).
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const punycode = require('punycode');
assert.strictEqual(require('node:punycode'), punycode);
assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.strictEqual(typeof punycode.version, 'string');
assert.match(punycode.version, /^2\.\d+\.\d+$/);

assert.strictEqual(punycode.encode('mañana'), 'maana-pta');
assert.strictEqual(punycode.decode('maana-pta'), 'mañana');
assert.strictEqual(punycode.encode('☃-⌘'), '--dqo34k');
assert.strictEqual(punycode.decode('--dqo34k'), '☃-⌘');
assert.strictEqual(punycode.encode(''), '');
assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('джумла@джpумлатест.bрфa'), 'джумла@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq');
assert.strictEqual(punycode.toASCII('example.com'), 'example.com');
assert.strictEqual(punycode.toASCII('☃。example'), 'xn--n3h.example');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');
assert.strictEqual(punycode.toUnicode('example.com'), 'example.com');
assert.deepStrictEqual(punycode.ucs2.decode('\uD834\uDF06a'), [0x1D306, 0x61]);
assert.deepStrictEqual(punycode.ucs2.decode('\uD800'), [0xD800]);
assert.strictEqual(punycode.ucs2.encode([0x1D306, 0x61]), '\uD834\uDF06a');

assert.throws(() => punycode.decode('\x81-'), { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' });
assert.throws(() => punycode.decode('ls8h='), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('99999999999'), { name: 'RangeError', message: 'Overflow: input needs wider integers to process' });

// Patching the module object does not reach the runtime's own copy
// (url.domainToASCII keeps working).
const saved = punycode.encode;
punycode.encode = () => { throw new Error('patched'); };
assert.strictEqual(require('url').domainToASCII('ñ.com'), 'xn--ida.com');
punycode.encode = saved;

setImmediate(() => assert.deepStrictEqual(warnings, []));
