'use strict';
// Shape of the readline and readline/promises modules.
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');
const readlinePromises = require('readline/promises');

assert.deepStrictEqual(Object.keys(readline).sort(), [
  'Interface', 'clearLine', 'clearScreenDown', 'createInterface', 'cursorTo',
  'emitKeypressEvents', 'moveCursor', 'promises',
]);
assert.deepStrictEqual(Object.keys(readlinePromises).sort(),
                       ['Interface', 'Readline', 'createInterface']);
assert.strictEqual(readline.promises, readlinePromises);
assert.strictEqual(require('node:readline/promises'), readlinePromises);

assert.strictEqual(readline.Interface.length, 4);
assert.strictEqual(readline.createInterface.length, 4);
assert.strictEqual(readline.cursorTo.length, 4);
assert.strictEqual(readline.moveCursor.length, 4);
assert.strictEqual(readline.clearLine.length, 3);
assert.strictEqual(readline.clearScreenDown.length, 2);

// Both Interfaces share one base class, an EventEmitter.
const Base = Object.getPrototypeOf(readline.Interface);
assert.strictEqual(Object.getPrototypeOf(readlinePromises.Interface), Base);
assert.strictEqual(Base.name, 'Interface');
assert.notStrictEqual(readlinePromises.Interface, readline.Interface);
for (const name of ['setPrompt', 'getPrompt', 'prompt', 'close', 'pause', 'resume',
                    'write', 'clearLine', 'getCursorPos']) {
  assert.strictEqual(typeof Base.prototype[name], 'function', name);
}
assert.strictEqual(typeof Base.prototype[Symbol.asyncIterator], 'function');
// Legacy underscore methods stay on readline.Interface.
for (const name of ['_onLine', '_writeToOutput', '_ttyWrite', '_refreshLine',
                    '_insertString', '_getDisplayPos', '_moveCursor']) {
  assert.strictEqual(typeof readline.Interface.prototype[name], 'function', name);
}
assert.strictEqual(typeof readline.Interface.prototype.question, 'function');
assert.strictEqual(typeof readline.Interface.prototype.question[
  Symbol.for('nodejs.util.promisify.custom')], 'function');

class Input extends EventEmitter {
  pause() { return this; }
  resume() { return this; }
}

// Callable without `new`; createInterface makes the same kind.
const rl1 = readline.Interface(new Input());
assert.ok(rl1 instanceof readline.Interface);
assert.ok(rl1 instanceof EventEmitter);
const rl2 = readline.createInterface({ input: new Input() });
assert.ok(rl2 instanceof readline.Interface);
const rl3 = readlinePromises.createInterface({ input: new Input() });
assert.ok(rl3 instanceof readlinePromises.Interface);
assert.ok(!(rl3 instanceof readline.Interface));
assert.ok(rl3 instanceof Base);
assert.strictEqual(typeof rl3.question('x? '), 'object');

// Defaults.
assert.strictEqual(rl2.terminal, false);
assert.strictEqual(rl2.line, '');
assert.deepStrictEqual(rl2.history, []);
assert.strictEqual(rl2.historySize, 30);
assert.strictEqual(rl2.crlfDelay, 100);
assert.strictEqual(rl2.tabSize, 8);
assert.strictEqual(rl2.escapeCodeTimeout, 500);
assert.strictEqual(rl2.getPrompt(), '> ');
assert.strictEqual(rl2.closed, undefined);
for (const rl of [rl1, rl2, rl3]) rl.close();
assert.strictEqual(rl2.closed, true);
