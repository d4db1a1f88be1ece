'use strict';
// tty.WriteStream emits 'resize' (with new columns/rows) on SIGWINCH.
const assert = require('assert');
const tty = require('tty');

const testing = require('./fixtures/pty').ptyTestingOrSkip();

const [master, slave] = testing.openpty();
testing.setWindowSize(master, 80, 24);
const out = new tty.WriteStream(slave);
assert.deepStrictEqual([out.columns, out.rows], [80, 24]);

const sizes = [];
out.on('resize', () => sizes.push([out.columns, out.rows]));

// Same size: no event.
process.kill(process.pid, 'SIGWINCH');
setTimeout(() => {
  testing.setWindowSize(master, 132, 50);
  process.kill(process.pid, 'SIGWINCH');
  setTimeout(() => {
    assert.deepStrictEqual(sizes, [[132, 50]]);
    assert.deepStrictEqual(out.getWindowSize(), [132, 50]);
    out.destroy();
    out.on('close', () => {
      testing.closeFd(master);
      testing.closeFd(slave);
    });
  }, 50);
}, 50);
