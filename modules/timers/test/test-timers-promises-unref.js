'use strict';
// ref: false timers do not keep the process alive: this script ends long
// before the 10 s timers would fire.
const assert = require('assert');
const tp = require('timers/promises');

const start = Date.now();
let settled = false;
tp.setTimeout(10000, 'late', { ref: false }).then(() => { settled = true; });
tp.scheduler.wait(10000, { ref: false }).then(() => { settled = true; });
(async () => {
  for await (const _ of tp.setInterval(10000, 1, { ref: false })) settled = true;
})();
// A referenced timer that does run.
let refRan = false;
tp.setTimeout(5, 'ok').then((v) => { refRan = v === 'ok'; });

process.on('exit', () => {
  assert.strictEqual(settled, false);
  assert.strictEqual(refRan, true);
  assert.ok(Date.now() - start < 9000);
});
