'use strict';

// The `util.types` API.
//
// Two kinds of checks live here:
//
// * Checks JS can answer exactly, cheaply and without side effects:
//   typed arrays (the %TypedArray%.prototype[@@toStringTag] getter returns
//   the element type for real typed arrays and undefined for anything else,
//   proxies included), ArrayBuffer views and isKeyObject/isCryptoKey (no
//   crypto objects exist in this runtime's core).
//
// * Brand checks. JS *can* answer these exactly by calling a builtin that
//   verifies an internal slot (e.g. the Map.prototype.size getter) inside
//   try/catch, but every negative answer costs a thrown TypeError: measured
//   at 4-7 microseconds each on V8, which would make util.inspect of class
//   instances ~10x slower than Node (formatRaw asks ~10 of these per
//   object). So the native binding is used when it provides the check and
//   the JS brand check is only a fallback.
//
// * Checks JS cannot answer at all without side effects (promise, proxy,
//   generator object, iterators, arguments, native error, ...). These come
//   from the binding only.
//
// internalBinding('types') functions used (same names and semantics as
// V8's Value::IsXxx(), like Node's own binding):
//   required: isExternal isArgumentsObject isNativeError isAsyncFunction
//             isGeneratorFunction isGeneratorObject isPromise isMapIterator
//             isSetIterator isProxy isModuleNamespaceObject
//   used when present (JS brand-check fallback otherwise):
//             isDate isRegExp isMap isSet isWeakMap isWeakSet isArrayBuffer
//             isSharedArrayBuffer isAnyArrayBuffer isDataView isNumberObject
//             isStringObject isBooleanObject isBigIntObject isSymbolObject
//             isBoxedPrimitive

const binding = internalBinding('types');

// --- Brand-check fallbacks --------------------------------------------------

const uncurry = (fn) => (thisArg) => fn.call(thisArg);
const getterOf = (proto, name) =>
  Object.getOwnPropertyDescriptor(proto, name).get;

// Returns a predicate that is true when `probe.call(value)` does not throw.
// `probe` must be a builtin that only inspects internal slots.
function brandCheck(probe, { objectsOnly = false } = {}) {
  return function check(value) {
    if (objectsOnly &&
        (value === null ||
         (typeof value !== 'object' && typeof value !== 'function'))) {
      return false;
    }
    try {
      probe.call(value);
      return true;
    } catch {
      return false;
    }
  };
}

// RegExp.prototype.source special-cases %RegExp.prototype% itself (returns
// '(?:)' instead of throwing), so exclude it explicitly.
const regExpSourceBrand = brandCheck(getterOf(RegExp.prototype, 'source'));
function jsIsRegExp(value) {
  return value !== RegExp.prototype && regExpSourceBrand(value);
}

// valueOf of the wrapper prototypes also accepts primitives, hence
// objectsOnly.
const jsIsNumberObject =
  brandCheck(Number.prototype.valueOf, { objectsOnly: true });
const jsIsStringObject =
  brandCheck(String.prototype.valueOf, { objectsOnly: true });
const jsIsBooleanObject =
  brandCheck(Boolean.prototype.valueOf, { objectsOnly: true });
const jsIsBigIntObject =
  brandCheck(BigInt.prototype.valueOf, { objectsOnly: true });
const jsIsSymbolObject =
  brandCheck(Symbol.prototype.valueOf, { objectsOnly: true });

const jsIsArrayBuffer = brandCheck(getterOf(ArrayBuffer.prototype, 'byteLength'));
const jsIsSharedArrayBuffer = typeof SharedArrayBuffer === 'function' ?
  brandCheck(getterOf(SharedArrayBuffer.prototype, 'byteLength')) :
  () => false;

const fallbacks = {
  isDate: brandCheck(Date.prototype.getTime),
  isRegExp: jsIsRegExp,
  isMap: brandCheck(getterOf(Map.prototype, 'size')),
  isSet: brandCheck(getterOf(Set.prototype, 'size')),
  // `has` with a primitive key answers false without side effects.
  isWeakMap: brandCheck(function probe() { WeakMap.prototype.has.call(this, 0); }),
  isWeakSet: brandCheck(function probe() { WeakSet.prototype.has.call(this, 0); }),
  isArrayBuffer: jsIsArrayBuffer,
  isSharedArrayBuffer: jsIsSharedArrayBuffer,
  isAnyArrayBuffer: (v) => jsIsArrayBuffer(v) || jsIsSharedArrayBuffer(v),
  // The `buffer` getter (unlike byteLength) also works once detached.
  isDataView: brandCheck(getterOf(DataView.prototype, 'buffer')),
  isNumberObject: jsIsNumberObject,
  isStringObject: jsIsStringObject,
  isBooleanObject: jsIsBooleanObject,
  isBigIntObject: jsIsBigIntObject,
  isSymbolObject: jsIsSymbolObject,
  isBoxedPrimitive: (v) => jsIsNumberObject(v) || jsIsStringObject(v) ||
    jsIsBooleanObject(v) || jsIsBigIntObject(v) || jsIsSymbolObject(v),
};

function nativeOr(name) {
  const native = binding[name];
  return typeof native === 'function' ? native : fallbacks[name];
}

function nativeOnly(name) {
  const native = binding[name];
  if (typeof native !== 'function') {
    throw new Error(`internalBinding('types').${name} is missing`);
  }
  return native;
}

// --- Typed arrays (exact in JS, no exceptions) ------------------------------

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = uncurry(getterOf(TypedArrayPrototype, Symbol.toStringTag));

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isTypedArray(value) {
  return getTypedArrayTag(value) !== undefined;
}

function typedArrayCheck(tag) {
  return (value) => getTypedArrayTag(value) === tag;
}

module.exports = {
  isExternal: nativeOnly('isExternal'),
  isDate: nativeOr('isDate'),
  isArgumentsObject: nativeOnly('isArgumentsObject'),
  isBigIntObject: nativeOr('isBigIntObject'),
  isBooleanObject: nativeOr('isBooleanObject'),
  isNumberObject: nativeOr('isNumberObject'),
  isStringObject: nativeOr('isStringObject'),
  isSymbolObject: nativeOr('isSymbolObject'),
  isNativeError: nativeOnly('isNativeError'),
  isRegExp: nativeOr('isRegExp'),
  isAsyncFunction: nativeOnly('isAsyncFunction'),
  isGeneratorFunction: nativeOnly('isGeneratorFunction'),
  isGeneratorObject: nativeOnly('isGeneratorObject'),
  isPromise: nativeOnly('isPromise'),
  isMap: nativeOr('isMap'),
  isSet: nativeOr('isSet'),
  isMapIterator: nativeOnly('isMapIterator'),
  isSetIterator: nativeOnly('isSetIterator'),
  isWeakMap: nativeOr('isWeakMap'),
  isWeakSet: nativeOr('isWeakSet'),
  isArrayBuffer: nativeOr('isArrayBuffer'),
  isDataView: nativeOr('isDataView'),
  isSharedArrayBuffer: nativeOr('isSharedArrayBuffer'),
  isProxy: nativeOnly('isProxy'),
  isModuleNamespaceObject: nativeOnly('isModuleNamespaceObject'),
  isAnyArrayBuffer: nativeOr('isAnyArrayBuffer'),
  isBoxedPrimitive: nativeOr('isBoxedPrimitive'),
  isArrayBufferView,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  // No KeyObject / CryptoKey classes exist in the core.
  isKeyObject: () => false,
  isCryptoKey: () => false,
};

// Exposed for the test harness, which checks the fallbacks against V8 (under
// a symbol: util.types has no extra names).
Object.defineProperty(module.exports, Symbol.for('mosaic.util.types.jsFallbacks'), {
  __proto__: null,
  value: fallbacks,
  enumerable: false,
});
