'use strict';

// Rough speed comparison against node's own util.inspect / console:
//   node --expose-internals core/js/test-harness/bench.js
// Prints ms per run for ours and node's, and the ratio (ours / node's).

const util = require('util');
const { Console: NodeConsole } = require('console');
const { createLoader } = require('./loader');

const loader = createLoader();
const mine = loader.require('internal/util/inspect');
const { Console: MyConsole } = loader.require('internal/console');

function time(fn, minMs = 300) {
  fn(); // warm up
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / runs;
}

function compare(name, mineFn, nodeFn) {
  // Alternate to even out JIT and GC effects.
  const a1 = time(mineFn);
  const b1 = time(nodeFn);
  const a2 = time(mineFn);
  const b2 = time(nodeFn);
  const a = Math.min(a1, a2);
  const b = Math.min(b1, b2);
  console.log(`${name.padEnd(36)} ours ${a.toFixed(4).padStart(10)} ms   node ${b.toFixed(4).padStart(10)} ms   x${(a / b).toFixed(2)}`);
}

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

const bigObject = Object.fromEntries(Array.from({ length: 10000 }, (_, i) => [`key${i}`, { id: i, tags: ['a', 'b'], name: `n${i}` }]));
const numbers = Array.from({ length: 100000 }, (_, i) => i * 3);
const points = Array.from({ length: 10000 }, (_, i) => new Point(i, -i));
const json = JSON.parse(JSON.stringify({
  users: Array.from({ length: 2000 }, (_, i) => ({
    id: i, name: `user ${i}`, email: `u${i}@example.com`, active: i % 2 === 0,
    roles: ['reader', 'writer'], profile: { age: 20 + (i % 50), city: 'Somewhere', score: i / 7 },
  })),
}));
const mixed = { map: new Map(Array.from({ length: 1000 }, (_, i) => [i, { v: i }])), set: new Set(numbers.slice(0, 1000)), date: new Date(0), err: new Error('x') };
const opts = { maxArrayLength: Infinity, depth: Infinity, breakLength: 80 };

compare('inspect big object (10k keys)', () => mine.inspect(bigObject, opts), () => util.inspect(bigObject, opts));
compare('inspect 100k numbers', () => mine.inspect(numbers, opts), () => util.inspect(numbers, opts));
compare('inspect 10k class instances', () => mine.inspect(points, opts), () => util.inspect(points, opts));
compare('inspect JSON-like (2k users)', () => mine.inspect(json, opts), () => util.inspect(json, opts));
compare('inspect maps/sets', () => mine.inspect(mixed, opts), () => util.inspect(mixed, opts));
compare('inspect small object', () => mine.inspect({ a: 1, b: 'two', c: [3] }), () => util.inspect({ a: 1, b: 'two', c: [3] }));
compare('inspect colors JSON-like', () => mine.inspect(json, { ...opts, colors: true }), () => util.inspect(json, { ...opts, colors: true }));
compare('format %s %d', () => mine.format('%s = %d', 'answer', 42), () => util.format('%s = %d', 'answer', 42));

const sink = { write() { return true; } };
// Node's Console wants an EventEmitter-ish stream.
const nodeSink = { write() { return true; }, listenerCount() { return 1; }, once() {}, removeListener() {} };
const myConsole = new MyConsole(sink);
const nodeConsole = new NodeConsole(nodeSink);
const many = (c, fn) => () => { for (let i = 0; i < 1000; i++) fn(c, i); };
compare('console.log(string) x1000', many(myConsole, (c) => c.log('hello world')), many(nodeConsole, (c) => c.log('hello world')));
compare('console.log(number) x1000', many(myConsole, (c, i) => c.log(i)), many(nodeConsole, (c, i) => c.log(i)));
compare('console.log(str, num) x1000', many(myConsole, (c, i) => c.log('i =', i)), many(nodeConsole, (c, i) => c.log('i =', i)));
compare('console.log(object) x1000', many(myConsole, (c, i) => c.log({ i })), many(nodeConsole, (c, i) => c.log({ i })));
