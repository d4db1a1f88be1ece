'use strict';

const { attempt, shape } = require('../lib/describe');

// Entries with times reduced to what is deterministic: exact values for
// explicit timestamps, else whether the value is a non-negative number.
function entry(e, exact = false) {
  const t = (v) => (exact ? v : (typeof v === 'number' && v >= 0 ? 'number>=0' : v));
  const out = { name: e.name, entryType: e.entryType, startTime: t(e.startTime),
                duration: t(e.duration), ctor: e.constructor.name };
  if ('detail' in e) out.detail = e.detail;
  return out;
}

function fresh(G) {
  G.performance.clearMarks();
  G.performance.clearMeasures();
}

module.exports = [
  { name: 'now() and timeOrigin',
    run: (G) => {
      const a = G.performance.now();
      const b = G.performance.now();
      return [typeof a, a > 0, b >= a, typeof G.performance.timeOrigin,
              Math.abs(G.performance.timeOrigin + a - Date.now()) < 1000];
    } },
  { name: 'mark() basics',
    run: (G) => {
      fresh(G);
      const m = G.performance.mark('a', { detail: { x: 1 }, startTime: 5 });
      const m2 = G.performance.mark('b');
      return [entry(m, true), entry(m2), m instanceof G.PerformanceMark,
              m instanceof G.PerformanceEntry, JSON.stringify(m), Object.keys(m)];
    } },
  { name: 'mark() option handling',
    run: (G) => {
      fresh(G);
      return [
        ['x', { startTime: 1.5 }], ['x', { startTime: NaN }], ['x', { startTime: Infinity }],
        ['x', { startTime: null }], ['x', { detail: undefined }], ['x', null], ['x', undefined],
        ['x', []], ['x', () => {}], ['x', 'str'], ['x', 1], ['x', { startTime: -1 }],
        ['x', { startTime: 'a' }], ['x', { detail: () => {} }], ['nodeStart'], ['v8Start'],
        ['idleTime'], [1], [null], [],
      ].map((args) => attempt(() => entry(G.performance.mark(...args))));
    } },
  { name: 'mark() with a Symbol name', run: (G) => attempt(() => G.performance.mark(Symbol('s'))) },
  { name: 'mark detail is cloned once',
    run: (G) => {
      fresh(G);
      const d = { z: [1, 2] };
      const m = G.performance.mark('d', { detail: d });
      return [m.detail === d, m.detail === m.detail, m.detail];
    } },
  { name: 'new PerformanceMark() does not buffer',
    run: (G) => {
      fresh(G);
      const pm = new G.PerformanceMark('x', { detail: [1], startTime: 3 });
      return [entry(pm, true), G.performance.getEntriesByName('x').length,
              attempt(() => new G.PerformanceMark()), G.PerformanceMark.length];
    } },
  { name: 'measure() forms',
    run: (G) => {
      fresh(G);
      G.performance.mark('a', { startTime: 5 });
      G.performance.mark('b', { startTime: 20 });
      const m = (...args) => attempt(() => entry(G.performance.measure(...args), true));
      const approx = (...args) => attempt(() => entry(G.performance.measure(...args)));
      return [
        m('m1', 'a', 'b'), m('m2', { start: 'a', end: 10, detail: 'd' }),
        m('m3', { start: 1, duration: 2 }), m('m4', { end: 10, duration: 2 }),
        approx('m5'), m('m6', undefined, 'b'), approx('m7', 'a'),
        m('m8', { start: 1, end: 2 }), m('m9', { start: 2, end: 1 }),
        approx('m10', { duration: 5 }), approx('m11', null), approx('m12', []),
        approx('m13', { start: 1 }, undefined), m('m14', { start: null }),
        approx('m15', 5), m('m16', 'a', 5), m('m17', { detail: 1, end: 'b' }),
        approx('m18', { detail: { q: 1 } }),
      ];
    } },
  { name: 'measure() errors',
    run: (G) => {
      fresh(G);
      G.performance.mark('a', { startTime: 5 });
      const m = (...args) => attempt(() => G.performance.measure(...args));
      return [m(), m('x', 'nonexist'), m('x', { start: 1 }, 'a'),
              m('x', { start: 1, end: 2, duration: 1 }), m('x', { start: -1 }),
              m('x', { start: 'nonexist' }), m('x', {}, 'nonexist'), m('x', { start: '1' }),
              m('x', { start: {} }), m('x', 'a', -5), m('x', { start: 'a', end: 'b' }),
              m('x', 'idleTime'), m('x', { detail: () => {} }), m(Symbol('s'))];
    } },
  { name: 'measure() against node milestones',
    run: (G) => ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart',
                 'loopExit'].map((n) => attempt(() => {
      const e = G.performance.measure('n', n);
      return typeof e.startTime;
    })) },
  { name: 'getEntries ordering and filters',
    run: (G) => {
      fresh(G);
      const p = G.performance;
      p.mark('a', { startTime: 5 });
      p.measure('m1', { start: 7, end: 9 });
      p.mark('b', { startTime: 1 });
      p.measure('m0', { start: 0, end: 1 });
      p.mark('a', { startTime: 7 });
      p.measure('m5', 'a');
      const names = (list) => list.map((e) => `${e.name}:${e.entryType}:${e.startTime}`);
      return [names(p.getEntries()), names(p.getEntriesByName('a')),
              names(p.getEntriesByName('a', 'mark')), names(p.getEntriesByName('a', 'measure')),
              names(p.getEntriesByName('m1', undefined)), names(p.getEntriesByName('a', null)),
              names(p.getEntriesByType('mark')), names(p.getEntriesByType('measure')),
              names(p.getEntriesByType('x')), attempt(() => p.getEntriesByName()),
              attempt(() => p.getEntriesByType()), attempt(() => p.getEntriesByName(Symbol('s')))];
    } },
  { name: 'clearMarks / clearMeasures',
    run: (G) => {
      fresh(G);
      const p = G.performance;
      p.mark('a');
      p.mark('a');
      p.mark('b');
      p.measure('m1');
      p.measure('m2');
      const out = [];
      p.clearMarks('a');
      out.push(p.getEntriesByType('mark').map((e) => e.name));
      out.push(attempt(() => p.measure('x', 'a')));
      p.clearMeasures('m1');
      out.push(p.getEntriesByType('measure').map((e) => e.name));
      p.clearMarks();
      p.clearMeasures();
      out.push(p.getEntries().length);
      out.push(attempt(() => p.clearMarks('missing')));
      return out;
    } },
  { name: 'entry toJSON',
    run: (G) => {
      fresh(G);
      const m = G.performance.mark('j', { startTime: 4, detail: [1] });
      const ms = G.performance.measure('k', { start: 1, end: 3, detail: 'x' });
      return [m.toJSON(), ms.toJSON(), G.PerformanceEntry.prototype.toJSON.call(m),
              JSON.parse(JSON.stringify([m, ms]))];
    } },
  { name: 'illegal constructors',
    run: (G) => [attempt(() => new G.PerformanceEntry()), attempt(() => new G.PerformanceMeasure()),
                 attempt(() => new (Object.getPrototypeOf(G.performance).constructor)())] },
  { name: 'brand checks',
    run: (G) => {
      const P = Object.getPrototypeOf(G.performance);
      const g = (C, k) => Object.getOwnPropertyDescriptor(C.prototype, k).get;
      return [attempt(() => g(G.PerformanceEntry, 'name').call({})),
              attempt(() => g(G.PerformanceMark, 'detail').call({})),
              attempt(() => g(G.PerformanceMeasure, 'detail').call({})),
              attempt(() => G.PerformanceEntry.prototype.toJSON.call({})),
              attempt(() => P.now.call({})), attempt(() => P.mark.call({}, 'x')),
              attempt(() => Object.getOwnPropertyDescriptor(P, 'timeOrigin').get.call({})),
              attempt(() => P.getEntries.call({}))];
    } },
  { name: 'Performance shape',
    run: (G) => {
      const P = Object.getPrototypeOf(G.performance);
      return [shape(P), Object.getPrototypeOf(P) === G.EventTarget.prototype,
              Object.prototype.toString.call(G.performance), P.constructor.name,
              G.performance instanceof G.EventTarget, typeof G.performance.timerify,
              typeof G.performance.eventLoopUtilization];
    } },
  { name: 'entry class shapes',
    run: (G) => [shape(G.PerformanceEntry.prototype), shape(G.PerformanceMark.prototype),
                 shape(G.PerformanceMeasure.prototype),
                 Object.prototype.toString.call(new G.PerformanceMark('x'))] },
  { name: 'toJSON keys and nodeTiming',
    run: (G) => {
      const j = G.performance.toJSON();
      const nt = G.performance.nodeTiming;
      return [Object.keys(j), Object.keys(JSON.parse(JSON.stringify(nt))), nt.name,
              nt.entryType, nt.startTime, typeof nt.duration, typeof j.eventLoopUtilization];
    } },
  { name: 'eventLoopUtilization shape',
    run: (G) => {
      const elu = G.performance.eventLoopUtilization();
      const d = G.performance.eventLoopUtilization(elu);
      return [Object.keys(elu), Object.keys(d), typeof elu.utilization];
    } },
  { name: 'timerify wraps a function',
    run: (G) => {
      function add(a, b) { return a + b; }
      const t = G.performance.timerify(add);
      class K { constructor(x) { this.x = x; } }
      const tk = G.performance.timerify(K);
      return [t(2, 3), t.name, t.length, G.performance.timerify(add) === t, new tk(4).x,
              attempt(() => G.performance.timerify(1))];
    } },
  { name: 'inspect output',
    run: (G) => {
      fresh(G);
      const m = G.performance.mark('a', { startTime: 5, detail: { x: 1 } });
      const ms = G.performance.measure('m2', { start: 'a', end: 10, detail: 'd' });
      const clean = (s) => s.replace(/\d+\.\d+/g, 'N');
      return [G.inspect(m), G.inspect(m, { depth: 0 }), G.inspect({ a: { b: { m } } }),
              G.inspect(ms), G.inspect([m], { compact: false }),
              clean(G.inspect(G.performance)), clean(G.inspect(G.performance, { depth: 0 })),
              G.inspect({ a: { b: { p: G.performance } } })];
    } },
];
