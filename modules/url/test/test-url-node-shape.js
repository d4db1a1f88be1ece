// URLSearchParams and URL as node shows them: the constructor's reading of
// its argument, node's error codes for bad receivers and missing arguments,
// property order, inspect output (subclasses, iterators, line breaking)
// and no enumerable internals. Output recorded from node.
const util = require('util');
console.log(new URLSearchParams(null).toString() + '|', new URLSearchParams(undefined).toString() + '|');
for (const init of [[[1]], { [Symbol.iterator]: 42 }, Symbol(), [null], [[1, 2, 3]], new Map([['a', 1]]), [new Set(['x', 'y'])], { a: 1, b: [2, 3] }, 'a=1&b=2', '?q=1', 5])
  try { console.log(String(new URLSearchParams(init))) } catch (e) { console.log(e.name, e.code, e.message) }
const sp = new URLSearchParams('a=1&b=2&a=3');
for (const [m, args] of [['append', ['x']], ['delete', []], ['get', []], ['getAll', []], ['has', []], ['set', ['x']], ['forEach', []], ['forEach', [1]]])
  try { sp[m](...args); console.log('ok', m) } catch (e) { console.log(e.name, e.code, e.message) }
for (const m of ['get', 'toString', 'keys', 'sort', 'append']) try { URLSearchParams.prototype[m].call({}, 'a', 'b') } catch (e) { console.log(e.name, e.code, e.message) }
try { Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}) } catch (e) { console.log(e.code, e.message) }
console.log(sp.size, sp.has('a', '3'), sp.getAll('a'), [...sp.keys()], URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype).join());
const p = []; for (const k in new URL('http://a')) p.push(k); console.log(p.join());
console.log(util.inspect(new URLSearchParams('a=1').keys()), util.inspect(sp.entries()), util.inspect(sp.values()));
const it = sp.keys(); it.next(); console.log(util.inspect(it));
class MyURL extends URL {}; console.log(util.inspect(new MyURL('http://a')).split('\n')[0]);
console.log(util.inspect({ a: new URL('http://a') }, { depth: 0 }));
const u = new URL('http://a/?q=r'); u.searchParams;
console.log(require('url').urlToHttpOptions(u));
console.log(new URL('http://x/?a=1').searchParams instanceof URLSearchParams, URLSearchParams.name, URLSearchParams.length);
class MySP extends URLSearchParams { extra() { return 1; } }
const m = new MySP('z=1'); console.log(m.extra(), m.get('z'), m instanceof URLSearchParams, util.inspect(m));
try { URLSearchParams() } catch (e) { console.log(e.name, e.message) }
console.log(Object.keys(u), JSON.stringify(u), { ...u });
const big = new URLSearchParams(); for (let i = 0; i < 8; i++) big.append('key' + i, 'value' + i);
console.log(util.inspect(big)); console.log(util.inspect({ a: { b: big } }, { depth: 0 }), util.inspect([[[big]]], {depth: 1}));
console.log(util.inspect(new URLSearchParams('a=1'), { colors: true }));
