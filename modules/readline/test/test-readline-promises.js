'use strict';
// readline/promises: question() returns a promise; Readline batches
// cursor actions.
const assert = require('assert');
const EventEmitter = require('events');
const readlinePromises = require('readline/promises');

class Input extends EventEmitter {
  pause() { return this; }
  resume() { return this; }
  write(chunk) { this.emit('data', chunk); }
}
class Output extends EventEmitter {
  constructor() {
    super();
    this.data = '';
    this.writes = 0;
    this.writable = true;
  }
  write(d, cb) {
    this.data += d;
    this.writes++;
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  }
}

async function main() {
  const input = new Input();
  const output = new Output();
  const rl = readlinePromises.createInterface({ input, output });
  const q = rl.question('name? ');
  assert.ok(q instanceof Promise);
  input.write('bob\n');
  assert.strictEqual(await q, 'bob');

  const ac = new AbortController();
  const q2 = rl.question('x? ', { signal: ac.signal });
  ac.abort('r');
  await assert.rejects(q2, {
    name: 'AbortError', code: 'ABORT_ERR', message: 'The operation was aborted', cause: 'r',
  });
  await assert.rejects(rl.question('y? ', { signal: AbortSignal.abort() }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause.name, 'AbortError');
    return true;
  });
  await assert.rejects(rl.question('y? ', { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(output.data, 'name? x? \r\n');
  // An answer after a cancelled question is a plain line.
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  input.write('free\n');
  assert.deepStrictEqual(lines, ['free']);
  rl.close();
  await assert.rejects(rl.question('after'), { code: 'ERR_USE_AFTER_CLOSE' });

  // Readline
  const { Readline } = readlinePromises;
  assert.throws(() => new Readline({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of Writable. Received an instance of Object',
  });
  const closedStream = new Output();
  closedStream.writable = false;
  assert.throws(() => new Readline(closedStream), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Readline(output, { autoCommit: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  const out = new Output();
  const r = new Readline(out);
  assert.strictEqual(r.cursorTo(0), r);
  r.cursorTo(2, 3).moveCursor(-1, 2).moveCursor(3, -4).moveCursor(0, 0)
    .clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  assert.strictEqual(out.data, '');  // nothing until commit
  await r.commit();
  assert.strictEqual(out.data,
                     '\x1b[1G\x1b[4;3H\x1b[1D\x1b[2B\x1b[3C\x1b[4A' +
                     '\x1b[1K\x1b[2K\x1b[0K\x1b[0J');
  assert.strictEqual(out.writes, 1);
  await r.commit();  // nothing queued: an empty write
  assert.strictEqual(out.writes, 2);
  r.cursorTo(5);
  assert.strictEqual(r.rollback(), r);
  await r.commit();
  assert.strictEqual(out.writes, 3);
  assert.strictEqual(out.data.length, 42);
  assert.throws(() => r.cursorTo('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "x" argument must be of type number. Received type string (\'1\')',
  });
  assert.throws(() => r.cursorTo(1.5), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => r.cursorTo(1, 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.moveCursor(1, 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.clearLine(2), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "dir" is out of range. It must be >= -1 && <= 1. Received 2',
  });

  const auto = new Output();
  const ra = new Readline(auto, { autoCommit: true });
  ra.cursorTo(0).clearLine(0);
  assert.strictEqual(auto.data, '');
  await new Promise((resolve) => process.nextTick(resolve));
  assert.strictEqual(auto.data, '\x1b[1G\x1b[2K');
}

let done = false;
main().then(() => { done = true; });
process.on('exit', () => assert.ok(done));
