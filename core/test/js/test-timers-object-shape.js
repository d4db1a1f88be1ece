// Timeout and Immediate objects as node shows them: their own keys, the
// cleared state (_idleTimeout -1, refresh() no longer re-arms), disposal,
// and `this` in callbacks.
const t = setTimeout(() => console.log('cleared timer ran'), 20);
console.log(Object.keys(t).join());
clearTimeout(t);
console.log(t._idleTimeout, t._destroyed);
t.refresh();
console.log(t._idleTimeout, t._destroyed);

const d = setTimeout(() => console.log('disposed timer ran'), 1);
d[Symbol.dispose]();
console.log(d._destroyed);

const i = setImmediate(function () {
  console.log('immediate this', this === i, Object.keys(this).join());
  // Timers from here on, so their order against the immediate is fixed.
  const self = setTimeout(function () { console.log('timeout this', this === self); }, 1);
  const interval = setInterval(function () {
    console.log('interval this', this === interval);
    clearInterval(this);
    console.log(this._idleTimeout);
  }, 2);
});
const j = setImmediate(() => console.log('disposed immediate ran'));
j[Symbol.dispose]();
