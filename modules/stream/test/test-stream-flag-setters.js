'use strict';
// The `destroyed` and `readableFlowing` setters store booleans (node keeps
// these as bit flags): a truthy value reads back as true, a falsy one as
// false, and readableFlowing = null/undefined as null.
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');

const r = new Readable({ read() {} });
r.destroyed = 5;
assert.strictEqual(r.destroyed, true);
r.destroyed = '';
assert.strictEqual(r.destroyed, false);

const w = new Writable();
w.destroyed = 'yes';
assert.strictEqual(w.destroyed, true);
w.destroyed = 0;
assert.strictEqual(w.destroyed, false);

const d = new Duplex();
d.destroyed = {};
assert.strictEqual(d.destroyed, true);
assert.strictEqual(d._readableState.destroyed, true);
assert.strictEqual(d._writableState.destroyed, true);
d.destroyed = null;
assert.strictEqual(d.destroyed, false);

const f = new Readable({ read() {} });
for (const [value, expected] of [[5, true], [0, false], ['', false], [undefined, null],
                                 [null, null], [true, true]]) {
  f.readableFlowing = value;
  assert.strictEqual(f.readableFlowing, expected);
}
