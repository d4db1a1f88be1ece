'use strict';

// Deep equality as Node 20 defines it, shared by assert.deep[Strict]Equal,
// assert.notDeep[Strict]Equal, assert.throws' object validation and
// util.isDeepStrictEqual.
//
// Two modes:
//   strict: primitives by Object.is (so NaN equals NaN, 0 differs from -0),
//           prototypes and [[Class]] tags must match, enumerable own symbol
//           keys count, Map/Set members match by strict deep equality.
//   loose:  primitives by == (plus NaN equals NaN), prototypes ignored,
//           symbol keys ignored, Map/Set members may match loosely.
//
// Objects are compared by their [[Class]] tag (Object.prototype.toString),
// then by type-specific contents (Date time value, RegExp source/flags/
// lastIndex, Error name/message/cause/errors, typed array bytes, boxed
// primitive value, URL href, Map/Set members) and finally by their own
// enumerable string keys (any order). Cycles are handled by remembering the
// pairs currently being compared: meeting the same pair again on the path
// counts as equal (so structures that repeat in step are equal, whatever
// their cycle lengths).

const types = require('internal/util/types');

const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isBoxedPrimitive,
  isBigIntObject,
  isBooleanObject,
  isDate,
  isFloat32Array,
  isFloat64Array,
  isMap,
  isNativeError,
  isNumberObject,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
} = types;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) =>
  Object.prototype.propertyIsEnumerable.call(obj, key);
const tagOf = (value) => Object.prototype.toString.call(value);

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = (() => {
  const get = Object.getOwnPropertyDescriptor(
    TypedArrayPrototype, Symbol.toStringTag).get;
  return (value) => get.call(value);
})();
const dateTime = (() => {
  const getTime = Date.prototype.getTime;
  return (date) => getTime.call(date);
})();
const regExpFlags = (() => {
  const get = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
  return (re) => get.call(re);
})();
const regExpSource = (() => {
  const get = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
  return (re) => get.call(re);
})();

// Own enumerable keys that are not array indices. The native helper skips
// indices without materialising them (a 10 MB Buffer has 10M of them).
const kOnlyEnumerable = 2;   // v8::PropertyFilter::ONLY_ENUMERABLE
const kSkipSymbols = 16;     // v8::PropertyFilter::SKIP_SYMBOLS
let nativeNonIndexKeys;
function ownNonIndexKeys(obj, skipSymbols) {
  if (nativeNonIndexKeys === undefined) {
    nativeNonIndexKeys = null;
    try {
      const util = internalBinding('util');
      if (typeof util.getOwnNonIndexProperties === 'function') {
        nativeNonIndexKeys = util.getOwnNonIndexProperties;
      }
    } catch {
      // No native helper: the JS fallback below.
    }
  }
  const filter = skipSymbols ? kOnlyEnumerable | kSkipSymbols : kOnlyEnumerable;
  if (nativeNonIndexKeys !== null) return nativeNonIndexKeys(obj, filter);
  const keys = [];
  for (const key of Object.keys(obj)) {
    if (!isArrayIndexKey(key)) keys.push(key);
  }
  if (!skipSymbols) {
    for (const sym of Object.getOwnPropertySymbols(obj)) {
      if (isEnumerable(obj, sym)) keys.push(sym);
    }
  }
  return keys;
}

function isArrayIndexKey(key) {
  if (key.length === 0 || key.length > 10) return false;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return Number(key) < 4294967295;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// Loose float arrays compare element values: 0 equals -0, NaN differs.
function sameFloatValues(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameRegExp(a, b) {
  return regExpSource(a) === regExpSource(b) &&
    regExpFlags(a) === regExpFlags(b) &&
    a.lastIndex === b.lastIndex;
}

function sameBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function isErrorLike(value) {
  return isNativeError(value) || value instanceof Error;
}

// The same test Node uses to recognise WHATWG URL objects without a brand.
function isURL(value) {
  return value !== null && typeof value === 'object' &&
    typeof value.href === 'string' && value.protocol !== undefined &&
    value.auth === undefined && value.path === undefined;
}

// How objEquiv walks the members of the pair.
const kPlain = 0;
const kArray = 1;
const kSet = 2;
const kMap = 3;

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    return a !== 0 || !strict || Object.is(a, b);
  }

  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && a !== a && b !== b;
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (a !== a && b !== b);
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = tagOf(a);
  if (tag !== tagOf(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = ownNonIndexKeys(a, !strict);
    if (keysA.length !== ownNonIndexKeys(b, !strict).length) return false;
    return compareMembers(a, b, strict, memos, kArray, keysA);
  }
  if (tag === '[object Object]') {
    return compareMembers(a, b, strict, memos, kPlain);
  }

  if (isDate(a)) {
    if (!isDate(b) || dateTime(a) !== dateTime(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) {
      return false;
    }
    // cause and errors are compared in compareMembers, inside the cycle
    // bookkeeping (an error may be its own cause).
    return compareMembers(a, b, strict, memos, kPlain, undefined, true);
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b) || typedArrayTag(a) !== typedArrayTag(b)) {
      return false;
    }
    if (!strict && (isFloat32Array(a) || isFloat64Array(a))) {
      if (!sameFloatValues(a, b)) return false;
    } else if (!sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysA = ownNonIndexKeys(a, !strict);
    if (keysA.length !== ownNonIndexKeys(b, !strict).length) return false;
    return compareMembers(a, b, strict, memos, kPlain, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return compareMembers(a, b, strict, memos, kSet);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return compareMembers(a, b, strict, memos, kMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) ||
        !sameBytes(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) ||
             isMap(b) || isDate(b) || isRegExp(b) || isAnyArrayBuffer(b) ||
             isBoxedPrimitive(b) || isErrorLike(b)) {
    return false;
  }
  return compareMembers(a, b, strict, memos, kPlain);
}

// Checks the key sets of a pair, then (with cycle bookkeeping) the values.
// keysA, when given, are a's already-collected non-index keys whose count
// the caller checked against b's.
function compareMembers(a, b, strict, memos, kind, keysA, isError = false) {
  const collected = keysA === undefined;
  if (collected) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
  }
  for (let i = 0; i < keysA.length; i++) {
    if (!isEnumerable(b, keysA[i])) return false;
  }

  if (strict && collected) {
    const symbolsA = Object.getOwnPropertySymbols(a);
    let count = 0;
    for (const sym of symbolsA) {
      if (isEnumerable(a, sym)) {
        if (!isEnumerable(b, sym)) return false;
        keysA.push(sym);
        count++;
      } else if (isEnumerable(b, sym)) {
        return false;
      }
    }
    // Node only counts b's enumerable symbols when the totals differ.
    const symbolsB = Object.getOwnPropertySymbols(b);
    if (symbolsA.length !== symbolsB.length) {
      let countB = 0;
      for (const sym of symbolsB) {
        if (isEnumerable(b, sym)) countB++;
      }
      if (countB !== count) return false;
    }
  }

  if (keysA.length === 0 && !isError &&
      (kind === kPlain || (kind === kArray && a.length === 0) || a.size === 0)) {
    return true;
  }

  if (memos === undefined) memos = { a: [], b: [], index: undefined };
  // A pair that is already being compared further up means the structures
  // repeat in step: that branch counts as equal.
  if (!enterPair(memos, a, b)) return true;
  const equal = compareValues(a, b, strict, keysA, memos, kind, isError);
  leavePair(memos);
  return equal;
}

// Cycle bookkeeping: memos.a / memos.b hold the path of pairs being
// compared. Shallow paths (the usual case) are scanned, which is cheaper
// than a Map that grows and shrinks at every level; from kScanDepth on, a
// Map (a -> [b...]) indexes the whole path.
const kScanDepth = 32;

// Puts (a, b) on the path; false if it already is.
function enterPair(memos, a, b) {
  const as = memos.a;
  const bs = memos.b;
  if (as.length < kScanDepth) {
    for (let i = as.length - 1; i >= 0; i--) {
      if (as[i] === a && bs[i] === b) return false;
    }
  } else {
    if (memos.index === undefined) {
      memos.index = new Map();
      for (let i = 0; i < as.length; i++) indexPair(memos.index, as[i], bs[i]);
    }
    const partners = memos.index.get(a);
    if (partners !== undefined && partners.includes(b)) return false;
    indexPair(memos.index, a, b);
  }
  as.push(a);
  bs.push(b);
  return true;
}

function indexPair(index, a, b) {
  const partners = index.get(a);
  if (partners === undefined) index.set(a, [b]);
  else partners.push(b);
}

// Takes the last pair off the path.
function leavePair(memos) {
  const a = memos.a.pop();
  memos.b.pop();
  if (memos.index === undefined) return;
  if (memos.a.length < kScanDepth) {
    memos.index = undefined;
    return;
  }
  const partners = memos.index.get(a);
  partners.pop();
  if (partners.length === 0) memos.index.delete(a);
}

function compareValues(a, b, strict, keys, memos, kind, isError) {
  if (isError) {
    if (!innerDeepEqual(a.cause, b.cause, strict, memos) ||
        !innerDeepEqual(a.errors, b.errors, strict, memos)) {
      return false;
    }
  }
  if (kind === kArray) {
    if (!sameArrayElements(a, b, strict, memos)) return false;
  } else if (kind === kSet) {
    if (!sameSetMembers(a, b, strict, memos)) return false;
  } else if (kind === kMap) {
    if (!sameMapEntries(a, b, strict, memos)) return false;
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function sameArrayElements(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) {
        return false;
      }
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      // A hole in both: from here on compare the sparse arrays by their
      // remaining own enumerable keys (indices and others alike).
      const keysA = Object.keys(a);
      for (let k = i; k < keysA.length; k++) {
        const key = keysA[k];
        if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
          return false;
        }
      }
      return keysA.length === Object.keys(b).length;
    }
  }
  return true;
}

const isObjectValue = (v) => typeof v === 'object' && v !== null;

// For a primitive member without an exact twin, what a loose match could be:
// true / false answer directly; otherwise the returned value (null or
// undefined) is the one alternative key worth looking up.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':  // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // Falls through.
    case 'number':
      if (prim !== prim) return false;
  }
  return true;
}

function setMayHaveLooseTwin(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt !== null && alt !== undefined) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMayHaveLooseTwin(a, b, prim, value, memos) {
  const alt = looseAlternative(prim);
  if (alt !== null && alt !== undefined) return alt;
  const valueB = b.get(alt);
  if ((valueB === undefined && !b.has(alt)) ||
      !innerDeepEqual(value, valueB, false, memos)) {
    return false;
  }
  return !a.has(alt) && innerDeepEqual(value, valueB, false, memos);
}

// Removes from `pending` the first member deep-equal to `value`.
function takeEqualMember(pending, value, strict, memos) {
  for (const candidate of pending) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function sameSetMembers(a, b, strict, memos) {
  // Members of a that need a non-identity match in b.
  let pending = null;
  for (const value of a) {
    if (isObjectValue(value)) {
      if (pending === null) pending = new Set();
      pending.add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      if (!setMayHaveLooseTwin(a, b, value)) return false;
      if (pending === null) pending = new Set();
      pending.add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (isObjectValue(value)) {
      if (!takeEqualMember(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) &&
               !takeEqualMember(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

// Removes from `pending` (keys of map a) the first key deep-equal to `keyB`
// whose value also matches `valueB`.
function takeEqualEntry(pending, a, keyB, valueB, strict, memos) {
  for (const keyA of pending) {
    if (innerDeepEqual(keyB, keyA, strict, memos) &&
        innerDeepEqual(valueB, a.get(keyA), strict, memos)) {
      pending.delete(keyA);
      return true;
    }
  }
  return false;
}

function sameMapEntries(a, b, strict, memos) {
  let pending = null;
  for (const [key, valueA] of a) {
    if (isObjectValue(key)) {
      if (pending === null) pending = new Set();
      pending.add(key);
      continue;
    }
    const valueB = b.get(key);
    if ((valueB === undefined && !b.has(key)) ||
        !innerDeepEqual(valueA, valueB, strict, memos)) {
      if (strict) return false;
      if (!mapMayHaveLooseTwin(a, b, key, valueA, memos)) return false;
      if (pending === null) pending = new Set();
      pending.add(key);
    }
  }
  if (pending === null) return true;
  for (const [key, valueB] of b) {
    if (isObjectValue(key)) {
      if (!takeEqualEntry(pending, a, key, valueB, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), valueB, false, memos)) &&
               !takeEqualEntry(pending, a, key, valueB, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
