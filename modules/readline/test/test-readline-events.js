'use strict';
// pause / resume / close events, the AbortSignal option, use after close.
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

class Input extends EventEmitter {
  constructor() {
    super();
    this.calls = [];
  }
  pause() { this.calls.push('pause'); return this; }
  resume() { this.calls.push('resume'); return this; }
}

{
  const input = new Input();
  const rl = readline.createInterface({ input });
  assert.deepStrictEqual(input.calls, ['resume']);  // starts flowing
  const events = [];
  for (const name of ['pause', 'resume', 'close']) rl.on(name, () => events.push(name));
  assert.strictEqual(rl.pause(), rl);
  assert.strictEqual(rl.pause(), undefined);  // already paused: no event
  assert.strictEqual(rl.paused, true);
  assert.strictEqual(rl.resume(), rl);
  assert.strictEqual(rl.resume(), undefined);
  assert.strictEqual(rl.paused, false);
  rl.close();
  rl.close();  // once only
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'close']);
  assert.deepStrictEqual(input.calls, ['resume', 'pause', 'resume', 'pause']);
  assert.strictEqual(rl.closed, true);
  assert.strictEqual(input.listenerCount('data'), 0);
  assert.strictEqual(input.listenerCount('end'), 0);

  assert.throws(() => rl.question('again? ', () => {}), {
    code: 'ERR_USE_AFTER_CLOSE', name: 'Error', message: 'readline was closed',
  });
  // write() after close resumes but nothing is read any more.
  rl.write('late\n');
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'close', 'resume']);
}

{
  // 'end' of the input closes the interface after the last line.
  const input = new Input();
  const rl = readline.createInterface({ input });
  const events = [];
  rl.on('line', (l) => events.push(`line:${l}`));
  rl.on('close', () => events.push('close'));
  input.emit('data', 'x\ny');
  input.emit('end');
  assert.deepStrictEqual(events, ['line:x', 'line:y', 'close']);
}

{
  // write() feeds the interface like input data.
  const input = new Input();
  const rl = readline.createInterface({ input });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.pause();
  rl.write('w1\nw2');
  assert.strictEqual(rl.paused, false);
  rl.write('\n');
  assert.deepStrictEqual(lines, ['w1', 'w2']);
  rl.close();
}

{
  // signal: aborting closes; an already aborted signal closes on next tick.
  const ac = new AbortController();
  const rl = readline.createInterface({ input: new Input(), signal: ac.signal });
  let closed = 0;
  rl.on('close', () => closed++);
  ac.abort();
  assert.strictEqual(closed, 1);
  assert.strictEqual(rl.closed, true);

  const rl2 = readline.createInterface({ input: new Input(), signal: AbortSignal.abort() });
  assert.strictEqual(rl2.closed, undefined);
  let closed2 = false;
  rl2.on('close', () => { closed2 = true; });
  process.nextTick(() => {
    assert.strictEqual(closed2, true);
  });
}
