'use strict';
// writeHeapSnapshot writes the .heapsnapshot JSON (to a given path or node's
// default name in the working directory); getHeapSnapshot streams it.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const v8 = require('v8');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v8-snapshot-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function checkSnapshot(text) {
  const snapshot = JSON.parse(text);
  assert.ok(snapshot.snapshot.node_count > 1000);
  assert.ok(Array.isArray(snapshot.nodes) && Array.isArray(snapshot.strings));
  // A value of this program's is in it.
  assert.ok(snapshot.strings.includes('MarkerForTheHeapSnapshot'));
}
class MarkerForTheHeapSnapshot {}
globalThis.marker = new MarkerForTheHeapSnapshot();

const file = path.join(dir, 'given.heapsnapshot');
assert.strictEqual(v8.writeHeapSnapshot(file), file);
checkSnapshot(fs.readFileSync(file, 'utf8'));

const cwd = process.cwd();
process.chdir(dir);
const name = v8.writeHeapSnapshot();
process.chdir(cwd);
assert.match(name, new RegExp(`^Heap\\.\\d{8}\\.\\d{6}\\.${process.pid}\\.0\\.\\d{3}\\.heapsnapshot$`));
assert.ok(fs.statSync(path.join(dir, name)).size > 100000);

assert.throws(() => v8.writeHeapSnapshot(path.join(dir, 'missing', 'x.heapsnapshot')), {
  code: 'ENOENT', syscall: 'open',
});
assert.throws(() => v8.writeHeapSnapshot(1), { code: 'ERR_INVALID_ARG_TYPE' });

const chunks = [];
const stream = v8.getHeapSnapshot();
stream.on('data', (chunk) => chunks.push(chunk));
stream.on('close', () => {
  checkSnapshot(Buffer.concat(chunks).toString());
  chunks.length = 0;
});
process.on('exit', () => assert.strictEqual(chunks.length, 0));
