'use strict';

const { attempt, captureUncaught, captureWarnings } = require('../lib/describe');

const getter = (C, key) => Object.getOwnPropertyDescriptor(C.prototype, key).get;
const setter = (C, key) => Object.getOwnPropertyDescriptor(C.prototype, key).set;

function eventState(e) {
  return {
    type: e.type, bubbles: e.bubbles, cancelable: e.cancelable,
    composed: e.composed, defaultPrevented: e.defaultPrevented,
    returnValue: e.returnValue, cancelBubble: e.cancelBubble,
    eventPhase: e.eventPhase, isTrusted: e.isTrusted,
    target: e.target, currentTarget: e.currentTarget, srcElement: e.srcElement,
    composedPath: e.composedPath(), timeStamp: typeof e.timeStamp,
  };
}

module.exports = [
  // --- Event construction and state --------------------------------------
  { name: 'Event defaults', run: (G) => eventState(new G.Event('foo')) },
  { name: 'Event options are coerced to booleans',
    run: (G) => eventState(new G.Event('x', { bubbles: 1, cancelable: 'y', composed: {} })) },
  { name: 'Event type is stringified',
    run: (G) => [new G.Event(1).type, new G.Event(null).type, new G.Event(undefined).type,
                 new G.Event({ toString: () => 'obj' }).type] },
  { name: 'Event() without new throws', run: (G) => attempt(() => G.Event('x')) },
  { name: 'new Event() missing type', run: (G) => attempt(() => new G.Event()) },
  { name: 'new Event(Symbol()) throws', run: (G) => attempt(() => new G.Event(Symbol('s'))) },
  { name: 'Event options must be an object',
    run: (G) => [1, 'str', true, null, undefined, () => {}, []].map(
      (o) => attempt(() => new G.Event('x', o).cancelable)) },
  { name: 'Event option getters read in order',
    run: (G) => {
      const order = [];
      new G.Event('q', {
        get composed() { order.push('composed'); return true; },
        get cancelable() { order.push('cancelable'); return true; },
        get bubbles() { order.push('bubbles'); return true; },
      });
      return order;
    } },
  { name: 'preventDefault needs cancelable',
    run: (G) => {
      const a = new G.Event('a');
      a.preventDefault();
      const b = new G.Event('b', { cancelable: true });
      b.preventDefault();
      return [a.defaultPrevented, a.returnValue, b.defaultPrevented, b.returnValue];
    } },
  { name: 'returnValue and type have no setter (strict mode)',
    run: (G) => {
      const e = new G.Event('x');
      return [attempt(() => { 'use strict'; e.returnValue = false; }),
              attempt(() => { 'use strict'; e.type = 'y'; })];
    } },
  { name: 'cancelBubble setter only sets',
    run: (G) => {
      const e = new G.Event('x');
      const out = [e.cancelBubble];
      e.cancelBubble = false;
      out.push(e.cancelBubble);
      e.cancelBubble = 1;
      out.push(e.cancelBubble);
      e.cancelBubble = false;
      out.push(e.cancelBubble);
      return out;
    } },
  { name: 'stopImmediatePropagation sets cancelBubble',
    run: (G) => { const e = new G.Event('x'); e.stopImmediatePropagation(); return e.cancelBubble; } },
  { name: 'initEvent changes type/bubbles/cancelable only',
    run: (G) => {
      const e = new G.Event('x', { cancelable: true });
      e.preventDefault();
      e.stopImmediatePropagation();
      e.initEvent('y', true, true);
      const s1 = eventState(e);
      e.initEvent('z');
      return [s1, eventState(e), attempt(() => e.initEvent())];
    } },
  { name: 'initEvent during dispatch is ignored',
    run: (G) => {
      const et = new G.EventTarget();
      const seen = [];
      et.addEventListener('a', (e) => { e.initEvent('b', true, true); seen.push(e.type, e.bubbles); });
      et.dispatchEvent(new G.Event('a'));
      return seen;
    } },
  { name: 'isTrusted is false for user events and unbranded receivers',
    run: (G) => [new G.Event('x').isTrusted, getter(G.Event, 'isTrusted').call({}),
                 getter(G.Event, 'isTrusted').name] },
  { name: 'timeStamp is a recent performance.now() value',
    run: (G) => {
      const before = G.performance.now();
      const t = new G.Event('x').timeStamp;
      const after = G.performance.now();
      return [typeof t, t >= before - 1 && t <= after + 1];
    } },
  { name: 'Event brand checks',
    run: (G) => [
      ...['type', 'target', 'currentTarget', 'srcElement', 'cancelable', 'defaultPrevented',
          'timeStamp', 'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble']
        .map((k) => attempt(() => getter(G.Event, k).call({}))),
      ...['preventDefault', 'stopPropagation', 'stopImmediatePropagation', 'composedPath',
          'initEvent'].map((k) => attempt(() => G.Event.prototype[k].call({}, 'x'))),
      attempt(() => setter(G.Event, 'cancelBubble').call({}, true)),
    ] },
  { name: 'Event phase constants',
    run: (G) => [G.Event.NONE, G.Event.CAPTURING_PHASE, G.Event.AT_TARGET, G.Event.BUBBLING_PHASE,
                 G.Event.prototype.NONE, new G.Event('x').AT_TARGET] },

  // --- CustomEvent --------------------------------------------------------
  { name: 'CustomEvent detail',
    run: (G) => {
      const d = { a: 1 };
      return [new G.CustomEvent('c', { detail: d }).detail === d, new G.CustomEvent('c').detail,
              new G.CustomEvent('c', null).detail, new G.CustomEvent('c', { detail: undefined }).detail,
              new G.CustomEvent('c', { detail: 0 }).detail, new G.CustomEvent('c') instanceof G.Event];
    } },
  { name: 'CustomEvent errors',
    run: (G) => [attempt(() => new G.CustomEvent()), attempt(() => new G.CustomEvent('c', 3)),
                 attempt(() => getter(G.CustomEvent, 'detail').call(new G.Event('x'))),
                 attempt(() => getter(G.CustomEvent, 'detail').call({}))] },

  // --- EventTarget: add/remove/dispatch -----------------------------------
  { name: 'dispatch: state seen by a listener and after',
    run: (G) => {
      const et = new G.EventTarget();
      const e = new G.Event('z');
      let inside;
      et.addEventListener('z', function listener(ev) {
        inside = { ...eventState(ev), thisIsTarget: this === et,
                   targetIsEt: ev.target === et, currentIsEt: ev.currentTarget === et,
                   path: ev.composedPath().length };
        inside.target = inside.currentTarget = inside.srcElement = inside.composedPath = null;
      });
      const ret = et.dispatchEvent(e);
      const after = eventState(e);
      after.target = e.target === et;
      return { ret, inside, after };
    } },
  { name: 'dispatch order: duplicates, capture, handleEvent, once',
    run: (G) => {
      const et = new G.EventTarget();
      const log = [];
      const l1 = () => log.push(1);
      const l2 = { handleEvent(ev) { log.push(['h', this === l2, ev.type]); } };
      const l3 = () => log.push(3);
      et.addEventListener('a', l1);
      et.addEventListener('a', l1);
      et.addEventListener('a', l2);
      et.addEventListener('a', l1, true);
      et.addEventListener('a', l3, { once: true });
      et.dispatchEvent(new G.Event('a'));
      et.dispatchEvent(new G.Event('a'));
      return log;
    } },
  { name: 'handleEvent is looked up at dispatch time',
    run: (G) => {
      const et = new G.EventTarget();
      const log = [];
      const h = {};
      et.addEventListener('a', h);
      h.handleEvent = function () { log.push(this === h); };
      et.dispatchEvent(new G.Event('a'));
      h.handleEvent = () => log.push('swapped');
      et.dispatchEvent(new G.Event('a'));
      return log;
    } },
  { name: 'listener added during dispatch (not at tail) runs',
    run: (G) => {
      const et = new G.EventTarget();
      const log = [];
      function y() { log.push(3); }
      et.addEventListener('a', () => { log.push(1); et.addEventListener('a', () => log.push('new')); });
      et.addEventListener('a', () => { log.push(2); et.removeEventListener('a', y); });
      et.addEventListener('a', y);
      et.dispatchEvent(new G.Event('a'));
      return log;
    } },
  { name: 'listener added by the last listener does not run',
    run: (G) => {
      const et = new G.EventTarget();
      const log = [];
      et.addEventListener('a', () => { log.push(1); et.addEventListener('a', () => log.push('new')); });
      et.dispatchEvent(new G.Event('a'));
      et.dispatchEvent(new G.Event('a'));
      return log;
    } },
  { name: 'removing the next listener during dispatch skips it',
    run: (G) => {
      const et = new G.EventTarget();
      const log = [];
      const f2 = () => log.push(2);
      const f1 = () => {
        log.push(1);
        et.removeEventListener('a', f1);
        et.removeEventListener('a', f2);
        et.addEventListener('a', () => log.push('late'));
      };
      et.addEventListener('a', f1);
      et.addEventListener('a', f2);
      et.dispatchEvent(new G.Event('a'));
      et.dispatchEvent(new G.Event('a'));
      return log;
    } },
  { name: 'once listener re-adding itself',
    run: (G) => {
      const et = new G.EventTarget();
      const log = [];
      const g = () => { log.push('g'); et.addEventListener('a', g, { once: true }); };
      et.addEventListener('a', g, { once: true });
      et.dispatchEvent(new G.Event('a'));
      et.dispatchEvent(new G.Event('a'));
      return log;
    } },
  { name: 'stopImmediatePropagation stops later listeners (passive too)',
    run: (G) => {
      const et = new G.EventTarget();
      const log = [];
      et.addEventListener('a', (e) => { log.push(1); e.stopImmediatePropagation(); log.push(e.cancelBubble); });
      et.addEventListener('a', () => log.push('passive'), { passive: true });
      et.addEventListener('a', () => log.push(2));
      et.dispatchEvent(new G.Event('a'));
      return log;
    } },
  { name: 'stopPropagation does not stop same-target listeners',
    run: (G) => {
      const et = new G.EventTarget();
      const log = [];
      et.addEventListener('a', (e) => { log.push(1); e.stopPropagation(); });
      et.addEventListener('a', () => log.push(2));
      et.dispatchEvent(new G.Event('a'));
      const pre = new G.Event('a');
      pre.stopPropagation();
      et.dispatchEvent(pre);
      const preImmediate = new G.Event('a');
      preImmediate.stopImmediatePropagation();
      et.dispatchEvent(preImmediate);
      return log;
    } },
  { name: 'passive listener preventDefault (Node 20 honours it)',
    run: (G) => {
      const et = new G.EventTarget();
      let inside;
      et.addEventListener('p', (ev) => { ev.preventDefault(); inside = ev.defaultPrevented; }, { passive: true });
      const ret = et.dispatchEvent(new G.Event('p', { cancelable: true }));
      return [inside, ret];
    } },
  { name: 'dispatchEvent return value',
    run: (G) => {
      const et = new G.EventTarget();
      et.addEventListener('a', (e) => e.preventDefault());
      const pre = new G.Event('b', { cancelable: true });
      pre.preventDefault();
      return [et.dispatchEvent(new G.Event('a', { cancelable: true })),
              et.dispatchEvent(new G.Event('a')), et.dispatchEvent(pre),
              new G.EventTarget().dispatchEvent(new G.Event('none'))];
    } },
  { name: 'recursive dispatch of the same event throws ERR_EVENT_RECURSION',
    run: (G) => {
      const et = new G.EventTarget();
      const e = new G.Event('x');
      const out = [];
      et.addEventListener('x', () => { out.push(attempt(() => et.dispatchEvent(e))); });
      out.push(et.dispatchEvent(e));
      out.push(et.dispatchEvent(e));
      return out;
    } },
  { name: 'nested dispatch of another event keeps the outer state',
    run: (G) => {
      const a = new G.EventTarget();
      const b = new G.EventTarget();
      const log = [];
      a.addEventListener('x', (e) => {
        b.dispatchEvent(new G.Event('y'));
        log.push([e.currentTarget === a, e.eventPhase]);
      });
      a.dispatchEvent(new G.Event('x'));
      const ev = new G.Event('x');
      a.dispatchEvent(ev);
      b.dispatchEvent(ev);
      log.push(ev.target === b);
      return log;
    } },
  { name: 'capture option forms identify listeners',
    run: (G) => {
      const et = new G.EventTarget();
      let n = 0;
      const f = () => n++;
      const counts = [];
      const fire = () => { n = 0; et.dispatchEvent(new G.Event('a')); counts.push(n); };
      et.addEventListener('a', f, true);
      et.addEventListener('a', f, false);
      et.addEventListener('a', f, { capture: true });
      fire();
      et.removeEventListener('a', f, { capture: 1 });
      fire();
      et.removeEventListener('a', f, 1);
      fire();
      et.removeEventListener('a', f);
      fire();
      return counts;
    } },
  { name: 'once with and without capture are distinct',
    run: (G) => {
      const et = new G.EventTarget();
      let n = 0;
      const f = () => n++;
      et.addEventListener('a', f, { once: true });
      et.addEventListener('a', f, { once: true, capture: true });
      et.dispatchEvent(new G.Event('a'));
      et.dispatchEvent(new G.Event('a'));
      return n;
    } },
  { name: 'signal option removes the listener on abort',
    run: (G) => {
      const ac = new G.AbortController();
      const et = new G.EventTarget();
      let n = 0;
      const f = () => n++;
      et.addEventListener('a', f, { signal: ac.signal });
      et.dispatchEvent(new G.Event('a'));
      ac.abort();
      et.dispatchEvent(new G.Event('a'));
      et.addEventListener('a', f, { signal: ac.signal });
      et.dispatchEvent(new G.Event('a'));
      return n;
    } },
  { name: 'signal option: removed listener can be re-added',
    run: (G) => {
      const ac = new G.AbortController();
      const et = new G.EventTarget();
      let n = 0;
      const f = () => n++;
      et.addEventListener('a', f, { signal: ac.signal });
      et.removeEventListener('a', f);
      et.addEventListener('a', f);
      ac.abort();
      et.dispatchEvent(new G.Event('a'));
      return n;
    } },
  { name: 'add option getters read in order; remove reads capture only',
    run: (G) => {
      const order = [];
      const f = () => {};
      const opts = {
        get capture() { order.push('capture'); return false; },
        get once() { order.push('once'); return false; },
        get passive() { order.push('passive'); return false; },
        get signal() { order.push('signal'); return undefined; },
      };
      new G.EventTarget().addEventListener('a', f, opts);
      order.push('|');
      new G.EventTarget().removeEventListener('a', f, opts);
      return order;
    } },
  { name: 'addEventListener options validation',
    run: (G) => [1, 'x', null, true, [], () => {}, undefined].map(
      (o) => attempt(() => new G.EventTarget().addEventListener('a', () => {}, o))) },
  { name: 'removeEventListener accepts any options',
    run: (G) => [1, 'x', null, true, []].map(
      (o) => attempt(() => new G.EventTarget().removeEventListener('a', () => {}, o))) },
  { name: 'argument errors of addEventListener/removeEventListener/dispatchEvent',
    run: (G) => {
      const et = new G.EventTarget();
      return [
        attempt(() => et.addEventListener()),
        attempt(() => et.addEventListener('x')),
        attempt(() => et.addEventListener('x', 1)),
        attempt(() => et.addEventListener('x', 'str')),
        attempt(() => et.addEventListener('x', () => {}, { signal: 1 })),
        attempt(() => et.addEventListener('x', () => {}, { signal: null })),
        attempt(() => et.addEventListener('x', () => {}, { signal: undefined })),
        attempt(() => et.addEventListener(Symbol('s'), 1)),
        attempt(() => et.addEventListener(Symbol('s'), () => {}, 1)),
        attempt(() => et.addEventListener('x', 1, 1)),
        attempt(() => et.addEventListener(Symbol('s'), () => {})),
        attempt(() => et.removeEventListener()),
        attempt(() => et.removeEventListener('x')),
        attempt(() => et.removeEventListener('x', 1)),
        attempt(() => et.removeEventListener(Symbol('s'), () => {})),
        attempt(() => et.removeEventListener(Symbol('s'), null)),
        attempt(() => et.dispatchEvent()),
        attempt(() => et.dispatchEvent({ type: 'x' })),
        attempt(() => et.dispatchEvent('x')),
      ];
    } },
  { name: 'EventTarget brand checks',
    run: (G) => ['addEventListener', 'removeEventListener', 'dispatchEvent'].map(
      (k) => attempt(() => G.EventTarget.prototype[k].call({}, 'x', () => {}))) },
  { name: 'listener type is stringified',
    run: (G) => {
      const et = new G.EventTarget();
      let n = 0;
      et.addEventListener(1, () => n++);
      et.addEventListener(null, () => n++);
      et.dispatchEvent(new G.Event('1'));
      et.dispatchEvent(new G.Event('null'));
      return n;
    } },
  { name: 'null/undefined listener warns AddEventListenerArgumentTypeWarning',
    run: async (G) => {
      const r = await captureWarnings(() => {
        const et = new G.EventTarget();
        et.addEventListener('foo', null);
        et.addEventListener('bar', undefined);
        et.removeEventListener('foo', null);
      });
      return r;
    } },
  { name: 'MaxListenersExceededWarning after 10 listeners',
    run: async (G) => captureWarnings(() => {
      const et = new G.EventTarget();
      for (let i = 0; i < 12; i++) et.addEventListener('x', () => {});
      const other = new G.EventTarget();
      for (let i = 0; i < 10; i++) other.addEventListener('y', () => {});
    }) },
  { name: 'events.setMaxListeners/getMaxListeners/getEventListeners integration',
    run: async (G) => {
      const events = require('events');
      const et = new G.EventTarget();
      const f = () => {};
      et.addEventListener('a', f);
      et.addEventListener('a', { handleEvent() {} });
      et.addEventListener('b', f, true);
      if (G.kind === 'mosaic') {
        const h = G.internals.et;
        return [h.getEventListeners(et, 'a').length, h.getEventListeners(et, 'b').length,
                h.getEventListeners(et, 'c').length, h.getMaxListeners(et),
                (h.setMaxListeners(1, et), h.getMaxListeners(et)),
                h.getEventListeners(et, 'a')[0] === f];
      }
      return [events.getEventListeners(et, 'a').length, events.getEventListeners(et, 'b').length,
              events.getEventListeners(et, 'c').length, events.getMaxListeners(et),
              (events.setMaxListeners(1, et), events.getMaxListeners(et)),
              events.getEventListeners(et, 'a')[0] === f];
    } },

  // --- listener errors ------------------------------------------------------
  { name: 'listener exceptions are reported asynchronously and do not stop dispatch',
    run: async (G) => {
      const log = [];
      const r = await captureUncaught(() => {
        const et = new G.EventTarget();
        et.addEventListener('z', () => { throw new Error('boom1'); });
        et.addEventListener('z', () => log.push('second runs'));
        et.addEventListener('z', { handleEvent: 5 });
        et.addEventListener('z', () => log.push('last runs'));
        const ret = et.dispatchEvent(new G.Event('z'));
        log.push(`dispatch returned ${ret}`);
      });
      return { log, ...r };
    } },
  { name: 'rejections of async listeners and thenables are reported',
    run: async (G) => {
      const log = [];
      const r = await captureUncaught(() => {
        const et = new G.EventTarget();
        et.addEventListener('z', async () => { throw new Error('async boom'); });
        et.addEventListener('z', () => ({
          then(a, b) { log.push(['then', typeof a, typeof b]); b(new Error('thenable rej')); },
        }));
        et.addEventListener('z', () => log.push('next'));
        et.dispatchEvent(new G.Event('z'));
      });
      return { log, ...r };
    } },
  { name: 'handleEvent getter that throws at add time',
    run: (G) => {
      const et = new G.EventTarget();
      return attempt(() => et.addEventListener('z', {
        get handleEvent() { throw new Error('getter boom'); },
      }));
    } },

  // --- event handler attribute (onabort) ---------------------------------
  { name: 'onabort handler attribute semantics',
    run: (G) => {
      const ac = new G.AbortController();
      const s = ac.signal;
      const log = [];
      log.push(s.onabort);
      s.addEventListener('abort', () => log.push('first'));
      s.onabort = function (e) { log.push(['h1', this === s, e.type]); };
      s.addEventListener('abort', () => log.push('third'));
      s.onabort = function () { log.push('h2'); };
      log.push(typeof s.onabort);
      s.onabort = 5;
      log.push(s.onabort);
      s.onabort = { handleEvent() { log.push('obj'); } };
      log.push(typeof s.onabort);
      s.onabort = null;
      log.push(s.onabort);
      s.onabort = function () { log.push('h4'); return false; };
      ac.abort();
      return log;
    } },
  { name: 'onabort brand check',
    run: (G) => {
      const d = Object.getOwnPropertyDescriptor(G.AbortSignal.prototype, 'onabort');
      return [attempt(() => d.get.call({})), attempt(() => d.set.call({}, () => {})),
              d.get.name, d.set.name];
    } },
];
