'use strict';

// Behaviour of the Node-internal extensions that node does not expose
// (NodeEventTarget, initEventTarget, listener options), and GC-related
// behaviour compared through child processes run with --expose-gc.

const path = require('path');
const { attempt, captureUncaught } = require('../lib/describe');

const globalsPath = JSON.stringify(path.join(__dirname, '..', 'lib', 'globals.js'));

// Runs `body` (which may use `G`) in a child node with --expose-gc against
// node's globals or Mosaic's, and returns its stdout lines.
function inChild(G, body) {
  const prelude = G.kind === 'node' ?
    'const G = globalThis;' :
    `const G = require(${globalsPath}).mosaicGlobals();`;
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', `${prelude}\n${body}`],
                      { timeout: 30000, encoding: 'utf8' });
  // stderr carries process warnings: compare them too, minus the pid.
  return { status: r.status, stdout: r.stdout.trim().split('\n'),
           stderr: r.stderr.trim().replace(/\(node:\d+\)/g, '(node:PID)').split('\n') };
}

module.exports = [
  { name: 'NodeEventTarget: on/emit/once/off',
    mosaicOnly: true,
    expect: {
      log: [['on', 1], ['once', 1], ['on', 2], ['on', 3], ['web', 'CustomEvent', 3]],
      emitted: [true, true, false], counts: [1, 2, 0], names: ['x', 'y'],
      afterOff: 0, afterClear: [],
    },
    run: (G) => {
      const t = new G.NodeEventTarget();
      const log = [];
      const on = (v) => log.push(['on', v]);
      const emitted = [];
      t.on('x', on);
      t.once('x', (v) => log.push(['once', v]));
      emitted.push(t.emit('x', 1));
      emitted.push(t.emit('x', 2));
      emitted.push(t.emit('nothing', 0));
      t.addEventListener('x', (e) => log.push(['web', e.constructor.name, e.detail]));
      t.emit('x', 3);
      const counts = [t.listenerCount('y')];
      t.on('y', () => {});
      counts.push(t.listenerCount('x'), t.listenerCount('z'));
      counts[0] = t.listenerCount('y');
      const names = t.eventNames();
      t.off('y', () => {});
      t.removeAllListeners('y');
      const afterOff = t.listenerCount('y');
      t.removeAllListeners();
      return { log, emitted, counts, names, afterOff, afterClear: t.eventNames() };
    } },
  { name: 'NodeEventTarget: node-style listeners get the Event on dispatchEvent',
    mosaicOnly: true,
    expect: [true, 'Event'],
    run: (G) => {
      const t = new G.NodeEventTarget();
      let got;
      t.on('z', (v) => { got = v; });
      const e = new G.Event('z');
      t.dispatchEvent(e);
      return [got === e, got.constructor.name];
    } },
  { name: 'NodeEventTarget: max listeners and brand checks',
    mosaicOnly: true,
    expect: [10, 3, { threw: { $: 'error', ctor: 'TypeError', name: 'TypeError',
                               message: 'Value of "this" must be of type NodeEventTarget',
                               code: 'ERR_INVALID_THIS' } },
             { threw: { $: 'error', ctor: 'TypeError', name: 'TypeError',
                        message: 'The "type" argument must be of type string. Received type number (1)',
                        code: 'ERR_INVALID_ARG_TYPE' } }],
    run: (G) => {
      const t = new G.NodeEventTarget();
      const before = t.getMaxListeners();
      t.setMaxListeners(3);
      return [before, t.getMaxListeners(),
              attempt(() => G.NodeEventTarget.prototype.on.call(new G.EventTarget(), 'x', () => {})),
              attempt(() => t.emit(1))];
    } },
  { name: 'initEventTarget gives EventTarget behaviour to an existing object',
    mosaicOnly: true,
    expect: [true, ['x', true]],
    run: (G) => {
      const { initEventTarget, isEventTarget } = G.internals.et;
      const obj = Object.create(G.EventTarget.prototype);
      initEventTarget(obj);
      let seen;
      obj.addEventListener('x', (e) => { seen = [e.type, e.target === obj]; });
      obj.dispatchEvent(new G.Event('x'));
      return [isEventTarget(obj), seen];
    } },
  { name: 'kTrustEvent, kResistStopPropagation, kIsNodeStyleListener options',
    mosaicOnly: true,
    expect: [true, ['first', 'resists'], 'raw'],
    run: (G) => {
      const { kTrustEvent, kResistStopPropagation, kIsNodeStyleListener } = G.internals.et;
      const trusted = new G.Event('t', { [kTrustEvent]: true }).isTrusted;
      const et = new G.EventTarget();
      const log = [];
      et.addEventListener('a', (e) => { log.push('first'); e.stopImmediatePropagation(); });
      et.addEventListener('a', () => log.push('plain'));
      et.addEventListener('a', () => log.push('resists'), { [kResistStopPropagation]: true });
      et.dispatchEvent(new G.Event('a'));
      const nt = new G.NodeEventTarget();
      let got;
      nt.addEventListener('b', (v) => { got = v; }, { [kIsNodeStyleListener]: true });
      nt.emit('b', 'raw');
      return [trusted, log, got];
    } },
  { name: 'kNewListener / kRemoveListener hooks see listener counts',
    mosaicOnly: true,
    expect: [['new', 1, 'a'], ['new', 2, 'a'], ['remove', 1, 'a'], ['remove', 0, 'a']],
    run: (G) => {
      const { kNewListener, kRemoveListener } = G.internals.et;
      const log = [];
      class Observed extends G.EventTarget {
        [kNewListener](size, type, ...rest) {
          super[kNewListener](size, type, ...rest);
          log.push(['new', size, type]);
        }

        [kRemoveListener](size, type, ...rest) {
          log.push(['remove', size, type]);
        }
      }
      const t = new Observed();
      const f = () => {};
      const g = () => {};
      t.addEventListener('a', f);
      t.addEventListener('a', g, { once: true });
      t.addEventListener('a', f);
      t.dispatchEvent(new G.Event('a'));
      t.removeEventListener('a', f);
      return log;
    } },
  { name: 'defineEventHandler on a custom EventTarget subclass',
    mosaicOnly: true,
    expect: [null, ['h', 'ping', true], 'function'],
    run: (G) => {
      const { defineEventHandler } = G.internals.et;
      class Pinger extends G.EventTarget {}
      defineEventHandler(Pinger.prototype, 'ping');
      const p = new Pinger();
      const out = [p.onping];
      p.onping = function (e) { out.push(['h', e.type, this === p]); };
      p.dispatchEvent(new G.Event('ping'));
      out.push(typeof p.onping);
      return out;
    } },
  { name: 'listener errors go through the uncaught-exception path in order',
    mosaicOnly: true,
    expect: { result: { ok: true }, errors: ['e1', 'e2'] },
    run: async (G) => {
      const r = await captureUncaught(() => {
        const et = new G.EventTarget();
        et.addEventListener('x', () => { throw new Error('e1'); });
        et.addEventListener('x', () => { throw new Error('e2'); });
        return et.dispatchEvent(new G.Event('x'));
      });
      return { result: r.result, errors: r.errors.map((e) => e.message) };
    } },
  { name: 'util.aborted resolves on abort',
    mosaicOnly: true,
    expect: [false, true],
    run: async (G) => {
      const ac = new G.AbortController();
      let done = false;
      const p = G.internals.ac.aborted(ac.signal, {}).then(() => { done = true; });
      await new Promise((r) => setImmediate(r));
      const before = done;
      ac.abort();
      await p;
      return [before, done];
    } },

  // --- GC behaviour, compared with node in child processes -----------------
  { name: 'timeout signal with a listener survives GC and fires',
    run: (G) => inChild(G, `
      (function () {
        const s = G.AbortSignal.timeout(30);
        s.addEventListener('abort', () => console.log('fired', s.reason.name));
      })();
      globalThis.gc();
      setTimeout(() => { globalThis.gc(); }, 5);
      setTimeout(() => console.log('end'), 200);
    `) },
  { name: 'AbortSignal.any result with a listener survives GC',
    run: (G) => inChild(G, `
      const ac = new G.AbortController();
      (function () {
        const s = G.AbortSignal.any([ac.signal]);
        s.addEventListener('abort', () => console.log('any fired', s.reason));
      })();
      globalThis.gc();
      setTimeout(() => { globalThis.gc(); ac.abort('R'); }, 20);
      setTimeout(() => console.log('end'), 100);
    `) },
  { name: 'listener with a signal option on a collected target does not break abort',
    run: (G) => inChild(G, `
      const ac = new G.AbortController();
      let fired = 0;
      (function () {
        for (let i = 0; i < 50; i++) {
          new G.EventTarget().addEventListener('x', () => {}, { signal: ac.signal });
        }
      })();
      ac.signal.addEventListener('abort', () => fired++);
      globalThis.gc();
      setTimeout(() => { globalThis.gc(); ac.abort(); console.log('aborted', fired); }, 20);
    `) },
  { name: 'weak abort-removal records of collected targets are dropped',
    mosaicOnly: true,
    expect: { status: 0, stdout: ['before 20', 'after 0'], stderr: [''] },
    run: (G) => inChild(G, `
      const { getEventListeners } = G.internals.et;
      const ac = new G.AbortController();
      G.internals.et.setMaxListeners(0, ac.signal);
      (function () {
        for (let i = 0; i < 20; i++) {
          new G.EventTarget().addEventListener('x', () => {}, { signal: ac.signal });
        }
      })();
      console.log('before', getEventListeners(ac.signal, 'abort').length);
      globalThis.gc();
      setTimeout(() => {
        globalThis.gc();
        setTimeout(() => {
          console.log('after', getEventListeners(ac.signal, 'abort').length);
        }, 20);
      }, 20);
    `) },
];
