'use strict';

// Public surface: own properties of constructors and prototypes (with
// enumerability, accessors and lengths), Symbol.toStringTag, and
// util.inspect output in the contexts where Node's custom inspectors branch.

const { shape } = require('../lib/describe');

const kClasses = ['Event', 'CustomEvent', 'EventTarget', 'AbortController', 'AbortSignal',
                  'TextEncoder', 'TextDecoder', 'DOMException', 'PerformanceEntry',
                  'PerformanceMark', 'PerformanceMeasure'];

const timeStamp = /timeStamp: (\x1b\[\d+m)?[\d.]+(\x1b\[\d+m)?/g;
const clean = (s) => s.replace(timeStamp, 'timeStamp: N');

function inspectAll(G, value) {
  const { inspect } = G;
  return [
    inspect(value), inspect({ v: value }), inspect({ a: { v: value } }),
    inspect({ a: { b: { v: value } } }), inspect(value, { depth: 0 }),
    inspect(value, { depth: null }), inspect(value, { colors: true }),
    inspect(value, { compact: false }), inspect([value], { depth: 0 }),
    inspect({ a: { b: { v: value } } }, { colors: true }),
  ].map(clean);
}

module.exports = [
  ...kClasses.map((name) => ({
    name: `${name}: constructor and prototype properties`,
    run: (G) => {
      const C = G[name];
      return { length: C.length, name: C.name, static: shape(C), proto: shape(C.prototype),
               tag: C.prototype[Symbol.toStringTag] ?? null,
               parent: Object.getPrototypeOf(C.prototype)?.constructor?.name };
    },
  })),
  { name: 'toStringTag of instances',
    run: (G) => [new G.Event('x'), new G.CustomEvent('x'), new G.EventTarget(),
                 new G.AbortController(), new G.AbortController().signal, new G.TextEncoder(),
                 new G.TextDecoder(), new G.DOMException(), new G.PerformanceMark('x')]
      .map((v) => Object.prototype.toString.call(v)) },
  { name: 'instances have no own enumerable string keys',
    run: (G) => [new G.Event('x'), new G.CustomEvent('x', { detail: 1 }), new G.EventTarget(),
                 new G.AbortController(), new G.AbortController().signal, new G.TextEncoder(),
                 new G.TextDecoder(), new G.DOMException(), new G.PerformanceMark('x')]
      .map((v) => Object.keys(v)) },
  { name: 'inspect: Event', run: (G) => inspectAll(G, new G.Event('x')) },
  { name: 'inspect: CustomEvent', run: (G) => inspectAll(G, new G.CustomEvent('y', { detail: 1 })) },
  { name: 'inspect: Event subclass',
    run: (G) => { class MyEv extends G.Event {} return inspectAll(G, new MyEv('q')); } },
  { name: 'inspect: EventTarget', run: (G) => inspectAll(G, new G.EventTarget()) },
  { name: 'inspect: EventTarget with listeners and own props',
    run: (G) => {
      const et = new G.EventTarget();
      et.addEventListener('a', () => {});
      et.foo = 1;
      return inspectAll(G, et);
    } },
  { name: 'inspect: EventTarget subclass',
    run: (G) => { class ET2 extends G.EventTarget {} return inspectAll(G, new ET2()); } },
  { name: 'inspect: AbortController', run: (G) => inspectAll(G, new G.AbortController()) },
  { name: 'inspect: AbortController subclass',
    run: (G) => { class AC2 extends G.AbortController {} return inspectAll(G, new AC2()); } },
  { name: 'inspect: AbortSignal (aborted)', run: (G) => inspectAll(G, G.AbortSignal.abort('r')) },
  { name: 'inspect: AbortSignal (not aborted)', run: (G) => inspectAll(G, new G.AbortController().signal) },
  { name: 'inspect: TextEncoder', run: (G) => inspectAll(G, new G.TextEncoder()) },
  { name: 'inspect: TextEncoder subclass',
    run: (G) => { class TE2 extends G.TextEncoder {} return inspectAll(G, new TE2()); } },
  { name: 'inspect: TextDecoder',
    run: (G) => inspectAll(G, new G.TextDecoder('utf-16le', { ignoreBOM: true })) },
  { name: 'inspect: TextDecoder subclass',
    run: (G) => { class TD2 extends G.TextDecoder {} return inspectAll(G, new TD2()); } },
  { name: 'inspect: prototypes are not custom-inspected',
    run: (G) => kClasses.map((n) => G.inspect(G[n].prototype)) },
  { name: 'inspect: format %o', run: (G) => require('util').format('%o', new G.AbortController()) },
];
