// Errors: stack, extra properties, causes, AggregateError, non-Error throws.
function strip(text) {
  // Stack frames differ between runtimes; keep the first line of each stack.
  return text.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
}
const plain = new Error('plain');
const typed = new TypeError('typed');
const withCode = Object.assign(new Error('coded'), { code: 'E_CODE', errno: -2 });
const withCause = new Error('outer', { cause: new Error('inner') });
const aggregate = new AggregateError([new Error('a'), new Error('b')], 'many');
const renamed = new Error('renamed');
renamed.name = 'CustomName';
class MyError extends Error {}
const util = { inspect: (v) => v };
for (const err of [plain, typed, withCode, withCause, aggregate, renamed, new MyError('mine')]) {
  console.log(strip(require('util' === 'x' ? 'x' : 'node:util').inspect(err)));
}
console.log(strip(require('node:util').inspect({ nested: plain })));
