'use strict';

const { attempt } = require('../lib/describe');

module.exports = [
  { name: 'argument validation',
    run: (G) => [
      attempt(() => G.structuredClone()),
      attempt(() => G.structuredClone(1, 1)),
      attempt(() => G.structuredClone(1, 'x')),
      attempt(() => G.structuredClone(1, null)),
      attempt(() => G.structuredClone(1, undefined)),
      attempt(() => G.structuredClone(1, () => {})),
      attempt(() => G.structuredClone(1, [])),
      attempt(() => G.structuredClone(undefined)),
      G.structuredClone.length, G.structuredClone.name,
    ] },
  { name: 'transfer validation',
    run: (G) => {
      const detached = new ArrayBuffer(2);
      G.structuredClone(detached, { transfer: [detached] });
      const dup = new ArrayBuffer(1);
      return [
        attempt(() => G.structuredClone(1, { transfer: 1 })),
        attempt(() => G.structuredClone(1, { transfer: 'ab' })),
        attempt(() => G.structuredClone(1, { transfer: null })),
        attempt(() => G.structuredClone(1, { transfer: undefined })),
        attempt(() => G.structuredClone(1, { transfer: [1] })),
        attempt(() => G.structuredClone(1, { transfer: [{}] })),
        attempt(() => G.structuredClone(1, { transfer: [new Uint8Array(2)] })),
        attempt(() => G.structuredClone(1, { transfer: [new SharedArrayBuffer(2)] })),
        attempt(() => G.structuredClone(1, { transfer: [dup, dup] })),
        attempt(() => G.structuredClone(1, { transfer: [detached] })),
        attempt(() => G.structuredClone(1, {
          transfer: { [Symbol.iterator]() { throw new Error('iter'); } },
        })),
      ];
    } },
  { name: 'transfer detaches and moves buffers',
    run: (G) => {
      const b = new ArrayBuffer(4);
      new Uint8Array(b).set([1, 2, 3, 4]);
      const c = G.structuredClone({ b, view: new Uint8Array(b, 1, 2) }, { transfer: new Set([b]) });
      return [b.byteLength, c.b.byteLength, Array.from(new Uint8Array(c.b)),
              Array.from(c.view), c.view.buffer === c.b];
    } },
  { name: 'transfer getter is read once',
    run: (G) => {
      let n = 0;
      G.structuredClone(1, { get transfer() { n++; return []; } });
      return n;
    } },
  { name: 'DataCloneError for uncloneable values',
    run: (G) => [() => {}, Symbol('q'), { a: () => 1 }, new WeakMap(), new WeakSet(),
                 new Proxy({}, {}), Promise.resolve()].map((v) => attempt(() => G.structuredClone(v))) },
  { name: 'DataCloneError is a DOMException of this realm',
    run: (G) => {
      try {
        G.structuredClone(() => {});
      } catch (e) {
        return [e instanceof G.DOMException, e.code, e.name, e instanceof Error];
      }
    } },
  { name: 'user exceptions propagate unchanged',
    run: (G) => {
      const err = new Error('inner');
      let caught;
      try {
        G.structuredClone({ get a() { throw err; } });
      } catch (e) {
        caught = e;
      }
      return caught === err;
    } },
  { name: 'cloneable values',
    run: (G) => {
      const o = { a: 1 };
      o.self = o;
      const c = G.structuredClone(o);
      const err = G.structuredClone(new RangeError('x'));
      return [c.self === c, c !== o, G.structuredClone(new Date(0)).toISOString(),
              G.structuredClone(new Map([[1, { a: 1 }]])).get(1), [...G.structuredClone(new Set([1, 2]))],
              G.structuredClone(/ab+c/gi).toString(), G.structuredClone(10n),
              G.structuredClone([1, , 3]).length, err.constructor.name, err.message,
              G.structuredClone(new Uint16Array([1, 2])), G.structuredClone('str'),
              G.structuredClone(null), G.structuredClone(-0)];
    } },
  { name: 'class instances lose their prototype',
    run: (G) => {
      class A { constructor() { this.x = 1; } }
      const c = G.structuredClone(new A());
      return [c.constructor.name, c.x, Object.keys(G.structuredClone(new G.Event('x')))];
    } },
];
