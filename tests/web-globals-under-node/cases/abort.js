'use strict';

const { attempt, sleep, nextTurn } = require('../lib/describe');

const getter = (C, key) => Object.getOwnPropertyDescriptor(C.prototype, key).get;

function reasonOf(signal) {
  const r = signal.reason;
  return { aborted: signal.aborted, reason: r, isDOMException: r instanceof Error && r.constructor.name === 'DOMException' };
}

module.exports = [
  { name: 'fresh controller state',
    run: (G) => {
      const ac = new G.AbortController();
      return [ac.signal === ac.signal, ac.signal.aborted, ac.signal.reason,
              ac.signal.throwIfAborted(), ac.signal instanceof G.EventTarget,
              ac.signal.onabort];
    } },
  { name: 'abort() default reason is an AbortError DOMException',
    run: (G) => {
      const ac = new G.AbortController();
      ac.abort();
      const r = ac.signal.reason;
      return [reasonOf(ac.signal), r.code, r instanceof G.DOMException, r.stack.split('\n')[0]];
    } },
  { name: 'abort(reason) keeps any reason, undefined means default',
    run: (G) => [undefined, null, 0, '', false, { a: 1 }, new Error('e')].map((r) => {
      const ac = new G.AbortController();
      ac.abort(r);
      return [typeof ac.signal.reason, ac.signal.reason === r,
              ac.signal.reason?.name];
    }) },
  { name: 'abort twice keeps the first reason and fires once',
    run: (G) => {
      const ac = new G.AbortController();
      let n = 0;
      ac.signal.addEventListener('abort', () => n++);
      ac.abort('one');
      ac.abort('two');
      return [ac.signal.reason, n];
    } },
  { name: 'abort event is trusted, not cancelable, at target',
    run: (G) => {
      const ac = new G.AbortController();
      let seen;
      ac.signal.addEventListener('abort', (e) => {
        seen = [e.type, e.isTrusted, e.bubbles, e.cancelable, e.constructor.name,
                e.target === ac.signal, e.eventPhase, ac.signal.aborted];
      });
      ac.abort();
      return seen;
    } },
  { name: 'abort from inside an abort listener is a no-op',
    run: (G) => {
      const ac = new G.AbortController();
      const log = [];
      ac.signal.addEventListener('abort', () => {
        log.push(ac.signal.aborted);
        ac.abort('again');
        log.push(ac.signal.reason);
      });
      ac.abort('first');
      return log;
    } },
  { name: 'throwIfAborted throws the reason itself',
    run: (G) => {
      const s = G.AbortSignal.abort('why');
      const e = new Error('x');
      const s2 = G.AbortSignal.abort(e);
      let thrown;
      try { s2.throwIfAborted(); } catch (err) { thrown = err; }
      return [attempt(() => s.throwIfAborted()), thrown === e];
    } },
  { name: 'AbortSignal.abort()',
    run: (G) => {
      const a = G.AbortSignal.abort();
      const b = G.AbortSignal.abort(undefined);
      const c = G.AbortSignal.abort(null);
      return [reasonOf(a), b.reason.name, c.reason, a instanceof G.AbortSignal,
              G.AbortSignal.abort('x').reason];
    } },
  { name: 'new AbortSignal() is illegal',
    run: (G) => [attempt(() => new G.AbortSignal()), attempt(() => G.AbortSignal())] },
  { name: 'AbortSignal brand checks',
    run: (G) => [attempt(() => getter(G.AbortSignal, 'aborted').call({})),
                 attempt(() => getter(G.AbortSignal, 'reason').call({})),
                 attempt(() => G.AbortSignal.prototype.throwIfAborted.call({}))] },
  { name: 'AbortController brand checks (private #signal)',
    run: (G) => [attempt(() => getter(G.AbortController, 'signal').call({})),
                 attempt(() => G.AbortController.prototype.abort.call({}))] },
  { name: 'AbortSignal.timeout argument validation',
    run: (G) => [undefined, -1, 1.5, '1', 2 ** 53, 2 ** 32, NaN, Infinity, null].map(
      (d) => attempt(() => G.AbortSignal.timeout(d).aborted)) },
  { name: 'AbortSignal.timeout aborts with a TimeoutError',
    run: async (G) => {
      const s = G.AbortSignal.timeout(5);
      const before = s.aborted;
      const evt = await new Promise((resolve) => { s.onabort = (e) => resolve(e); });
      const r = s.reason;
      return [before, s.aborted, evt.isTrusted, r.name, r.message, r.code,
              r instanceof G.DOMException];
    } },
  { name: 'AbortSignal.timeout(0) is not aborted synchronously',
    run: async (G) => {
      const s = G.AbortSignal.timeout(0);
      const sync = s.aborted;
      await sleep(20);
      return [sync, s.aborted, s.reason?.name];
    } },
  { name: 'AbortSignal.timeout does not keep the loop alive',
    run: async (G) => {
      // The timer must be unref'd: check from a child process that exits
      // before the 60 s timeout.
      const { execFileSync } = require('child_process');
      const path = require('path');
      const script = G.kind === 'node' ?
        'AbortSignal.timeout(60000).addEventListener("abort", () => {}); console.log("done")' :
        `const { mosaicGlobals } = require(${JSON.stringify(path.join(__dirname, '..', 'lib', 'globals.js'))});
         const M = mosaicGlobals();
         M.AbortSignal.timeout(60000).addEventListener('abort', () => {}); console.log('done')`;
      const start = Date.now();
      const out = execFileSync(process.execPath, ['-e', script], { timeout: 20000 }).toString().trim();
      return [out, Date.now() - start < 15000];
    } },
  { name: 'AbortSignal.any argument validation',
    run: (G) => [undefined, 1, 'ab', new Set(), [1], [null], [undefined], [{}],
                 [new G.AbortController().signal, 1]].map(
      (v) => attempt(() => G.AbortSignal.any(v).aborted)) },
  { name: 'AbortSignal.any accepts duck-typed signals like Node',
    run: (G) => attempt(() => G.AbortSignal.any([{ aborted: false }]).aborted) },
  { name: 'AbortSignal.any([]) never aborts',
    run: async (G) => {
      const s = G.AbortSignal.any([]);
      await nextTurn();
      return [s.aborted, s.reason, s instanceof G.AbortSignal];
    } },
  { name: 'AbortSignal.any follows its sources',
    run: (G) => {
      const a = new G.AbortController();
      const b = new G.AbortController();
      const any = G.AbortSignal.any([a.signal, b.signal]);
      const log = [];
      any.addEventListener('abort', (e) => log.push(['any', e.isTrusted, any.reason]));
      const before = any.aborted;
      b.abort('B');
      a.abort('A');
      return [before, any.aborted, any.reason, any === a.signal, log];
    } },
  { name: 'AbortSignal.any with an already aborted input returns an aborted signal without firing',
    run: async (G) => {
      const s = G.AbortSignal.any([new G.AbortController().signal,
                                   G.AbortSignal.abort('x'), G.AbortSignal.abort('y')]);
      let fired = false;
      s.onabort = () => { fired = true; };
      await nextTurn();
      return [s.aborted, s.reason, fired];
    } },
  { name: 'AbortSignal.any ordering: source listeners, then dependants',
    run: (G) => {
      const a1 = new G.AbortController();
      const a2 = new G.AbortController();
      const any = G.AbortSignal.any([a1.signal, a2.signal]);
      const any2 = G.AbortSignal.any([any]);
      const any3 = G.AbortSignal.any([any2, a2.signal]);
      const log = [];
      a1.signal.addEventListener('abort', () => log.push(['a1', any.aborted, any2.aborted, any3.aborted]));
      any.addEventListener('abort', () => log.push(['any', any.reason, any2.aborted, any3.aborted]));
      any2.addEventListener('abort', () => log.push(['any2', any2.reason, any3.aborted]));
      any3.addEventListener('abort', () => log.push(['any3', any3.reason]));
      a1.abort('R1');
      a2.abort('R2');
      return log;
    } },
  { name: 'AbortSignal.any with a duplicate source fires once',
    run: (G) => {
      const c = new G.AbortController();
      const s = G.AbortSignal.any([c.signal, c.signal]);
      let n = 0;
      s.addEventListener('abort', () => n++);
      c.abort();
      return [n, s.reason === c.signal.reason];
    } },
  { name: 'AbortSignal.any of a timeout signal',
    run: async (G) => {
      const s = G.AbortSignal.any([G.AbortSignal.timeout(5)]);
      await new Promise((resolve) => s.addEventListener('abort', resolve));
      return [s.aborted, s.reason.name];
    } },
  { name: 'abort listener with signal option on the same signal',
    run: (G) => {
      const ac = new G.AbortController();
      let n = 0;
      ac.signal.addEventListener('abort', () => n++, { signal: ac.signal });
      ac.abort();
      return n;
    } },
  { name: 'lengths and names',
    run: (G) => [G.AbortController.length, G.AbortSignal.length, G.AbortSignal.abort.length,
                 G.AbortSignal.timeout.length, G.AbortSignal.any.length,
                 G.AbortController.prototype.abort.length, G.AbortController.name,
                 G.AbortSignal.name, Object.getPrototypeOf(G.AbortSignal) === G.EventTarget] },
];
