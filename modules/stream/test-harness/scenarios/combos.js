'use strict';
// Combinations of producers and consumers, generated over a grid: how a
// source produces (sync, immediate, burst), what it is (Readable,
// Transform, Duplex.from, Readable.from) and how it is consumed ('data',
// 'readable' loop, read(n), pipe, async iteration, pipeline). Mostly
// timer-free, so the traces are deterministic.

const S = [];
const add = (name, fn, opts) => S.push({ name, fn, ...opts });

const EV = ['error', 'end', 'close', 'pause', 'resume'];

function makeSource(t, kind, objectMode) {
  const { Readable, Transform, PassThrough } = t.stream;
  const items = objectMode ? [1, 2, 3, 4, 5, 6] : ['aa', 'bbb', 'c', 'dddd', 'ee', 'f'];
  let i = 0;
  switch (kind) {
    case 'sync':
      return new Readable({
        objectMode,
        highWaterMark: objectMode ? 2 : 4,
        read() { this.push(i < items.length ? items[i++] : null); },
      });
    case 'burst':
      return new Readable({
        objectMode,
        highWaterMark: objectMode ? 2 : 4,
        read() {
          while (i < items.length) if (!this.push(items[i++])) return;
          this.push(null);
        },
      });
    case 'immediate':
      return new Readable({
        objectMode,
        highWaterMark: objectMode ? 2 : 4,
        read() { setImmediate(() => this.push(i < items.length ? items[i++] : null)); },
      });
    case 'from':
      return Readable.from(items, { objectMode });
    case 'transform': {
      const tr = new Transform({
        objectMode,
        highWaterMark: objectMode ? 2 : 4,
        transform(c, e, cb) { cb(null, objectMode ? c * 10 : String(c).toUpperCase()); },
      });
      let k = 0;
      const feed = () => {
        while (k < items.length) {
          if (!tr.write(items[k++])) { tr.once('drain', feed); return; }
        }
        tr.end();
      };
      feed();
      return tr;
    }
    case 'passthrough-late': {
      const p = new PassThrough({ objectMode, highWaterMark: objectMode ? 2 : 4 });
      let k = 0;
      const step = () => {
        if (k < items.length) { p.write(items[k++]); setImmediate(step); } else p.end();
      };
      setImmediate(step);
      return p;
    }
    default:
      throw new Error(kind);
  }
}

const consumers = {
  data(t, src) {
    src.on('data', (d) => t.log('data', d));
    src.on('end', () => t.done());
  },
  readableLoop(t, src) {
    src.on('readable', () => {
      let c;
      while ((c = src.read()) !== null) t.log('read', c);
      t.log('readable done', src.readableLength);
    });
    src.on('end', () => t.done());
  },
  readN(t, src) {
    src.on('readable', () => {
      let c;
      while ((c = src.read(3)) !== null) t.log('read3', c);
    });
    src.on('end', () => t.done());
  },
  pipe(t, src) {
    const { Writable } = t.stream;
    const w = new Writable({
      objectMode: src.readableObjectMode,
      highWaterMark: 2,
      write(c, e, cb) { t.log('_write', c); setImmediate(cb); },
    });
    t.trace(w, 'w', ['drain', 'finish']);
    src.pipe(w);
    w.on('finish', () => t.done());
  },
  async iterate(t, src) {
    for await (const c of src) t.log('iter', c);
    t.log('iter done');
    t.done();
  },
  pipeline(t, src) {
    const { Writable, pipeline } = t.stream;
    const w = new Writable({
      objectMode: src.readableObjectMode,
      write(c, e, cb) { t.log('_write', c); cb(); },
    });
    pipeline(src, w, (err) => { t.log('pipeline', err); t.done(); });
  },
  pauseResume(t, src) {
    let n = 0;
    src.on('data', (d) => {
      t.log('data', d);
      if (++n % 2 === 0) {
        src.pause();
        setImmediate(() => src.resume());
      }
    });
    src.on('end', () => t.done());
  },
};

for (const kind of ['sync', 'burst', 'immediate', 'from', 'transform', 'passthrough-late']) {
  for (const objectMode of [false, true]) {
    if (kind === 'from' && !objectMode) continue;
    for (const [cname, consume] of Object.entries(consumers)) {
      add(`${kind}-${objectMode ? 'obj' : 'bytes'}-${cname}`, (t) => {
        const src = makeSource(t, kind, objectMode);
        t.trace(src, 'src', EV);
        consume(t, src);
      });
    }
  }
}

module.exports = S;
