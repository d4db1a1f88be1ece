'use strict';

// The `readline` builtin (Node 20): createInterface / Interface with the
// callback question(), the legacy underscore methods, the cursor helpers,
// emitKeypressEvents and `promises` (readline/promises).

const {
  AbortError,
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { kResistStopPropagation } = require('internal/event_target');
const {
  Interface: BaseInterface,
  InterfaceConstructor,
  kAddHistory,
  kCallCompleter,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLineBuffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTtyWrite,
  kTtyWriteDumb,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
} = require('./interface');
const {
  cursorTo,
  moveCursor,
  clearLine,
  clearScreenDown,
} = require('./cursor');
const { emitKeypressEvents } = require('./keypress');
const promises = require('./promises');

const kEmptyObject = Object.freeze({ __proto__: null });
const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

// new Interface(input[, output[, completer[, terminal]]]) or
// new Interface(options); callable without `new`.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }
  Reflect.apply(InterfaceConstructor, this, [input, output, completer, terminal]);
  if (process.env.TERM === 'dumb') {
    this._ttyWrite = this[kTtyWriteDumb];
  }
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// Completers here are either synchronous (line) -> [completions, sub] or
// callback-style (line, callback(err, [completions, sub])).
Interface.prototype[kCallCompleter] = function(line, callback) {
  const completer = this.completer;
  if (completer.length === 2) {
    completer.call(this, line, callback);
    return;
  }
  let value;
  try {
    value = completer.call(this, line);
  } catch (err) {
    callback(err);
    return;
  }
  callback(null, value);
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => {
        this[kQuestionCancel]();
      };
      signal.addEventListener('abort', onAbort, {
        __proto__: null, once: true, [kResistStopPropagation]: true,
      });
      const cleanup = () => signal.removeEventListener('abort', onAbort);
      const original = cb;
      cb = typeof original === 'function' ? (answer) => {
        cleanup();
        return original(answer);
      } : cleanup;
    }
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question)
Interface.prototype.question[kPromisifyCustom] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  const signal = options.signal;
  if (signal && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (signal) {
      const onAbort = () => {
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onAbort, {
        __proto__: null, once: true, [kResistStopPropagation]: true,
      });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// The legacy underscore names. The internal steps are reached through
// their symbols; on legacy interfaces those symbols read the underscore
// properties, so overriding e.g. rl._writeToOutput takes effect.
const legacyMethods = [
  ['_setRawMode', kSetRawMode],
  ['_onLine', kOnLine],
  ['_writeToOutput', kWriteToOutput],
  ['_addHistory', kAddHistory],
  ['_refreshLine', kRefreshLine],
  ['_normalWrite', kNormalWrite],
  ['_insertString', kInsertString],
  ['_tabComplete', kTabComplete],
  ['_wordLeft', kWordLeft],
  ['_wordRight', kWordRight],
  ['_deleteLeft', kDeleteLeft],
  ['_deleteRight', kDeleteRight],
  ['_deleteWordLeft', kDeleteWordLeft],
  ['_deleteWordRight', kDeleteWordRight],
  ['_deleteLineLeft', kDeleteLineLeft],
  ['_deleteLineRight', kDeleteLineRight],
  ['_line', kLine],
  ['_historyNext', kHistoryNext],
  ['_historyPrev', kHistoryPrev],
  ['_getDisplayPos', kGetDisplayPos],
  ['_getCursorPos', null],
  ['_moveCursor', kMoveCursor],
  ['_ttyWrite', kTtyWrite],
];
const legacyState = [
  ['_decoder', kDecoder],
  ['_line_buffer', kLineBuffer],
  ['_oldPrompt', kOldPrompt],
  ['_previousKey', kPreviousKey],
  ['_prompt', kPrompt],
  ['_questionCallback', kQuestionCallback],
  ['_sawKeyPress', kSawKeyPress],
  ['_sawReturnAt', kSawReturnAt],
];

for (const [name, symbol] of legacyState) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return this[symbol]; },
    set(value) { this[symbol] = value; },
  });
}

for (const [name, symbol] of legacyMethods) {
  const impl = symbol === null ?
    BaseInterface.prototype.getCursorPos : BaseInterface.prototype[symbol];
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null, value: impl, writable: true, configurable: true, enumerable: false,
  });
  if (symbol !== null) {
    Object.defineProperty(Interface.prototype, symbol, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() { return this[name]; },
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
