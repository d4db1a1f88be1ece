'use strict';
// fs streams call fs.open/read/write/writev/close through the fs module,
// as node's do: replacing them (graceful-fs, mocks) takes effect, even
// after the stream was made.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(process.env.MOSAIC_TEST_TMPDIR || os.tmpdir(), `patched-fs-${process.pid}.txt`);
const seen = new Set();
const originals = {};
for (const name of ['open', 'close', 'read', 'write', 'writev']) {
  originals[name] = fs[name];
  fs[name] = function(...args) {
    seen.add(name);
    return Reflect.apply(originals[name], this, args);
  };
}

const out = fs.createWriteStream(file);
out.cork();
out.write('a');
out.write('b');
out.write('c');
process.nextTick(() => out.uncork());
out.end();
out.on('finish', () => {
  const input = fs.createReadStream(file, { encoding: 'utf8' });
  let text = '';
  input.on('data', (chunk) => { text += chunk; });
  input.on('close', () => {
    assert.strictEqual(text, 'abc');
    assert.deepStrictEqual([...seen].sort(), ['close', 'open', 'read', 'writev']);
    for (const name of Object.keys(originals)) fs[name] = originals[name];
    fs.unlinkSync(file);
  });
});
