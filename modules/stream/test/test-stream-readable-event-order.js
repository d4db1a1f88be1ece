'use strict';
// 'data' events, then 'end', then 'close'.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const events = [];
const r = new Readable({ read() {} });
r.on('data', (d) => events.push(`data:${d}`));
r.on('end', common.mustCall(() => events.push('end')));
r.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['data:a', 'data:b', 'end', 'close']);
  assert.strictEqual(r.destroyed, true);
}));
r.push('a');
r.push('b');
r.push(null);
