'use strict';
// An 'error' event nobody listens for is thrown; the fatal printout adds,
// as node's does, where emit('error') was called and on what kind of
// emitter, eliding the frames it shares with the error's own stack.
const EventEmitter = require('events');

class Source extends EventEmitter {}

function fail() {
  new Source().emit('error', new Error('boom'));
}

function outer() {
  fail();
}

outer();
