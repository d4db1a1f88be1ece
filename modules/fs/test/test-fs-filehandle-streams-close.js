'use strict';
// A FileHandle under an fs stream: closing the handle closes the stream,
// once, and the close() promise settles when the stream has let go; the
// handle's fd reads -1 from the moment it really closes. Its
// readableWebStream gives ArrayBuffers (Uint8Arrays as a byte stream) and
// ends when the handle closes.
const assert = require('assert');
const fs = require('fs');

async function closeUnderReadStream() {
  const handle = await fs.promises.open(__filename, 'r');
  const events = [];
  handle.on('close', () => events.push('handle close'));
  const stream = fs.createReadStream(null, { fd: handle });
  stream.on('close', () => events.push('stream close'));
  await handle.close();
  events.push('resolved');
  assert.deepStrictEqual(events, ['handle close', 'stream close', 'resolved']);
  assert.strictEqual(handle.fd, -1);
}

async function closeWhileReading() {
  const handle = await fs.promises.open(__filename, 'r');
  const stream = fs.createReadStream(null, { fd: handle, highWaterMark: 16 });
  const closed = new Promise((resolve) => stream.on('close', resolve));
  await new Promise((resolve) => stream.once('data', resolve));
  await handle.close();
  await closed;
  assert.strictEqual(stream.destroyed, true);
}

async function closeAfterReadingWithoutAutoClose() {
  const handle = await fs.promises.open(__filename, 'r');
  const stream = handle.createReadStream({ autoClose: false });
  let text = '';
  for await (const chunk of stream) text += chunk;
  assert.strictEqual(text, fs.readFileSync(__filename, 'utf8'));
  await handle.close();
  assert.strictEqual(handle.fd, -1);
}

async function webStreams() {
  const handle = await fs.promises.open(__filename, 'r');
  let size = 0;
  for await (const chunk of handle.readableWebStream()) {
    assert.ok(chunk instanceof ArrayBuffer);
    size += chunk.byteLength;
  }
  assert.strictEqual(size, fs.statSync(__filename).size);
  await handle.close();

  const bytesHandle = await fs.promises.open(__filename, 'r');
  for await (const chunk of bytesHandle.readableWebStream({ type: 'bytes' })) assert.ok(chunk instanceof Uint8Array);
  await bytesHandle.close();

  const early = await fs.promises.open(__filename, 'r');
  const reader = early.readableWebStream().getReader();
  await early.close();
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
}

(async () => {
  await closeUnderReadStream();
  await closeWhileReading();
  await closeAfterReadingWithoutAutoClose();
  await webStreams();
  process.exitCode = 0;
})();
process.exitCode = 1;  // set back to 0 only when every case ran
