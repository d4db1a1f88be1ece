'use strict';
// The `stream/promises` builtin.

const { pipelineImpl } = require('./lib/pipeline');
const { finished } = require('./lib/end_of_stream');
const { isIterable, isNodeStream, isWebStream } = require('./lib/utils');
require('./stream');  // the operators on Readable.prototype

// pipeline(...streams[, options]) -> Promise of the last stage's value.
function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' &&
        !isNodeStream(lastArg) && !isIterable(lastArg) && !isWebStream(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }

    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

module.exports = {
  finished,
  pipeline,
};
