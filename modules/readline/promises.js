'use strict';

// `readline/promises` (Node 20): an Interface whose question() returns a
// promise, and Readline, which batches cursor actions for a TTY stream and
// writes them on commit() (or at once with autoCommit).

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateInteger,
} = require('internal/validators');
const { kResistStopPropagation } = require('internal/event_target');
const {
  Interface: BaseInterface,
  kQuestion,
  kQuestionCancel,
} = require('./interface');
const {
  kClearScreenDown,
  cursorToSequence,
  moveCursorSequence,
  clearLineSequence,
} = require('./cursor');

const kEmptyObject = Object.freeze({ __proto__: null });

class Interface extends BaseInterface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
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
      this[kQuestion](query, cb);
    });
  }
}

// A writable Node stream that is still open (Node's isWritable()).
function isWritableStream(stream) {
  return stream !== null && typeof stream === 'object' &&
    typeof stream.write === 'function' && typeof stream.on === 'function' &&
    stream.writable === true && stream.destroyed !== true &&
    stream.writableEnded !== true;
}

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!isWritableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) {
      process.nextTick(() => this.#stream.write(data));
    } else {
      this.#todo.push(data);
    }
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#queue(cursorToSequence(x, y == null ? undefined : y));
    return this;
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(moveCursorSequence(dx, dy));
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#queue(clearLineSequence(dir));
    return this;
  }

  clearScreenDown() {
    this.#queue(kClearScreenDown);
    return this;
  }

  // Writes everything queued in one write() (an empty one when nothing
  // is queued, as Node does) and resolves when it is flushed.
  commit() {
    const data = this.#todo.join('');
    this.#todo = [];
    return new Promise((resolve) => {
      this.#stream.write(data, resolve);
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  Readline,
  createInterface,
};
