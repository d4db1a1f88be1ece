'use strict';

// Property-shape helpers for the web classes (EventTarget, AbortSignal,
// TextDecoder, PerformanceEntry, ...): WebIDL makes their accessors and
// methods enumerable and gives them a read-only Symbol.toStringTag.

function makeEnumerable(proto, keys) {
  for (const key of keys) {
    Object.defineProperty(proto, key, { __proto__: null, enumerable: true });
  }
}

// Re-adds `key` last so that it comes last in the prototype's key order.
function moveToEnd(proto, key) {
  const desc = Object.getOwnPropertyDescriptor(proto, key);
  delete proto[key];
  // A null-prototype copy: getOwnPropertyDescriptor's object inherits
  // whatever get/set someone put on Object.prototype.
  Object.defineProperty(proto, key, { __proto__: null, ...desc });
}

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null,
    value: tag,
    writable: false,
    enumerable: false,
    configurable: true,
  });
}

module.exports = { makeEnumerable, moveToEnd, defineToStringTag };
