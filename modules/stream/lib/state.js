'use strict';
// highWaterMark defaults and option parsing.

const { validateInteger } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

let defaultBytesHighWaterMark = 16 * 1024;
let defaultObjectHighWaterMark = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjectHighWaterMark : defaultBytesHighWaterMark;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjectHighWaterMark = value;
  else defaultBytesHighWaterMark = value;
}

// options.highWaterMark wins; a duplex side may also be given its own
// (readableHighWaterMark / writableHighWaterMark).
function highWaterMarkFrom(options, isDuplex, duplexKey) {
  return options.highWaterMark != null ? options.highWaterMark :
    isDuplex ? options[duplexKey] : null;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw new ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

module.exports = {
  getHighWaterMark,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
};
