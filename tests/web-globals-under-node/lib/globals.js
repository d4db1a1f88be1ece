'use strict';

// The two sets of globals the differential cases run against: node's
// built-in web globals, and Mosaic's modules loaded through ./loader.js.

const util = require('util');
const { createLoader } = require('./loader');
const bindings = require('./bindings');

function nodeGlobals() {
  return {
    kind: 'node',
    Event,
    CustomEvent,
    EventTarget,
    AbortController,
    AbortSignal,
    DOMException,
    TextEncoder,
    TextDecoder,
    atob,
    btoa,
    performance,
    PerformanceEntry,
    PerformanceMark,
    PerformanceMeasure,
    structuredClone,
    inspect: util.inspect,
  };
}

function mosaicGlobals() {
  const loader = createLoader({ bindings });
  const r = loader.require;
  const et = r('internal/event_target');
  const ac = r('internal/abort_controller');
  const enc = r('internal/encoding');
  const b64 = r('internal/base64');
  const perf = r('internal/performance');
  const sc = r('internal/structured_clone');
  const de = r('internal/dom_exception');
  return {
    kind: 'mosaic',
    Event: et.Event,
    CustomEvent: et.CustomEvent,
    EventTarget: et.EventTarget,
    NodeEventTarget: et.NodeEventTarget,
    AbortController: ac.AbortController,
    AbortSignal: ac.AbortSignal,
    DOMException: de.DOMException,
    TextEncoder: enc.TextEncoder,
    TextDecoder: enc.TextDecoder,
    atob: b64.atob,
    btoa: b64.btoa,
    performance: perf.performance,
    PerformanceEntry: perf.PerformanceEntry,
    PerformanceMark: perf.PerformanceMark,
    PerformanceMeasure: perf.PerformanceMeasure,
    structuredClone: sc.structuredClone,
    inspect: util.inspect,
    internals: { et, ac, enc, b64, perf, sc, de },
    loaderNotes: loader.notes,
  };
}

module.exports = { nodeGlobals, mosaicGlobals };
