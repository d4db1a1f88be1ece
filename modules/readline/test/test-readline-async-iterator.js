'use strict';
// for await (const line of rl)
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');
const readlinePromises = require('readline/promises');

class Input extends EventEmitter {
  constructor() { super(); this.paused = false; }
  pause() { this.paused = true; return this; }
  resume() { this.paused = false; return this; }
  write(chunk) { this.emit('data', chunk); }
  end() { this.emit('end'); }
}

async function main() {
  // Lines fed in chunks, later and across boundaries.
  for (const factory of [readline, readlinePromises]) {
    const input = new Input();
    const rl = factory.createInterface({ input });
    setTimeout(() => {
      input.write('1\n2\r');
      input.write('\n3');
      setTimeout(() => {
        input.write('\n4');
        input.end();
      }, 5);
    }, 5);
    const lines = [];
    for await (const line of rl) lines.push(line);
    assert.deepStrictEqual(lines, ['1', '2', '3', '4']);
    assert.strictEqual(rl.closed, true);
  }

  // The iterator is cached; breaking out detaches it without closing.
  {
    const input = new Input();
    const rl = readline.createInterface({ input });
    const it = rl[Symbol.asyncIterator]();
    assert.strictEqual(rl[Symbol.asyncIterator](), it);
    assert.strictEqual(it[Symbol.asyncIterator](), it);
    setTimeout(() => input.write('a\nb\nc\n'), 5);
    const seen = [];
    for await (const line of rl) {
      seen.push(line);
      if (line === 'b') break;
    }
    assert.deepStrictEqual(seen, ['a', 'b']);
    assert.strictEqual(rl.closed, undefined);
    assert.strictEqual(rl.listenerCount('line'), 0);
    rl.close();
  }

  // Lines arriving before next() are queued, in order.
  {
    const input = new Input();
    const rl = readline.createInterface({ input });
    const it = rl[Symbol.asyncIterator]();
    input.write('x\ny\n');
    assert.deepStrictEqual(await it.next(), { value: 'x', done: false });
    assert.deepStrictEqual(await it.next(), { value: 'y', done: false });
    const pending = it.next();
    input.write('z\n');
    assert.deepStrictEqual(await pending, { value: 'z', done: false });
    // An 'error' event rejects, then the iterator is done.
    const failing = it.next();
    rl.emit('error', new Error('E'));
    await assert.rejects(failing, { message: 'E' });
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
    rl.close();
  }

  // Many unread lines pause the input; reading them resumes it.
  {
    const input = new Input();
    const rl = readline.createInterface({ input });
    let pauses = 0;
    rl.on('pause', () => pauses++);
    const it = rl[Symbol.asyncIterator]();
    input.write('l\n'.repeat(2000));
    assert.strictEqual(pauses, 1);
    assert.strictEqual(rl.paused, true);
    assert.strictEqual(input.paused, true);
    for (let i = 0; i < 2000; i++) {
      const { value, done } = await it.next();
      assert.strictEqual(value, 'l');
      assert.strictEqual(done, false);
    }
    assert.strictEqual(rl.paused, false);
    rl.close();
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  }
}

let done = false;
main().then(() => { done = true; });
process.on('exit', () => assert.ok(done));
