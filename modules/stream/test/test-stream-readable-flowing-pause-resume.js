'use strict';
// pause() stops 'data' (buffering instead), resume() restarts it.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
const seen = [];
r.on('pause', common.mustCall());
r.on('resume', common.mustCallAtLeast(1));
r.on('data', (d) => {
  seen.push(d);
  if (d === 2) {
    r.pause();
    assert.strictEqual(r.isPaused(), true);
    assert.strictEqual(r.readableFlowing, false);
    setTimeout(common.mustCall(() => {
      assert.deepStrictEqual(seen, [1, 2]);
      assert.strictEqual(r.readableLength, 2);
      r.resume();
    }), 5);
  }
});
r.on('end', common.mustCall(() => assert.deepStrictEqual(seen, [1, 2, 3, 4])));
for (const v of [1, 2, 3, 4]) r.push(v);
r.push(null);
