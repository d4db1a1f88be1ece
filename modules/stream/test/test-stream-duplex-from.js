'use strict';
// Duplex.from() over an async generator function.
const common = require('./fixtures/common');
const assert = require('assert');
const { Duplex } = require('stream');

const d = Duplex.from(async function* (source) {
  for await (const chunk of source) yield chunk.toString().split('').reverse().join('');
});
const out = [];
d.on('data', (c) => out.push(c));
d.on('end', common.mustCall(() => assert.deepStrictEqual(out, ['cba', 'fed'])));
d.write('abc');
d.end('def');

const fromPromise = Duplex.from(Promise.resolve('value'));
fromPromise.on('data', common.mustCall((v) => assert.strictEqual(v, 'value')));
assert.throws(() => Duplex.from(42), { code: 'ERR_INVALID_ARG_TYPE' });
