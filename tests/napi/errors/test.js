'use strict';
// Node-API errors and exceptions.
const assert = require('assert');
const common = require('../common');
const addon = common.load('errors');

if (process.argv[2] === 'fatal-error') {
  addon.fatalError();
  return;
}

const kStringExpected = 3;
const kPendingException = 10;

// Throwing errors, with and without a code.
assert.throws(() => addon.throwKind('error', undefined, 'plain'),
              (e) => e instanceof Error && e.constructor === Error &&
                     e.message === 'plain' && !('code' in e));
assert.throws(() => addon.throwKind('error', 'ERR_X', 'with code'),
              { name: 'Error', message: 'with code', code: 'ERR_X' });
assert.throws(() => addon.throwKind('type', 'ERR_T', 'type'),
              (e) => e instanceof TypeError && e.code === 'ERR_T');
assert.throws(() => addon.throwKind('range', undefined, 'range'),
              (e) => e instanceof RangeError && e.message === 'range');
assert.throws(() => addon.throwKind('syntax', 'ERR_S', 'syntax'),
              (e) => e instanceof SyntaxError && e.code === 'ERR_S');

// Creating errors.
{
  const e = addon.createKind('error', undefined, 'made');
  assert.ok(e instanceof Error);
  assert.strictEqual(e.message, 'made');
  assert.ok(addon.createKind('type', 'C', 'm') instanceof TypeError);
  assert.strictEqual(addon.createKind('type', 'C', 'm').code, 'C');
  assert.ok(addon.createKind('range', undefined, 'm') instanceof RangeError);
  assert.ok(addon.createKind('syntax', undefined, 'm') instanceof SyntaxError);
  assert.ok(typeof e.stack === 'string');
  assert.strictEqual(addon.createErrorStatus(undefined, 1), kStringExpected);  // msg not a string
  assert.strictEqual(addon.createErrorStatus(1, 'm'), kStringExpected);        // code not a string
  assert.strictEqual(addon.createErrorStatus('C', 'm'), 0);
}

// napi_throw of any value.
assert.throws(() => addon.throwValue(42), (v) => v === 42);
assert.throws(() => addon.throwValue(undefined), (v) => v === undefined);
const thrownObject = { custom: true };
assert.throws(() => addon.throwValue(thrownObject), (v) => v === thrownObject);

assert.strictEqual(addon.isError(new Error()), true);
assert.strictEqual(addon.isError(new (class extends TypeError {})()), true);
assert.strictEqual(addon.isError({ message: 'x', stack: '' }), false);

// Catching in native code.
{
  const r = addon.callAndCatch(() => { throw new Error('caught'); });
  assert.strictEqual(r.status, kPendingException);
  assert.strictEqual(r.threw, true);
  assert.strictEqual(r.error.message, 'caught');
  assert.strictEqual(r.pendingAfterClear, false);
  const ok = addon.callAndCatch(() => 1);
  assert.deepStrictEqual(ok, { status: 0, threw: false, error: undefined, pendingAfterClear: false });
}
{
  const r = addon.pendingRules();
  assert.strictEqual(r.get, kPendingException);
  assert.strictEqual(r.throwAgain, kPendingException);
  assert.strictEqual(r.createObject, 0);       // cannot run JS: allowed
  assert.strictEqual(r.isPending, 0);
  assert.strictEqual(r.pending, true);
  assert.strictEqual(r.error.code, 'FIRST');   // the first exception wins
}
assert.strictEqual(addon.clearWhenNone(), undefined);

// napi_fatal_exception goes to 'uncaughtException'.
{
  let seen = null;
  process.once('uncaughtException', (err) => { seen = err; });
  const err = new Error('fatal exception');
  addon.fatalException(err);
  setImmediate(() => {
    assert.strictEqual(seen, err);
    fatalErrorTest();
  });
}

// napi_fatal_error prints "FATAL ERROR: <location> <message>" and aborts.
function fatalErrorTest() {
  let childProcess;
  try {
    childProcess = require('child_process');
  } catch {
    console.log('errors: ok (napi_fatal_error not checked: no child_process)');
    return;
  }
  const child = childProcess.spawnSync(process.execPath,
                                       [...process.execArgv, __filename, 'fatal-error'],
                                       { encoding: 'utf8' });
  assert.match(child.stderr, /FATAL ERROR: test_location fatal message/);
  assert.doesNotMatch(child.stderr, /xyz/);        // message_len honoured
  assert.strictEqual(child.signal, 'SIGABRT');
  console.log('errors: ok');
}
