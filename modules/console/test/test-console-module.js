'use strict';
// require('console') is the global console object; its Console property is
// the class, which builds consoles writing to any stream.
const assert = require('assert');

const mod = require('console');
assert.strictEqual(mod, console);
assert.strictEqual(require('node:console'), mod);
assert.strictEqual(typeof mod.Console, 'function');
assert.strictEqual(mod.Console.name, 'Console');
for (const name of ['log', 'info', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog',
  'trace', 'assert', 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug']) {
  assert.strictEqual(typeof mod[name], 'function', name);
}
// The global console's methods are bound: they work detached.
const { log } = mod;
assert.strictEqual(typeof log, 'function');

// A Console of our own, on a fake stream.
const out = [];
const err = [];
// (Node's Console listens for 'error' on its streams: they must be emitters.)
const EventEmitter = require('events');
const stream = (sink) => Object.assign(new EventEmitter(), {
  write(chunk) {
    sink.push(String(chunk));
    return true;
  },
});
const c = new mod.Console(stream(out), stream(err));
c.log('a %s %d', 'b', 42);
c.error('oops');
c.group('g');
c.info({ x: [1, 2] });
c.groupEnd();
c.count();
c.count();
assert.deepStrictEqual(out, ['a b 42\n', 'g\n', '  { x: [ 1, 2 ] }\n', 'default: 1\n', 'default: 2\n']);
assert.deepStrictEqual(err, ['oops\n']);
assert.ok(c instanceof mod.Console);

// The options form; without new it still constructs.
const c2 = mod.Console({ stdout: stream(out), stderr: stream(err) });
assert.ok(c2 instanceof mod.Console);
assert.throws(() => new mod.Console(), { code: 'ERR_CONSOLE_WRITABLE_STREAM' });

// Replacing the global leaves the module alone.
globalThis.console = { replaced: true };
assert.strictEqual(require('console'), mod);
globalThis.console = mod;
