'use strict';
// AbortSignal.any(): follows its sources; aborted inputs give an already
// aborted signal; composite inputs are flattened.
const assert = require('./fixtures/assert');

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any]);
const log = [];
a.signal.addEventListener('abort', () => log.push(['a', any.aborted]));
any.addEventListener('abort', () => log.push(['any', any.reason]));
nested.addEventListener('abort', () => log.push(['nested', nested.reason]));
assert.strictEqual(any.aborted, false);
b.abort('B');
a.abort('A');
assert.deepStrictEqual(log, [['any', 'B'], ['nested', 'B'], ['a', true]]);
assert.strictEqual(any.reason, 'B');

const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('x')]);
assert.strictEqual(pre.aborted, true);
assert.strictEqual(pre.reason, 'x');

const empty = AbortSignal.any([]);
assert.strictEqual(empty.aborted, false);

assert.throws(() => AbortSignal.any(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals" argument must be an instance of Array. Received undefined',
});
assert.throws(() => AbortSignal.any([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[0]" argument must be an instance of AbortSignal. ' +
           'Received type number (1)',
});
