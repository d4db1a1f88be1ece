'use strict';
// util.inspect shapes of the event classes (Node 20).
const assert = require('./fixtures/assert');

let util;
try {
  util = require('util');
} catch {
  // A bare core has no util module to inspect with.
  console.log('skipped: the util module is not available');
  process.exit(0);
}

const clean = (s) => s.replace(/timeStamp: [\d.]+/g, 'timeStamp: N');
assert.strictEqual(clean(util.inspect(new Event('foo'))),
                   "Event {\n  type: 'foo',\n  defaultPrevented: false,\n" +
                   '  cancelable: false,\n  timeStamp: N\n}');
assert.strictEqual(util.inspect({ a: { b: { c: new Event('x') } } }), '{ a: { b: { c: Event } } }');
assert.strictEqual(util.inspect(new EventTarget()), 'EventTarget {}');
assert.strictEqual(util.inspect(new AbortController()),
                   'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(util.inspect(AbortSignal.abort()), 'AbortSignal { aborted: true }');
assert.strictEqual(util.inspect({ a: { b: { s: AbortSignal.abort() } } }),
                   '{ a: { b: { s: [AbortSignal] } } }');
assert.strictEqual(util.inspect(new TextEncoder()), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect(new TextDecoder('utf-16le', { fatal: true })),
                   "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: false }");
