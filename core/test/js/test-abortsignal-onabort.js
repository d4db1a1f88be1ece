'use strict';
// The onabort handler keeps the position of its first assignment among the
// listeners; later assignments replace it in place; null clears it.
const assert = require('./fixtures/assert');

const ac = new AbortController();
const { signal } = ac;
const log = [];
assert.strictEqual(signal.onabort, null);
signal.addEventListener('abort', () => log.push('first'));
signal.onabort = () => log.push('replaced');
signal.addEventListener('abort', () => log.push('third'));
signal.onabort = function(e) { log.push(['handler', this === signal, e.type]); };
assert.strictEqual(typeof signal.onabort, 'function');
ac.abort();
assert.deepStrictEqual(log, ['first', ['handler', true, 'abort'], 'third']);

const ac2 = new AbortController();
let called = false;
ac2.signal.onabort = () => { called = true; };
ac2.signal.onabort = null;
assert.strictEqual(ac2.signal.onabort, null);
ac2.abort();
assert.strictEqual(called, false);
