'use strict';
// throwIfAborted() throws the reason itself once aborted.
const assert = require('./fixtures/assert');

const ac = new AbortController();
ac.signal.throwIfAborted();  // not aborted: no-op
const reason = new Error('stop');
ac.abort(reason);
let thrown;
try {
  ac.signal.throwIfAborted();
} catch (err) {
  thrown = err;
}
assert.strictEqual(thrown, reason);
assert.throws(() => AbortSignal.abort().throwIfAborted(), { name: 'AbortError', code: 20 });
