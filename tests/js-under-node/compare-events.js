'use strict';
// Mosaic's events vs node's: each scenario runs against both modules and
// returns a log; logs must be identical. Async scenarios (once/on,
// captureRejections, warnings) are awaited.
const { require: mrequire } = require('./loader');
const { Tally, describeError } = require('./common');
const util = require('util');

const Mine = mrequire('events');
const Theirs = require('events');
const t = new Tally('events');

const err = (e) => { const d = describeError(e); delete d.stack0; return d; };
const tryLog = (log, fn) => { try { log.push(['ok', fn()]); } catch (e) { log.push(['throw', err(e)]); } };
const insp = (v) => util.inspect(v, { showHidden: true, depth: 4 });

const scenarios = {
  shape(EE, log) {
    log.push(insp(new EE()));
    log.push(Object.getOwnPropertyNames(EE), Object.getOwnPropertyNames(EE.prototype));
    log.push(EE.prototype.emit.length, EE.length, EE.once.length, EE.on.length, EE.defaultMaxListeners);
    log.push(typeof EE.errorMonitor, String(EE.errorMonitor), String(EE.captureRejectionSymbol), EE.usingDomains);
    log.push(EE.EventEmitter === EE, EE.captureRejections, EE.prototype.on === EE.prototype.addListener,
             EE.prototype.off === EE.prototype.removeListener);
    log.push(Object.keys(EE));
  },
  basicEmit(EE, log) {
    const e = new EE();
    log.push(e.emit('x'));
    e.on('x', function(...args) { log.push(['x1', args, arguments.length, this === e]); });
    e.on('x', (...args) => log.push(['x2', args]));
    for (let n = 0; n <= 6; n++) log.push(e.emit('x', ...Array.from({ length: n }, (_, i) => i)));
    log.push(e.emit('x', undefined), e.emit('y'));
    log.push(e.listenerCount('x'), e.eventNames(), insp(e));
  },
  singleListenerArgs(EE, log) {
    const e = new EE();
    e.on('a', function() { log.push(['a', [...arguments], arguments.length]); });
    for (let n = 0; n <= 5; n++) e.emit('a', ...Array.from({ length: n }, (_, i) => `v${i}`));
  },
  once(EE, log) {
    const e = new EE();
    const f = (...a) => log.push(['once', a]);
    e.once('o', f);
    log.push(e.listeners('o')[0] === f, e.rawListeners('o')[0] === f, e.rawListeners('o')[0].listener === f);
    e.emit('o', 1, 2);
    e.emit('o', 3);
    log.push(e.listenerCount('o'));
    e.once('o', f);
    e.removeListener('o', f);
    log.push(e.listenerCount('o'), e.emit('o'));
    e.once('p', function() { log.push(['p', this === e, arguments.length]); });
    e.emit('p');
    // rawListeners wrapper called directly removes itself
    e.once('q', f);
    const w = e.rawListeners('q')[0];
    w('direct');
    log.push(e.listenerCount('q'));
    w('again');
  },
  prepend(EE, log) {
    const e = new EE();
    e.on('a', () => log.push(1));
    e.prependListener('a', () => log.push(0));
    e.prependOnceListener('a', () => log.push(-1));
    e.on('a', () => log.push(2));
    e.emit('a');
    e.emit('a');
  },
  newListenerRemoveListener(EE, log) {
    const e = new EE();
    e.on('newListener', (ev, l) => log.push(['new', String(ev), l.name]));
    e.on('removeListener', (ev, l) => log.push(['rm', String(ev), l.name]));
    function foo() {}
    function bar() {}
    e.on('a', foo);
    e.once('a', bar);
    e.on(Symbol('s'), foo);
    e.removeListener('a', bar);
    e.removeListener('a', foo);
    e.removeListener('zzz', foo);
    e.off('a', foo);
    e.on('b', foo);
    e.on('b', bar);
    e.on('c', foo);
    e.removeAllListeners('b');
    e.removeAllListeners();
    log.push(insp(e), e.eventNames());
  },
  newListenerAddsDuring(EE, log) {
    const e = new EE();
    e.once('newListener', (ev) => { if (ev === 'x') e.on('x', () => log.push('inner')); });
    e.on('x', () => log.push('outer'));
    e.emit('x');
  },
  removeDuringEmit(EE, log) {
    const e = new EE();
    const b = () => log.push('b');
    e.on('a', () => { log.push('a'); e.removeListener('a', b); });
    e.on('a', b);
    e.emit('a');
    e.emit('a');
    const c = () => { log.push('c'); e.on('z', () => log.push('added')); };
    e.on('z', c);
    e.on('z', () => log.push('d'));
    e.emit('z');
    e.emit('z');
  },
  removeListenerOrder(EE, log) {
    const e = new EE();
    const f = () => {};
    const g = () => {};
    e.on('a', f); e.on('a', g); e.on('a', f);
    e.removeListener('a', f);
    log.push(e.listeners('a').map((x) => (x === f ? 'f' : 'g')));
    e.removeListener('a', f);
    log.push(e.listeners('a').map((x) => (x === f ? 'f' : 'g')), insp(e));
    e.once('b', f); e.on('b', f);
    e.removeListener('b', f);
    log.push(e.rawListeners('b').map((x) => (x === f ? 'f' : 'wrapped')));
  },
  removeAllWithRemoveListener(EE, log) {
    const e = new EE();
    e.on('removeListener', (ev, l) => log.push(['rm', String(ev), l.name]));
    function a1() {} function a2() {} function b1() {}
    e.on('a', a1); e.on('a', a2); e.on('b', b1);
    e.removeAllListeners('a');
    log.push(e.eventNames());
    e.removeAllListeners();
    log.push(e.eventNames(), insp(e));
    e.removeAllListeners('nothing');
  },
  errors(EE, log) {
    const e = new EE();
    tryLog(log, () => e.emit('error', new Error('boom')));
    for (const v of [undefined, 5, 'str', { a: 1 }, null, Symbol('x'), [1]]) {
      tryLog(log, () => e.emit('error', v));
    }
    tryLog(log, () => e.emit('error'));
    e.on(EE.errorMonitor, (er) => log.push(['monitor', String(er)]));
    tryLog(log, () => e.emit('error', 'x'));
    e.on('error', (er) => log.push(['handled', String(er)]));
    tryLog(log, () => e.emit('error', 'y'));
    const bare = Object.create(EE.prototype);
    tryLog(log, () => bare.emit('error', new Error('bare')));
    tryLog(log, () => bare.emit('other'));
    const throwingInspect = { [util.inspect.custom]() { throw new Error('no'); }, toString() { return 'TS'; } };
    tryLog(log, () => new EE().emit('error', throwingInspect));
  },
  validation(EE, log) {
    const e = new EE();
    for (const bad of [undefined, null, 1, 'x', {}, Symbol('s')]) {
      tryLog(log, () => e.on('a', bad));
      tryLog(log, () => e.once('a', bad));
      tryLog(log, () => e.prependListener('a', bad));
      tryLog(log, () => e.prependOnceListener('a', bad));
      tryLog(log, () => e.removeListener('a', bad));
      tryLog(log, () => e.setMaxListeners(bad));
      tryLog(log, () => { EE.defaultMaxListeners = bad; });
      tryLog(log, () => EE.setMaxListeners(bad));
      tryLog(log, () => new EE({ captureRejections: bad }));
      tryLog(log, () => { EE.captureRejections = bad; });
      tryLog(log, () => EE.getMaxListeners(bad));
      tryLog(log, () => EE.getEventListeners(bad, 'x'));
      tryLog(log, () => EE.setMaxListeners(1, bad));
    }
    for (const n of [-1, NaN, 1.5, Infinity, 0]) {
      tryLog(log, () => e.setMaxListeners(n).getMaxListeners());
    }
    EE.defaultMaxListeners = 10;
    EE.captureRejections = false;
  },
  maxListeners(EE, log) {
    const e = new EE();
    log.push(e.getMaxListeners(), EE.getMaxListeners(e));
    e.setMaxListeners(3);
    log.push(e.getMaxListeners(), EE.getMaxListeners(e), e._maxListeners);
    EE.setMaxListeners(5, e);
    log.push(e.getMaxListeners());
    const prev = EE.defaultMaxListeners;
    EE.setMaxListeners(20);
    log.push(EE.defaultMaxListeners, new EE().getMaxListeners());
    EE.setMaxListeners();
    log.push(EE.defaultMaxListeners);
    EE.defaultMaxListeners = prev;
    const et = new EventTarget();
    tryLog(log, () => EE.getMaxListeners(et));
  },
  listenerCountStatic(EE, log) {
    const e = new EE();
    const f = () => {};
    e.on('a', f); e.on('a', f); e.once('a', f); e.on('b', () => {});
    log.push(EE.listenerCount(e, 'a'), e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount('b', f),
             e.listenerCount('zz'), e.listenerCount('zz', f), e.listenerCount('b'));
    e.on('c', f);
    log.push(e.listenerCount('c', f), e.listenerCount('c', () => {}));
    log.push(EE.listenerCount({ listenerCount() { return 42; } }, 'x'));
    log.push(EE.getEventListeners(e, 'a').length, EE.getEventListeners(e, 'zz'));
  },
  subclass(EE, log) {
    class Foo extends EE {}
    const f = new Foo();
    f.on('x', () => log.push('fx'));
    f.emit('x');
    log.push(insp(f), f instanceof EE);
    function Old() { EE.call(this); }
    Object.setPrototypeOf(Old.prototype, EE.prototype);
    const o = new Old();
    o.on('y', () => log.push('oy'));
    o.emit('y');
    log.push(insp(o));
    const p = Object.create(EE.prototype);
    p.on('z', () => log.push('pz'));
    p.emit('z');
    log.push(insp(p));
  },
  shapeMode(EE, log) {
    const e = new EE();
    EE.init.call(e);
    e.on('removeListener', (t) => log.push(['RL', t]));
    const f = () => {};
    e.on('a', f); e.on('b', f); e.on('b', f);
    e.removeListener('a', f);
    log.push(insp(e), e.eventNames());
    e.removeAllListeners('b');
    log.push(insp(e), e.eventNames());
    e.on('a', f);
    log.push(insp(e));
    e.removeAllListeners();
    log.push(insp(e), e.eventNames());
  },
  eventNamesSymbols(EE, log) {
    const e = new EE();
    const s = Symbol('sym');
    e.on('a', () => {}); e.on(s, () => {}); e.on('b', () => {});
    log.push(e.eventNames().map(String));
    e.on('__proto__', () => log.push('proto-event'));
    e.emit('__proto__');
    log.push(e.eventNames().map(String));
  },
  emitReturn(EE, log) {
    const e = new EE();
    e.on('x', () => 5);
    log.push(e.emit('x'), e.emit('nope'));
  },
  listenerThrows(EE, log) {
    const e = new EE();
    e.on('x', () => { throw new Error('inner'); });
    e.on('x', () => log.push('never'));
    tryLog(log, () => e.emit('x'));
  },
  asyncResource(EE, log) {
    const { EventEmitterAsyncResource: R } = EE;
    const r = new R({ name: 'Thing' });
    r.on('x', (v) => log.push(['x', v]));
    r.emit('x', 1);
    log.push(typeof r.asyncId, typeof r.triggerAsyncId, r.asyncResource.eventEmitter === r);
    tryLog(log, () => new R());
    tryLog(log, () => new R({ name: 5 }));
    const s = new R('named');
    log.push(s.asyncResource.constructor.name);
    tryLog(log, () => Reflect.get(R.prototype, 'asyncId', {}));
  },
  async staticOnce(EE, log) {
    const e = new EE();
    setTimeout(() => e.emit('go', 1, 2), 1);
    log.push(await EE.once(e, 'go'));
    const p = EE.once(e, 'go');
    log.push(e.listenerCount('go'), e.listenerCount('error'));
    e.emit('error', new Error('bad'));
    try { await p; } catch (er) { log.push(['rej', err(er)]); }
    log.push(e.listenerCount('go'), e.listenerCount('error'));
    const pe = EE.once(e, 'error');
    e.emit('error', 'as value');
    log.push(await pe);
    const ac = new AbortController();
    const pa = EE.once(e, 'never', { signal: ac.signal });
    ac.abort('why');
    try { await pa; } catch (er) { log.push(['abort', err(er), er.cause]); }
    log.push(e.listenerCount('never'), e.listenerCount('error'));
    try { await EE.once(e, 'x', { signal: AbortSignal.abort() }); } catch (er) { log.push(['pre-aborted', err(er)]); }
    for (const bad of [{ signal: 5 }, { signal: {} }, { signal: null }]) {
      try { await EE.once(e, 'x', bad); } catch (er) { log.push(['bad', err(er)]); }
    }
    try { await EE.once({}, 'x'); } catch (er) { log.push(['bad-emitter', err(er)]); }
    const et = new EventTarget();
    setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
    const [ev] = await EE.once(et, 'ping');
    log.push(ev.type);
  },
  async staticOn(EE, log) {
    const e = new EE();
    const it = EE.on(e, 'data');
    log.push(typeof it[Symbol.asyncIterator], Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.prototype);
    e.emit('data', 1);
    e.emit('data', 2, 3);
    log.push(e.listenerCount('data'), e.listenerCount('error'));
    log.push(await it.next(), await it.next());
    const pending = it.next();
    e.emit('data', 'late');
    log.push(await pending);
    log.push(await it.return(), await it.next(), e.listenerCount('data'), e.listenerCount('error'));
    // error ends the iteration
    const it2 = EE.on(e, 'data');
    e.emit('data', 'x');
    e.emit('error', new Error('oops'));
    log.push(await it2.next());
    try { await it2.next(); } catch (er) { log.push(['err', err(er)]); }
    log.push(await it2.next(), e.listenerCount('data'));
    // close option
    const it3 = EE.on(e, 'data', { close: ['end', 'finish'] });
    e.emit('data', 'a');
    e.emit('end');
    e.emit('data', 'after');
    log.push(await it3.next(), await it3.next(), e.listenerCount('end'), e.listenerCount('finish'));
    // abort
    const ac = new AbortController();
    const it4 = EE.on(e, 'data', { signal: ac.signal });
    const p4 = it4.next();
    ac.abort();
    try { await p4; } catch (er) { log.push(['abort', err(er)]); }
    log.push(await it4.next());
    try { EE.on(e, 'data', { signal: AbortSignal.abort() }); } catch (er) { log.push(['sync-abort', err(er)]); }
    for (const bad of [null, 5, { signal: 5 }, { highWaterMark: 0 }, { lowWaterMark: 'x' }, { close: 5 }, { close: 'ab' }]) {
      try { const i = EE.on(e, 'data', bad); log.push('ok'); await i.return(); } catch (er) { log.push(['bad', err(er)]); }
    }
    // throw()
    const it5 = EE.on(e, 'data');
    try { it5.throw('notError'); } catch (er) { log.push(['throw-arg', err(er)]); }
    const p5 = it5.next();
    it5.throw(new Error('thrown'));
    try { await p5; } catch (er) { log.push(['thrown', err(er)]); }
    // for await with break
    const it6 = EE.on(e, 'tick');
    setTimeout(() => { e.emit('tick', 1); e.emit('tick', 2); e.emit('tick', 3); }, 1);
    for await (const v of it6) { log.push(v); if (v[0] === 2) break; }
    log.push(e.listenerCount('tick'));
    // watermarks with pause/resume
    const pe = new EE();
    pe.pause = () => log.push('pause');
    pe.resume = () => log.push('resume');
    const it7 = EE.on(pe, 'd', { highWaterMark: 2, lowWaterMark: 1 });
    for (let i = 0; i < 4; i++) pe.emit('d', i);
    for (let i = 0; i < 4; i++) log.push(await it7.next());
    await it7.return();
  },
  async captureRejections(EE, log) {
    const e = new EE({ captureRejections: true });
    e.on('x', async () => { throw new Error('async boom'); });
    e.on('error', (er) => log.push(['error-event', err(er)]));
    e.emit('x', 1);
    await new Promise((r) => setTimeout(r, 5));
    const e2 = new EE({ captureRejections: true });
    e2[Symbol.for('nodejs.rejection')] = (er, ev, ...args) => log.push(['rejection-hook', er.message, ev, args]);
    e2.on('y', async () => { throw new Error('y boom'); });
    e2.emit('y', 'a', 'b');
    await new Promise((r) => setTimeout(r, 5));
    const e3 = new EE();
    e3.on('z', async () => { throw new Error('uncaptured'); });
    const unhandled = [];
    const h = (r) => unhandled.push(r.message);
    process.on('unhandledRejection', h);
    e3.emit('z');
    await new Promise((r) => setTimeout(r, 5));
    process.removeListener('unhandledRejection', h);
    log.push(['unhandled', unhandled]);
    EE.captureRejections = true;
    const e4 = new EE();
    log.push(insp(e4));
    EE.captureRejections = false;
    const e5 = new EE({ captureRejections: true });
    e5.on('t', () => ({ then: 5 }));
    e5.on('t', () => ({ get then() { throw new Error('getter'); } }));
    e5.on('error', (er) => log.push(['then-getter', er.message]));
    e5.emit('t');
  },
  async maxListenersWarning(EE, log) {
    const warnings = [];
    const h = (w) => warnings.push([w.name, w.message, w.type === undefined ? null : String(w.type), w.count, Object.keys(w)]);
    process.on('warning', h);
    const e = new EE();
    for (let i = 0; i < 11; i++) e.on('foo', () => {});
    e.on('foo', () => {});
    class Foo extends EE {}
    const f = new Foo();
    f.setMaxListeners(1);
    f.on(Symbol('sym'), () => {});
    const s = Object.getOwnPropertySymbols(f._events)[0];
    f.on(s, () => {});
    const z = new EE();
    z.setMaxListeners(0);
    for (let i = 0; i < 20; i++) z.on('x', () => {});
    await new Promise((r) => setTimeout(r, 5));
    process.removeListener('warning', h);
    log.push(warnings);
  },
  addAbortListener(EE, log) {
    const ac = new AbortController();
    const d = EE.addAbortListener(ac.signal, () => log.push('aborted'));
    log.push(typeof d[Symbol.dispose], Object.getPrototypeOf(d));
    ac.abort();
    const ac2 = new AbortController();
    const d2 = EE.addAbortListener(ac2.signal, () => log.push('never'));
    d2[Symbol.dispose]();
    ac2.abort();
    tryLog(log, () => EE.addAbortListener());
    tryLog(log, () => EE.addAbortListener(5, () => {}));
    tryLog(log, () => EE.addAbortListener(ac.signal, 5));
    EE.addAbortListener(AbortSignal.abort(), () => log.push('already-aborted (microtask)'));
    log.push('sync-end');
  },
  eventTargets(EE, log) {
    const et = new EventTarget();
    const f = () => {};
    et.addEventListener('a', f);
    log.push(EE.getEventListeners(et, 'a').length, EE.getEventListeners(et, 'a')[0] === f, EE.getEventListeners(et, 'b'));
    EE.setMaxListeners(3, et);
    log.push(EE.getMaxListeners(et));
    const ac = new AbortController();
    log.push(EE.getEventListeners(ac.signal, 'abort'));
  },
};

(async () => {
  for (const [name, fn] of Object.entries(scenarios)) {
    const a = [];
    const b = [];
    if (process.env.DEBUG_EVENTS) console.log("scenario", name);
    try { await fn(Mine, a); } catch (e) { a.push(['scenario threw', err(e)]); }
    try { await fn(Theirs, b); } catch (e) { b.push(['scenario threw', err(e)]); }
    // Compare entry by entry for finer counts.
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      t.same(`${name}[${i}]`, JSON.stringify(a[i], (k, v) => (typeof v === 'symbol' ? String(v) : v)),
             JSON.stringify(b[i], (k, v) => (typeof v === 'symbol' ? String(v) : v)));
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  process.exitCode = t.report() ? 0 : 1;
})();
