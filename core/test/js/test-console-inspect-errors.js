// Errors: extra properties, causes, AggregateError, renamed and subclassed
// errors. Stack traces are turned off so the output is the same on any path.
Error.stackTraceLimit = 0;
const plain = new Error('plain');
const typed = new TypeError('typed');
const withCode = Object.assign(new Error('coded'), { code: 'E_CODE', errno: -2 });
const withCause = new Error('outer', { cause: new Error('inner') });
const aggregate = new AggregateError([new Error('a'), new Error('b')], 'many');
const renamed = new Error('renamed');
renamed.name = 'CustomName';
class MyError extends Error {}
const noMessage = new RangeError();
const causeValue = new Error('with primitive cause', { cause: 42 });
for (const err of [plain, typed, withCode, withCause, aggregate, renamed, new MyError('mine'), noMessage, causeValue]) {
  console.log(err);
}
console.log({ nested: plain, list: [typed] });
console.log([new Error('in array')]);
