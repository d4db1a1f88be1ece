'use strict';
// Runs every scenario against one implementation and prints the traces as
// JSON: { "<file>/<name>": ["line", ...], ... }.
//
//   node run-scenarios.js node|mosaic [name-substring]
//
// A scenario is { name, fn(t) }; t.log() records a line, t.done() (or the
// promise fn returns settling) ends it. After that the harness lets the
// event loop settle briefly so trailing events ('close', ...) are recorded.

const fs = require('fs');
const path = require('path');
const util = require('util');

const impl = process.argv[2];
const filter = process.argv[3] || '';
const TIMEOUT = Number(process.env.SCENARIO_TIMEOUT || 2000);

let stream;
let promises;
let builtin;
if (impl === 'node') {
  builtin = require;
  stream = require('stream');
  promises = require('stream/promises');
} else if (impl === 'mosaic') {
  const loader = require('./loader');
  builtin = loader.require;
  stream = loader.require('stream');
  promises = loader.require('stream/promises');
} else {
  console.error('usage: node run-scenarios.js node|mosaic [filter]');
  process.exit(2);
}

const { fmt } = require('./fmt');

let current = null;  // the trace lines of the running scenario

process.on('uncaughtException', (err) => {
  if (current) current.push(`UNCAUGHT ${fmt(err)}`);
  else process.stderr.write(`uncaught outside a scenario: ${util.inspect(err)}\n`);
});
process.on('unhandledRejection', (err) => {
  if (current) current.push(`UNHANDLED_REJECTION ${fmt(err)}`);
});
process.on('warning', (w) => {
  if (current) current.push(`WARNING ${w.name} ${w.message}`);
});
process.noDeprecation = false;

const DEFAULT_EVENTS = ['error', 'end', 'finish', 'close'];

function makeContext(lines, name) {
  let resolveDone;
  const donePromise = new Promise((resolve) => { resolveDone = resolve; });
  const t = {
    name,
    impl,
    stream,
    promises,
    builtin,
    Buffer,
    log(...args) {
      lines.push(args.map((a) => (typeof a === 'string' ? a : fmt(a))).join(' '));
    },
    done() { resolveDone(); },
    // Logs the given events of `s` as "<label> <event> <args>".
    trace(s, label, events = DEFAULT_EVENTS) {
      for (const ev of events) {
        s.on(ev, (...args) => {
          const shown = ev === 'pipe' || ev === 'unpipe' ? [] : args;
          lines.push([`${label} ${ev}`, ...shown.map(fmt)].join(' ').trimEnd());
        });
      }
      return s;
    },
    // Logs what a callback receives.
    cb(label) {
      return (...args) => {
        lines.push([`${label} cb`, ...args.map(fmt)].join(' ').trimEnd());
      };
    },
    delay(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); },
    immediate() { return new Promise((resolve) => setImmediate(resolve)); },
    tick() { return new Promise((resolve) => process.nextTick(resolve)); },
    state(s) {
      const r = s._readableState;
      const w = s._writableState;
      const out = [];
      if (r) out.push(`r{len=${r.length} flowing=${r.flowing} ended=${r.ended} endEmitted=${r.endEmitted} reading=${r.reading} needReadable=${r.needReadable} destroyed=${r.destroyed} errored=${!!r.errored}}`);
      if (w) out.push(`w{len=${w.length} ending=${w.ending} finished=${w.finished} writing=${w.writing} corked=${w.corked} needDrain=${w.needDrain} destroyed=${w.destroyed} errored=${!!w.errored} buffered=${w.buffered.length - (w.bufferedIndex || 0)}}`);
      return out.join(' ');
    },
  };
  return { t, donePromise };
}

async function settle() {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 2));
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
}

// TRACE_TICKS=1: every process.nextTick() scheduled (and run) while a
// scenario runs is recorded as 'T+'/'T-', so the traces also compare the
// tick structure, not only what the scenario logs.
const TRACE_TICKS = process.env.TRACE_TICKS === '1';
const originalNextTick = process.nextTick;
function tracingNextTick(fn, ...args) {
  const lines = current;
  if (lines) lines.push('T+');
  return originalNextTick.call(process, function traced(...a) {
    if (lines && lines === current) lines.push('T-');
    return Reflect.apply(fn, this, a);
  }, ...args);
}

async function runOne(file, scenario) {
  const lines = [];
  current = lines;
  if (TRACE_TICKS) process.nextTick = tracingNextTick;
  const { t, donePromise } = makeContext(lines, scenario.name);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => { lines.push('TIMEOUT'); resolve(); }, scenario.timeout || TIMEOUT);
  });
  // Start from a fresh macrotask (not from a promise continuation), so
  // that the scenario sees the same tick/microtask context every time.
  const started = await new Promise((resolve) => {
    setImmediate(() => {
      try {
        resolve({ ret: scenario.fn(t) });
      } catch (err) {
        resolve({ err });
      }
    });
  });
  if (started.err !== undefined) {
    lines.push(`THREW ${fmt(started.err)}`);
  } else {
    const ret = started.ret;
    const waitFor = [donePromise, timeout];
    if (ret && typeof ret.then === 'function') {
      waitFor[0] = ret.then(() => {}, (err) => { lines.push(`REJECTED ${fmt(err)}`); });
      if (scenario.waitDone) waitFor[0] = waitFor[0].then(() => donePromise);
    }
    await Promise.race(waitFor);
  }
  clearTimeout(timer);
  await settle();
  current = null;
  process.nextTick = originalNextTick;
  return lines;
}

async function main() {
  const dir = path.join(__dirname, 'scenarios');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  const results = {};
  for (const f of files) {
    const scenarios = require(path.join(dir, f));
    for (const sc of scenarios) {
      const key = `${f.replace(/\.js$/, '')}/${sc.name}`;
      if (filter && !key.includes(filter)) continue;
      if (key in results) throw new Error(`duplicate scenario ${key}`);
      results[key] = await runOne(f, sc);
    }
  }
  process.stdout.write(JSON.stringify(results));
  // Stray handles of a broken scenario must not keep us alive.
  process.exit(0);
}

main();
