'use strict';
// Many concurrent operations (well beyond the thread pool size) of mixed
// kinds all complete with the right results.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-conc-'));

const N = 300;
let done = 0;
for (let i = 0; i < N; i++) {
  const f = path.join(tmp, `f${i}`);
  const body = `file ${i} `.repeat(i % 50 + 1);
  fs.writeFile(f, body, (err) => {
    assert.ifError(err);
    fs.stat(f, (err2, st) => {
      assert.ifError(err2);
      assert.strictEqual(st.size, Buffer.byteLength(body));
      fs.readFile(f, 'utf8', (err3, data) => {
        assert.ifError(err3);
        assert.strictEqual(data, body);
        fs.unlink(f, (err4) => {
          assert.ifError(err4);
          done++;
        });
      });
    });
  });
}
process.on('exit', () => {
  assert.strictEqual(done, N);
  assert.deepStrictEqual(fs.readdirSync(tmp), []);
});
// Cleanup last: the exit checks above still need the files.
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
