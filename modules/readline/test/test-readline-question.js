'use strict';
// readline question(), prompts and the util.promisify hook.
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

class Input extends EventEmitter {
  pause() { return this; }
  resume() { return this; }
  write(chunk) { this.emit('data', chunk); }
}
class Output extends EventEmitter {
  constructor() { super(); this.data = ''; }
  write(d) { this.data += d; return true; }
}

async function main() {
  const input = new Input();
  const output = new Output();
  const rl = readline.createInterface({ input, output, prompt: 'P> ' });
  assert.strictEqual(rl.terminal, false);
  const lines = [];
  rl.on('line', (l) => lines.push(l));

  rl.prompt();
  rl.setPrompt('Q$ ');
  assert.strictEqual(rl.getPrompt(), 'Q$ ');
  rl.prompt(true);
  assert.strictEqual(output.data, 'P> Q$ ');

  let answer;
  rl.question('name? ', (a) => { answer = a; });
  assert.strictEqual(output.data, 'P> Q$ name? ');
  input.write('Ada\nnext line\n');
  assert.strictEqual(answer, 'Ada');
  assert.deepStrictEqual(lines, ['next line']);  // the answer is not a 'line'
  assert.strictEqual(rl.getPrompt(), 'Q$ ');      // prompt restored

  // Non-function callbacks: nothing asked.
  rl.question('ignored? ');
  rl.question('ignored? ', 'options');
  assert.strictEqual(output.data, 'P> Q$ name? ');

  // A string query is required (when there is an output).
  assert.throws(() => rl.question(1, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stringToWrite" argument must be of type string. Received type number (1)',
  });
  rl.close();

  // Cancelling with a signal: the callback is never called.
  const input2 = new Input();
  const output2 = new Output();
  const rl2 = readline.createInterface({ input: input2, output: output2 });
  rl2.question('q1 ', { signal: AbortSignal.abort() }, () => assert.fail('aborted'));
  assert.strictEqual(output2.data, '');
  const ac = new AbortController();
  rl2.question('q2 ', { signal: ac.signal }, () => assert.fail('aborted'));
  ac.abort();
  assert.strictEqual(output2.data, 'q2 \r\n');
  const seen = [];
  rl2.on('line', (l) => seen.push(l));
  input2.write('plain\n');
  assert.deepStrictEqual(seen, ['plain']);
  assert.throws(() => rl2.question('x', { signal: 1 }, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
             'Received type number (1)',
  });

  // util.promisify(rl.question)
  const ask = readline.Interface.prototype.question[Symbol.for('nodejs.util.promisify.custom')];
  const p = ask.call(rl2, 'promised? ');
  input2.write('yes\n');
  assert.strictEqual(await p, 'yes');
  const ac2 = new AbortController();
  const p2 = ask.call(rl2, 'abort me? ', { signal: ac2.signal });
  ac2.abort('why');
  await assert.rejects(p2, { name: 'AbortError', code: 'ABORT_ERR', cause: 'why' });
  await assert.rejects(ask.call(rl2, 'x', { signal: AbortSignal.abort('pre') }),
                       { name: 'AbortError', cause: 'pre' });
  rl2.close();
}

let done = false;
main().then(() => { done = true; });
process.on('exit', () => assert.ok(done));
