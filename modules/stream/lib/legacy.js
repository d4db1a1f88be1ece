'use strict';
// The pre-streams2 base class: an EventEmitter with a minimal pipe().

const EE = require('events');

function Stream(opts) {
  EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

Stream.prototype.pipe = function(dest, options) {
  const source = this;
  let didOnEnd = false;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) {
      source.pause();
    }
  }

  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }

  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }

  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  // Rethrow only when nobody else listens for errors.
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }

  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('data', ondata);
  dest.on('drain', ondrain);

  // dest.end() is called once source ends, unless told otherwise; stdio
  // is never ended.
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }

  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);

  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);

  dest.emit('pipe', source);
  return dest;
};

// Only event names that still have listeners (a stream may keep emptied
// slots in its _events).
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  if (events == null) return names;
  for (const key of Reflect.ownKeys(events)) {
    const handler = events[key];
    if (typeof handler === 'function' || (Array.isArray(handler) && handler.length > 0)) {
      names.push(key);
    }
  }
  return names;
};

// prependListener for emitters that may predate it.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    return emitter.prependListener(event, fn);
  }
  const events = emitter._events;
  if (!events || !events[event]) {
    emitter.on(event, fn);
  } else if (Array.isArray(events[event])) {
    events[event].unshift(fn);
  } else {
    events[event] = [fn, events[event]];
  }
}

module.exports = { Stream, prependListener };
