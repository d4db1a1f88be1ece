'use strict';

// The `timers` builtin (Node 20). The timer machinery itself is the core's
// (internal/timers: the globals are the same functions); this module
// re-exports it, adds Node's legacy item API (enroll / unenroll / active /
// _unrefActive, all deprecated) and the `promises` getter, and gives the
// core's setTimeout / setImmediate their util.promisify.custom hooks, so that
// util.promisify(setTimeout) resolves like timers/promises' setTimeout.
//
// The core defines a configurable, non-enumerable stand-in hook of its own;
// loading this module turns it into Node's exact property shape.

const core = require('internal/timers');
const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');
const TIMEOUT_MAX = 2 ** 31 - 1;

function lazyPromises() {
  return require('./promises');
}

// util.promisify(setTimeout) / util.promisify(setImmediate): read-only,
// enumerable, non-configurable getters, as on Node's functions. (The core
// may already carry a configurable stand-in; it is replaced by Node's shape.)
function installPromisifyHook(fn, name) {
  const existing = Object.getOwnPropertyDescriptor(fn, kPromisifyCustom);
  if (existing !== undefined && !existing.configurable) return;
  Object.defineProperty(fn, kPromisifyCustom, {
    __proto__: null,
    enumerable: true,
    configurable: false,
    get() {
      return lazyPromises()[name];
    },
  });
}
installPromisifyHook(core.setTimeout, 'setTimeout');
installPromisifyHook(core.setImmediate, 'setImmediate');

// ---------------------------------------------------------------------------
// Deprecated item API: any object with an _onTimeout method can be armed as
// a timer of `_idleTimeout` ms (it shares the core's lists and heap).

const warned = new Set();
function deprecate(fn, message, code) {
  function deprecated(...args) {
    if (!warned.has(code)) {
      warned.add(code);
      process.emitWarning(message, 'DeprecationWarning', code, deprecated);
    }
    return Reflect.apply(fn, this, args);
  }
  Object.defineProperty(deprecated, 'length', { __proto__: null, value: 0 });
  Object.defineProperty(deprecated, 'name', { __proto__: null, value: fn.name });
  return deprecated;
}

function unenrollItem(item) {
  if (core.isLinked(item)) {
    core.unenroll(item);  // drops its ref and its list slot, marks destroyed
  } else {
    item._destroyed = true;
  }
  item._idleTimeout = -1;
}

function enrollItem(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (!(msecs >= 0) || msecs === Infinity) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (core.isLinked(item)) unenrollItem(item);
  if (msecs > TIMEOUT_MAX) msecs = TIMEOUT_MAX;
  item._idleNext = item;
  item._idlePrev = item;
  item._idleTimeout = msecs;
}

function activateItem(item, refed) {
  const msecs = item._idleTimeout;
  if (typeof msecs !== 'number' || !(msecs >= 0)) return;
  if (core.isLinked(item)) core.unenroll(item);
  item._idleTimeout = msecs;  // unenroll marked it cleared
  item._idleStart = null;
  item._destroyed = false;
  item[core.kRefed] = false;
  if (refed) core.Timeout.prototype.ref.call(item);
  core.insert(item, msecs, core.getLibuvNow());
}

function enroll(item, msecs) { enrollItem(item, msecs); }
function unenroll(item) { unenrollItem(item); }
function active(item) { activateItem(item, true); }
function _unrefActive(item) { activateItem(item, false); }

module.exports = {
  setTimeout: core.setTimeout,
  clearTimeout: core.clearTimeout,
  setImmediate: core.setImmediate,
  clearImmediate: core.clearImmediate,
  setInterval: core.setInterval,
  clearInterval: core.clearInterval,
  _unrefActive: deprecate(_unrefActive,
                          'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.',
                          'DEP0127'),
  active: deprecate(active,
                    'timers.active() is deprecated. Please use timeout.refresh() instead.',
                    'DEP0126'),
  unenroll: deprecate(unenroll,
                      'timers.unenroll() is deprecated. Please use clearTimeout instead.',
                      'DEP0096'),
  enroll: deprecate(enroll,
                    'timers.enroll() is deprecated. Please use setTimeout instead.',
                    'DEP0095'),
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return lazyPromises();
  },
});
