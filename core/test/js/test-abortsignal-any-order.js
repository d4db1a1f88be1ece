'use strict';
// When a source aborts, its own listeners run first, then the signals that
// depend on it (Node 20 order).
const assert = require('./fixtures/assert');

const source = new AbortController();
const dependant = AbortSignal.any([source.signal]);
const log = [];
source.signal.addEventListener('abort', () => log.push(['source', dependant.aborted]));
dependant.addEventListener('abort', () => log.push(['dependant', dependant.aborted]));
source.abort();
assert.deepStrictEqual(log, [['source', false], ['dependant', true]]);
assert.strictEqual(dependant.reason, source.signal.reason);
