'use strict';
// AbortSignal.abort(reason) returns an already aborted signal.
const assert = require('./fixtures/assert');

const s = AbortSignal.abort();
assert.strictEqual(s.aborted, true);
assert.strictEqual(s.reason.name, 'AbortError');
assert.ok(s instanceof AbortSignal);
assert.strictEqual(AbortSignal.abort('why').reason, 'why');
assert.strictEqual(AbortSignal.abort(undefined).reason.name, 'AbortError');
assert.strictEqual(AbortSignal.abort(null).reason, null);
