'use strict';
// createInterface option validation.
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

class Input extends EventEmitter {
  pause() { return this; }
  resume() { return this; }
}
const make = (options) => readline.createInterface({ input: new Input(), ...options });

assert.throws(() => make({ completer: 1 }), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: 'The argument \'completer\' is invalid. Received 1',
});
assert.throws(() => make({ history: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "history" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => make({ historySize: -1 }), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "historySize" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => make({ historySize: '1' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "historySize" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => make({ historySize: NaN }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => make({ tabSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "tabSize" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => make({ tabSize: '4' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => make({ escapeCodeTimeout: NaN }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The property \'input.escapeCodeTimeout\' is invalid. Received 500',
});
assert.throws(() => make({ signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
           'Received type number (1)',
});
assert.throws(() => readline.createInterface(), TypeError);

// Accepted values.
const rl = make({
  crlfDelay: 5, historySize: 0, tabSize: 4, escapeCodeTimeout: 50, prompt: '$ ',
  history: ['a'], removeHistoryDuplicates: 1,
});
assert.strictEqual(rl.crlfDelay, 100);  // never below 100
assert.strictEqual(rl.historySize, 0);
assert.strictEqual(rl.tabSize, 4);
assert.strictEqual(rl.escapeCodeTimeout, 50);
assert.strictEqual(rl.getPrompt(), '$ ');
assert.deepStrictEqual(rl.history, ['a']);
assert.strictEqual(rl.removeHistoryDuplicates, true);
rl.close();
const rl2 = make({ crlfDelay: Infinity });
assert.strictEqual(rl2.crlfDelay, Infinity);
rl2.close();
const rl3 = make({ crlfDelay: 250 });
assert.strictEqual(rl3.crlfDelay, 250);
rl3.close();

// Positional arguments; terminal follows output.isTTY unless given.
const tty = { isTTY: true, columns: 80, write() { return true; }, on() {}, removeListener() {} };
const input = new Input();
input.setRawMode = () => {};
const rl4 = readline.createInterface(input, tty);
assert.strictEqual(rl4.terminal, true);
assert.strictEqual(rl4.cursor, 0);
assert.strictEqual(rl4.historyIndex, -1);
rl4.close();
const rl5 = readline.createInterface(new Input(), tty, undefined, false);
assert.strictEqual(rl5.terminal, false);
assert.strictEqual(rl5.cursor, undefined);
rl5.close();
const rl6 = readline.createInterface(new Input(), null);
assert.strictEqual(rl6.terminal, false);
assert.strictEqual(rl6.output, null);
rl6.close();
