'use strict';

// ANSI/VT100 cursor helpers shared by readline's functions, the Interface
// and readline/promises' Readline: the escape sequences and the legacy
// stream functions cursorTo / moveCursor / clearLine / clearScreenDown.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kEscape = '\x1b';
const kClearToLineBeginning = '\x1b[1K';
const kClearToLineEnd = '\x1b[0K';
const kClearLine = '\x1b[2K';
const kClearScreenDown = '\x1b[0J';

// Column x (0-based) of the current row, or row y / column x.
function cursorToSequence(x, y) {
  return typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`;
}

function moveCursorSequence(dx, dy) {
  let data = '';
  if (dx < 0) data += `\x1b[${-dx}D`;
  else if (dx > 0) data += `\x1b[${dx}C`;
  if (dy < 0) data += `\x1b[${-dy}A`;
  else if (dy > 0) data += `\x1b[${dy}B`;
  return data;
}

function clearLineSequence(dir) {
  if (dir < 0) return kClearToLineBeginning;
  if (dir > 0) return kClearToLineEnd;
  return kClearLine;
}

// Nothing to write: the callback still runs, asynchronously.
function skipWrite(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream === null || stream === undefined ||
      (typeof x !== 'number' && typeof y !== 'number')) {
    return skipWrite(callback);
  }
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  return stream.write(cursorToSequence(x, y), callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined || !(dx || dy)) {
    return skipWrite(callback);
  }
  return stream.write(moveCursorSequence(dx, dy), callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return skipWrite(callback);
  return stream.write(clearLineSequence(dir), callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return skipWrite(callback);
  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  kEscape,
  kClearToLineBeginning,
  kClearToLineEnd,
  kClearLine,
  kClearScreenDown,
  cursorToSequence,
  moveCursorSequence,
  clearLineSequence,
  cursorTo,
  moveCursor,
  clearLine,
  clearScreenDown,
};
