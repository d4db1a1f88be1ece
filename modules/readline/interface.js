'use strict';

// The readline Interface shared by `readline` (callback question, the
// legacy underscore methods) and `readline/promises` (promise question).
//
// Two modes:
//  - non-terminal (input is any Readable / EventEmitter with pause/resume):
//    'data' chunks are decoded as UTF-8 and split on \n, \r\n and a lone \r.
//    A \r at the end of one chunk followed by \n at the start of the next
//    within `crlfDelay` ms is one line ending. What is left at 'end' becomes
//    a last 'line'.
//  - terminal (output is a TTY, or terminal: true): keypresses drive a line
//    editor (cursor movement, deletion, word motion, history with prefix
//    search, tab completion, ^C -> 'SIGINT', ^Z -> 'SIGTSTP', ^D, ^L) and
//    the line is redrawn on the output with ANSI sequences.
//
// Internal steps are symbol-named methods; the legacy readline.Interface
// maps them to its underscore methods (_writeToOutput, _ttyWrite, ...) so
// programs overriding those keep working.

const EventEmitter = require('internal/events');
const { TextDecoder } = require('internal/encoding');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_USE_AFTER_CLOSE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const { kResistStopPropagation } = require('internal/event_target');
const {
  cursorTo,
  moveCursor,
  clearScreenDown,
} = require('./cursor');
const { emitKeypressEvents, kSawKeyPress } = require('./keypress');

const kHistorySize = 30;
const kMaxCrlfDelay = Infinity;
const kMinCrlfDelay = 100;
const kEscapeCodeTimeout = 500;
const kLowWatermark = 1;
const kHighWatermark = 1024;
// \r\n, \n, or \r not followed by \n
const lineEnding = /\r?\n|\r(?!\n)/g;

// Internal steps (the legacy Interface exposes them as _underscore names).
const kAddHistory = Symbol('_addHistory');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLineBuffer = Symbol('_line_buffer');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kQuestionCallback = Symbol('_questionCallback');
const kRefreshLine = Symbol('_refreshLine');
const kSawReturnAt = Symbol('_sawReturnAt');
const kLineEnd = Symbol('_lineEnd');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTtyWrite = Symbol('_ttyWrite');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
// Not exposed as underscore methods.
const kQuestion = Symbol('kQuestion');
const kQuestionCancel = Symbol('kQuestionCancel');
const kSubstringSearch = Symbol('kSubstringSearch');
const kLineObjectStream = Symbol('line object stream');
const kCallCompleter = Symbol('kCallCompleter');
const kTabCompleter = Symbol('kTabCompleter');
const kTtyWriteDumb = Symbol('kTtyWriteDumb');

// Length (in UTF-16 units) of the character before / at index i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) > 0xffff) return 2;
  return 1;
}

function charLengthAt(str, i) {
  if (str.length <= i) return 1;  // pretend there is one so the cursor moves
  return str.codePointAt(i) > 0xffff ? 2 : 1;
}

function reverseString(str) {
  return Array.from(str).reverse().join('');
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  let i = 0;
  while (i < min.length && min[i] === max[i]) i++;
  return min.slice(0, i);
}

let inspect;
function lazyInspect(value) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value);
}

// The constructor is a plain function so that the legacy
// readline.Interface (callable without `new`) can run it on its own `this`.
function InterfaceConstructor(input, output, completer, terminal) {
  // Own properties in Node's order (Object.keys of an Interface).
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = kEscapeCodeTimeout;
  this.tabSize = 8;
  EventEmitter.call(this);
  this[kSawReturnAt] = 0;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this[kSubstringSearch] = null;
  this[kPrompt] = '> ';
  this[kLineBuffer] = null;
  this[kQuestionCallback] = null;
  this[kOldPrompt] = '';

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // An options object.
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    const tabSize = options.tabSize;
    if (tabSize !== undefined) {
      validateUint32(tabSize, 'tabSize', true);
      this.tabSize = tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(options.escapeCodeTimeout)) {
        this.escapeCodeTimeout = options.escapeCodeTimeout;
      } else {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout',
                                        this.escapeCodeTimeout);
      }
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) {
    history = [];
  } else {
    validateArray(history, 'history');
  }
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);
  // Backwards compatibility: a TTY output means terminal mode unless told.
  if (terminal === undefined && !(output === null || output === undefined)) {
    terminal = !!output.isTTY;
  }

  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ?
    Math.max(kMinCrlfDelay, Math.min(kMaxCrlfDelay, crlfDelay)) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;

  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, {
        __proto__: null, once: true, [kResistStopPropagation]: true,
      });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  const self = this;
  function onData(data) {
    self[kNormalWrite](data);
  }
  function onEnd() {
    const rest = self[kLineBuffer];
    if (typeof rest === 'string' && rest.length > 0) self.emit('line', rest);
    self.close();
  }
  function onTermEnd() {
    if (typeof self.line === 'string' && self.line.length > 0) {
      self.emit('line', self.line);
    }
    self.close();
  }
  function onKeypress(s, key) {
    self[kTtyWrite](s, key);
    if (key && key.sequence) {
      // A lone surrogate half: the terminal may have drawn garbage.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) self[kRefreshLine]();
    }
  }
  function onResize() {
    self[kRefreshLine]();
  }

  this[kDecoder] = new TextDecoder('utf-8', { ignoreBOM: true });

  // The input's errors are the interface's (for..await of its lines
  // rejects with them), as in node.
  function onError(err) {
    self.emit('error', err);
  }
  input.on('error', onError);
  this.once('close', () => input.removeListener('error', onError));

  if (!this.terminal) {
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
    });
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onTermEnd);
    this[kSetRawMode](true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output !== null && output !== undefined) output.on('resize', onResize);
    this.once('close', () => {
      input.removeListener('keypress', onKeypress);
      input.removeListener('end', onTermEnd);
      if (output !== null && output !== undefined) {
        output.removeListener('resize', onResize);
      }
    });
  }

  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    const cb = this[kQuestionCallback];
    if (cb) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) {
      this.output.write(stringToWrite);
    }
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const dispPos = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    // Keep the cursor on the last row when the line fills it exactly.
    if (dispPos.cols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) {
      this[kTtyWrite](d, key);
    } else {
      this[kNormalWrite](d);
    }
  }

  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = typeof b === 'string' ?
      b : this[kDecoder].decode(b, { stream: true });
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      // The \n of a \r\n split across chunks.
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    // Only the new text needs looking at: the buffered part never holds a
    // line ending (a trailing \r counts as one).
    lineEnding.lastIndex = 0;
    const hasEnding = lineEnding.test(string);
    if (this[kLineBuffer]) {
      string = this[kLineBuffer] + string;
      this[kLineBuffer] = null;
    }
    if (!hasEnding) {
      if (string) this[kLineBuffer] = string;
      return;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const lines = [];
    let start = 0;
    lineEnding.lastIndex = 0;
    let match;
    while ((match = lineEnding.exec(string)) !== null) {
      lines.push(string.slice(start, match.index));
      start = lineEnding.lastIndex;
    }
    const rest = string.slice(start);
    if (rest) this[kLineBuffer] = rest;
    // As in Node, every line of the chunk is emitted even if a listener
    // pauses or closes the interface meanwhile.
    for (const line of lines) this[kOnLine](line);
  }

  [kInsertString](c) {
    if (c === '') return;
    if (this.cursor < this.line.length) {
      const beg = this.line.slice(0, this.cursor);
      const end = this.line.slice(this.cursor);
      this.line = beg + c + end;
      this.cursor += c.length;
      this[kRefreshLine]();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) {
        this[kRefreshLine]();
      } else {
        this[kWriteToOutput](c);
      }
    }
  }

  // Calls the completer as (line, callback(err, [completions, substring])).
  [kCallCompleter](line, callback) {
    let result;
    try {
      result = this.completer(line);
    } catch (err) {
      callback(err);
      return;
    }
    Promise.resolve(result).then((value) => callback(null, value), callback);
  }

  [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    this[kCallCompleter](string, (err, value) => {
      this.resume();
      if (err) {
        this[kWriteToOutput](`Tab completion error: ${lazyInspect(err)}`);
        return;
      }
      this[kTabCompleter](lastKeypressWasTab, value);
    });
  }

  [kTabCompleter](lastKeypressWasTab, value) {
    if (!value) return;
    const completions = value[0];
    const completeOn = value[1];
    if (!completions || completions.length === 0) return;
    // Complete as far as every candidate agrees.
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (typeof completeOn === 'string' && prefix.startsWith(completeOn) &&
        prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    } else if (typeof completeOn === 'string' && !completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
                  this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;
    // Second tab: list the candidates in columns ('' separates groups).
    const widths = completions.map((e) => getStringWidth(e));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - widths[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this[kWriteToOutput](output);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      const leading = reverseString(this.line.slice(0, this.cursor));
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(leading);
      this[kMoveCursor](-match[0].length);
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing);
      this[kMoveCursor](match[0].length);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      let leading = reverseString(this.line.slice(0, this.cursor));
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(leading);
      leading = reverseString(leading.slice(match[0].length));
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this.line = this.line.slice(0, this.cursor);
    this[kRefreshLine]();
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this.clearLine();
    this[kOnLine](line);
  }

  // 'return' (\r) or 'enter' (\n) ends a line, except the \n of a \r\n
  // pair (within crlfDelay), which is not a second line.
  [kLineEnd](keyName) {
    if (keyName === 'return') {
      this[kSawReturnAt] = Date.now();
      this[kLine]();
      return;
    }
    if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
      this[kLine]();
    }
    this[kSawReturnAt] = 0;
  }

  // History navigation; with text before the cursor, only entries starting
  // with it are visited (and the typed text comes back at either end).
  [kHistoryNext]() {
    if (this.historyIndex >= 0) {
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             ((search && !this.history[index].startsWith(search)) ||
              this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  [kHistoryPrev]() {
    if (this.historyIndex < this.history.length && this.history.length) {
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             ((search && !this.history[index].startsWith(search)) ||
              this.line === this.history[index])) {
        index++;
      }
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // Rows and columns `str` occupies on the output (a tab goes to the next
  // tab stop, wide characters take two columns and do not straddle rows).
  [kGetDisplayPos](str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    const strBeforeCursor = this[kPrompt] + this.line.slice(0, this.cursor);
    return this[kGetDisplayPos](strBeforeCursor);
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) {
      this.cursor = 0;
    } else if (this.cursor > this.line.length) {
      this.cursor = this.line.length;
    }
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  }

  // One keypress (or a string written with write()) in terminal mode.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;

    // Up/down with text before the cursor search the history by prefix.
    if (key.name === 'up' || key.name === 'down') {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = this.line.slice(0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace':
          this[kDeleteLineLeft]();
          break;
        case 'delete':
          this[kDeleteLineRight]();
          break;
      }
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) {
            this.emit('SIGINT');
          } else {
            this.close();
          }
          break;
        case 'h':
          this[kDeleteLeft]();
          break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) {
            this.close();
          } else if (this.cursor < this.line.length) {
            this[kDeleteRight]();
          }
          break;
        case 'u':
          this[kDeleteLineLeft]();
          break;
        case 'k':
          this[kDeleteLineRight]();
          break;
        case 'a':
          this[kMoveCursor](-Infinity);
          break;
        case 'e':
          this[kMoveCursor](+Infinity);
          break;
        case 'b':
          this[kMoveCursor](-charLengthLeft(this.line, this.cursor));
          break;
        case 'f':
          this[kMoveCursor](+charLengthAt(this.line, this.cursor));
          break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this[kRefreshLine]();
          break;
        case 'n':
          this[kHistoryNext]();
          break;
        case 'p':
          this[kHistoryPrev]();
          break;
        case 'z':
          if (process.platform === 'win32') break;
          if (this.listenerCount('SIGTSTP') > 0) {
            this.emit('SIGTSTP');
          } else {
            process.once('SIGCONT', () => {
              // Resumed by the shell: back to raw mode, redraw.
              if (!this.paused) {
                this.pause();
                this.emit('SIGCONT');
              }
              this[kSetRawMode](true);
              this[kRefreshLine]();
            });
            this[kSetRawMode](false);
            process.kill(process.pid, 'SIGTSTP');
          }
          break;
        case 'w':
        case 'backspace':
          this[kDeleteWordLeft]();
          break;
        case 'delete':
          this[kDeleteWordRight]();
          break;
        case 'left':
          this[kWordLeft]();
          break;
        case 'right':
          this[kWordRight]();
          break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b':
          this[kWordLeft]();
          break;
        case 'f':
          this[kWordRight]();
          break;
        case 'd':
        case 'delete':
          this[kDeleteWordRight]();
          break;
        case 'backspace':
          this[kDeleteWordLeft]();
          break;
      }
    } else {
      if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
      switch (key.name) {
        case 'return':
        case 'enter':
          this[kLineEnd](key.name);
          break;
        case 'backspace':
          this[kDeleteLeft]();
          break;
        case 'delete':
          this[kDeleteRight]();
          break;
        case 'left':
          this[kMoveCursor](-charLengthLeft(this.line, this.cursor));
          break;
        case 'right':
          this[kMoveCursor](+charLengthAt(this.line, this.cursor));
          break;
        case 'home':
          this[kMoveCursor](-Infinity);
          break;
        case 'end':
          this[kMoveCursor](+Infinity);
          break;
        case 'up':
          this[kHistoryPrev]();
          break;
        case 'down':
          this[kHistoryNext]();
          break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            const lastKeypressWasTab = previousKey && previousKey.name === 'tab';
            this[kTabComplete](lastKeypressWasTab);
            break;
          }
          // Without a completer a tab is inserted like any character.
          // falls through
        default:
          if (typeof s === 'string' && s) {
            // Written text may hold several lines.
            let last = 0;
            lineEnding.lastIndex = 0;
            let match;
            while ((match = lineEnding.exec(s)) !== null) {
              this[kInsertString](s.slice(last, match.index));
              last = lineEnding.lastIndex;
              this[kLine]();
              lineEnding.lastIndex = last;
            }
            this[kInsertString](s.slice(last));
          }
      }
    }
  }

  // TERM=dumb: no editing, no echo of control sequences.
  [kTtyWriteDumb](s, key) {
    key = key || {};
    if (key.name === 'escape') return;
    if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
    if (key.ctrl) {
      if (key.name === 'c') {
        if (this.listenerCount('SIGINT') > 0) {
          this.emit('SIGINT');
        } else {
          this.close();
        }
        return;
      } else if (key.name === 'd') {
        this.close();
        return;
      }
    }
    switch (key.name) {
      case 'return':
      case 'enter':
        this[kLineEnd](key.name);
        break;
      default:
        if (typeof s === 'string' && s) {
          this.line += s;
          this.cursor += s.length;
          this[kWriteToOutput](s);
        }
    }
  }

  // for await (const line of rl): lines after the first call; the
  // interface pauses while 1024 lines wait unread and resumes when they are
  // consumed. Ends at 'close'; an 'error' event rejects the pending read.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      this[kLineObjectStream] = createLineIterator(this);
    }
    return this[kLineObjectStream];
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function createLineIterator(rl) {
  const queue = [];       // lines not yet read
  const waiting = [];     // { resolve, reject } of pending next() calls
  let finished = rl.closed === true;
  let error = null;
  let pausedByUs = false;

  function onLine(line) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (queue.length >= kHighWatermark && !rl.paused) {
      pausedByUs = true;
      rl.pause();
    }
  }
  function onClose() {
    finish();
  }
  function onError(err) {
    if (waiting.length > 0) {
      waiting.shift().reject(err);
    } else {
      error = err;
    }
    finish();
  }
  function detach() {
    rl.removeListener('line', onLine);
    rl.removeListener('close', onClose);
    rl.removeListener('error', onError);
  }
  function finish() {
    finished = true;
    detach();
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  }

  if (!finished) {
    rl.on('line', onLine);
    rl.on('close', onClose);
    rl.on('error', onError);
  }

  return Object.create(AsyncIteratorPrototype, {
    next: {
      __proto__: null,
      writable: true,
      configurable: true,
      value: function next() {
        if (queue.length > 0) {
          const value = queue.shift();
          if (pausedByUs && queue.length < kLowWatermark) {
            pausedByUs = false;
            if (!rl.closed) rl.resume();
          }
          return Promise.resolve({ value, done: false });
        }
        if (error !== null) {
          const err = error;
          error = null;
          return Promise.reject(err);
        }
        if (finished) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
    },
    return: {
      __proto__: null,
      writable: true,
      configurable: true,
      value: function() {
        queue.length = 0;
        finish();
        return Promise.resolve({ value: undefined, done: true });
      },
    },
    throw: {
      __proto__: null,
      writable: true,
      configurable: true,
      value: function(err) {
        queue.length = 0;
        finish();
        return Promise.reject(err);
      },
    },
  });
}

module.exports = {
  Interface,
  InterfaceConstructor,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
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
  kSubstringSearch,
  kTabComplete,
  kTtyWrite,
  kTtyWriteDumb,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
};
