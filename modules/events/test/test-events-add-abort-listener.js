'use strict';
// events.addAbortListener() calls the listener on abort (on a microtask if
// already aborted) and returns a Disposable that detaches it.
const assert = require('assert');
const { addAbortListener } = require('events');

const log = [];
const ac = new AbortController();
const disposable = addAbortListener(ac.signal, () => log.push('aborted'));
assert.strictEqual(typeof disposable[Symbol.dispose], 'function');
ac.abort();
assert.deepStrictEqual(log, ['aborted']);

const ac2 = new AbortController();
addAbortListener(ac2.signal, () => log.push('never'))[Symbol.dispose]();
ac2.abort();

addAbortListener(AbortSignal.abort(), () => log.push('late'));
assert.deepStrictEqual(log, ['aborted']);
queueMicrotask(() => assert.deepStrictEqual(log, ['aborted', 'late']));
