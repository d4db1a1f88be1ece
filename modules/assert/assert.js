'use strict';

// The `assert` module (Node 20 semantics, messages and error codes).
//
// Layout of this file:
//   1. AssertionError and the generated messages (value diffs)
//   2. Finding the source text of a failed `assert(x)` / `assert.ok(x)`
//   3. The assertion functions
//   4. CallTracker (deprecated in Node 20, still functional)
//
// Deep equality lives in core (internal/util/comparisons) because
// util.isDeepStrictEqual shares it.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_UNAVAILABLE_DURING_EXIT,
  },
  isErrorStackTraceLimitWritable,
} = require('internal/errors');
const {
  validateFunction,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { isPromise, isRegExp, isNativeError } = require('internal/util/types');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
function inspect(value, options) {
  return lazyInspect().inspect(value, options);
}

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// 1. AssertionError

const kHeaders = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject:
    'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Below this combined length two differing one-line primitives are shown as
// 'a !== b' instead of a diff.
const kShortInputLength = 12;

// Diff colours; only used when stderr is a colour terminal (re-checked for
// every generated message, as Node does).
const palette = { blue: '', green: '', red: '', white: '' };
function refreshPalette() {
  const stderr = process.stderr;
  if (!stderr || !stderr.isTTY) return;
  let useColors;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    useColors = force === '' || force === '1' || force === '2' ||
      force === '3' || force === 'true';
  } else {
    useColors = typeof stderr.getColorDepth === 'function' ?
      stderr.getColorDepth() > 2 : true;
  }
  palette.blue = useColors ? '\u001b[34m' : '';
  palette.green = useColors ? '\u001b[32m' : '';
  palette.red = useColors ? '\u001b[31m' : '';
  palette.white = useColors ? '\u001b[39m' : '';
}

function inspectForDiff(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// A stand-in for an Error that prints without its stack: same prototype,
// own enumerable properties and message (Node 20 drops the cause).
function stacklessCopy(source) {
  const copy = Object.create(Object.getPrototypeOf(source));
  for (const key of Object.keys(source)) copy[key] = source[key];
  Object.defineProperty(copy, 'message', { __proto__: null, value: source.message });
  return copy;
}

// Keeps at most 46 lines of a long inspection, marking the cut.
function truncateLines(lines) {
  if (lines.length > 50) {
    lines[46] = `${palette.blue}...${palette.white}`;
    lines.length = 47;
  }
  return lines;
}

function visibleText(line) {
  const defaults = lazyInspect().inspect.defaultOptions;
  if (defaults && defaults.colors) {
    return lazyInspect().stripVTControlCharacters(line);
  }
  return line;
}

// The '+ actual - expected' line diff of deepStrictEqual / strictEqual;
// a truthy customMessage replaces the header.
function diffMessage(actual, expected, operator, customMessage) {
  const { blue, green, red, white } = palette;
  const actualText = inspectForDiff(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectForDiff(expected).split('\n');

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  // One line each: short primitives read best as 'a !== b'; otherwise point
  // at the first differing column when both fit on a terminal line.
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const a = visibleText(actualLines[0]);
    const e = visibleText(expectedLines[0]);
    const combined = a.length + e.length;
    if (combined <= kShortInputLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${customMessage || kHeaders[operator]}\n\n` +
          `${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const width = process.stderr && process.stderr.isTTY ?
        process.stderr.columns : 80;
      if (combined < width) {
        let col = 0;
        while (a[col] === e[col]) col++;
        if (col > 2) indicator = `\n  ${' '.repeat(col)}^`;
      }
    }
  }

  // Identical trailing lines: keep up to three (plus the last one above
  // them, separated by '...' when more were dropped).
  let tail = '';
  let tailCount = 0;
  let tailTop = '';
  let skipped = false;
  while (actualLines.length !== 0 && expectedLines.length !== 0 &&
         actualLines[actualLines.length - 1] ===
           expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (tailCount++ < 3) {
      tail = `\n  ${line}${tail}`;
    } else {
      tailTop = line;
    }
  }

  const lineCount = Math.max(actualLines.length, expectedLines.length);
  if (lineCount === 0) {
    // Everything matched: equal structure, different identities.
    const lines = truncateLines(actualText.split('\n'));
    return `${kHeaders.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  if (tailCount >= 5) {
    tail = `\n${blue}...${white}${tail}`;
    skipped = true;
  }
  if (tailTop !== '') tail = `\n  ${tailTop}${tail}`;

  const header = `${customMessage || kHeaders[operator]}\n` +
    `${green}+ actual${white} ${red}- expected${white}`;
  const skippedNote = ` ${blue}...${white} Lines skipped`;

  // Lines beyond the shorter side are all additions (or removals).
  let longer = actualLines;
  let extraMark = `${green}+${white}`;
  let shorterLength = expectedLines.length;
  if (actualLines.length < lineCount) {
    longer = expectedLines;
    extraMark = `${red}-${white}`;
    shorterLength = actualLines.length;
  }

  let out = '';
  let pendingRemovals = '';  // '-' lines wait so that runs read +++---
  let printed = 0;
  let sameRun = 0;           // identical lines since the last difference

  // Before a difference, show the end of the identical run: up to three
  // lines, or '...' plus two lines when the run was longer than five.
  const flushSameRun = (source, i) => {
    if (sameRun > 2) {
      if (sameRun > 3) {
        if (sameRun > 4) {
          if (sameRun === 5) {
            out += `\n  ${source[i - 3]}`;
            printed++;
          } else {
            out += `\n${blue}...${white}`;
            skipped = true;
          }
        }
        out += `\n  ${source[i - 2]}`;
        printed++;
      }
      out += `\n  ${source[i - 1]}`;
      printed++;
    }
    sameRun = 0;
  };

  for (let i = 0; i < lineCount; i++) {
    if (i >= shorterLength) {
      flushSameRun(longer, i);
      if (longer === actualLines) {
        out += `\n${extraMark} ${longer[i]}`;
      } else {
        pendingRemovals += `\n${extraMark} ${longer[i]}`;
      }
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // 'x' vs 'x,' only differ by the separator that follows them.
      let differs = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differs && expectedLine.endsWith(',') &&
          expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        flushSameRun(actualLines, i);
        out += `\n${green}+${white} ${actualLine}`;
        pendingRemovals += `\n${red}-${white} ${expectedLine}`;
        printed += 2;
      } else {
        out += pendingRemovals;
        pendingRemovals = '';
        sameRun++;
        if (sameRun <= 2) {
          out += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    // Keep huge diffs readable: about 50 lines.
    if (printed > 50 && i < lineCount - 2) {
      return `${header}${skippedNote}\n${out}\n${blue}...${white}` +
        `${pendingRemovals}\n${blue}...${white}`;
    }
  }

  return `${header}${skipped ? skippedNote : ''}\n${out}${pendingRemovals}` +
    `${tail}${indicator}`;
}

// The message of a `not*` comparison: a single inspected value.
function singleValueMessage(actual, operator) {
  let header = kHeaders[operator];
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) ||
       typeof actual === 'function')) {
    header = kHeaders.notStrictEqualObject;
  }
  const lines = truncateLines(inspectForDiff(actual).split('\n'));
  if (lines.length === 1) {
    return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${header}\n\n${lines.join('\n')}\n`;
}

// Loose comparisons and custom operators: both values side by side.
function pairMessage(actual, expected, operator) {
  let a = inspectForDiff(actual);
  let e = inspectForDiff(expected);
  const header = kHeaders[operator];
  if (operator === 'notDeepEqual' && a === e) {
    let msg = `${header}\n\n${a}`;
    if (msg.length > 1024) msg = `${msg.slice(0, 1021)}...`;
    return msg;
  }
  if (a.length > 512) a = `${a.slice(0, 509)}...`;
  if (e.length > 512) e = `${e.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    a = `${header}\n\n${a}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequalHeader = kHeaders[`${operator}Unequal`];
    if (unequalHeader) {
      a = `${unequalHeader}\n\n${a}\n\nshould not loosely deep-equal\n\n`;
    } else {
      e = ` ${operator} ${e}`;
    }
  }
  return `${a}${e}`;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return diffMessage(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return singleValueMessage(actual, operator);
  }
  return pairMessage(actual, expected, operator);
}

// Long strings are shortened when an AssertionError is inspected.
function shortenForInspect(value) {
  const lines = value.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  // Node keeps what follows the first 512 characters (sic).
  if (value.length > 512) return `${value.slice(512)}...`;
  return value;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, stackStartFunction, details } = options;
    let { actual, expected } = options;

    // The stack is captured below, from stackStartFn.
    const limit = Error.stackTraceLimit;
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = 0;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        // A custom message replaces the header of the diff (Node 20.20).
        refreshPalette();
        super(diffMessage(actual, expected, operator, message));
      } else {
        super(String(message));
      }
    } else {
      refreshPalette();
      // Errors are shown (and kept) without their stacks.
      if (typeof actual === 'object' && actual !== null &&
          typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = stacklessCopy(actual);
        expected = stacklessCopy(expected);
      }
      super(generatedMessage(actual, expected, operator));
    }
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction || new.target);
    // Formats the stack now, while the name still carries the code.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = shortenForInspect(this.actual);
    if (typeof this.expected === 'string') this.expected = shortenForInspect(this.expected);
    // Only the top level of actual/expected: the message shows them already.
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

function innerFail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

// ---------------------------------------------------------------------------
// 2. The source text of a failed assert(x) / assert.ok(x)
//
// Node prints the call expression ('assert.ok(x)') read back from the
// caller's file. We find the call site's file, line and column from the
// stack, read the file, tokenize from the start of that line and pick the
// innermost call expression that covers the column.

function lazyReadSource() {
  return require('internal/source_text').readSourceText;
}

function callSiteOf(fn) {
  const hadPrepare = Object.prototype.hasOwnProperty.call(Error, 'prepareStackTrace');
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let frames;
  try {
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_, callSites) => callSites;
    const holder = {};
    Error.captureStackTrace(holder, fn);
    frames = holder.stack;
  } finally {
    // Error gets no own prepareStackTrace it did not have.
    if (hadPrepare) Error.prepareStackTrace = savedPrepare;
    else delete Error.prepareStackTrace;
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = savedLimit;
  }
  return Array.isArray(frames) ? frames[0] : undefined;
}

const sourceMessageCache = new Map();

function sourceMessage(fn) {
  const site = callSiteOf(fn);
  if (site === undefined) return undefined;
  let filename = site.getFileName();
  if (!filename) return undefined;
  const line = site.getLineNumber() - 1;
  const column = site.getColumnNumber() - 1;
  const key = `${filename}${line}${column}`;
  if (sourceMessageCache.has(key)) return sourceMessageCache.get(key);

  let message;
  if (!filename.startsWith('node:')) {
    if (filename.startsWith('file:')) {
      try {
        filename = decodeURIComponent(new URL(filename).pathname);
      } catch {
        filename = undefined;
      }
    }
    const text = filename === undefined ? undefined : lazyReadSource()(filename);
    if (typeof text === 'string') {
      try {
        message = expressionMessage(text, line, column);
      } catch {
        message = undefined;
      }
    }
  }
  sourceMessageCache.set(key, message);
  return message;
}

function expressionMessage(text, line, column) {
  let lineStart = 0;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', lineStart);
    if (nl === -1) return undefined;
    lineStart = nl + 1;
  }
  const code = text.slice(lineStart);
  const found = findCallAt(code, column);
  if (found === undefined) return undefined;
  let [start, source] = found;
  source = escapeControlChars(source);
  // Re-indent continuation lines relative to where the call starts.
  if (source.includes('\n')) {
    const lines = source.split('\n');
    source = lines.shift();
    for (const l of lines) {
      let pos = 0;
      while (pos < start && (l[pos] === ' ' || l[pos] === '\t')) pos++;
      source += `\n  ${l.slice(pos)}`;
    }
  }
  return `The expression evaluated to a falsy value:\n\n  ${source}\n`;
}

function escapeControlChars(str) {
  // eslint-disable-next-line no-control-regex
  return str.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => {
    if (c === '\b') return '\\b';
    if (c === '\f') return '\\f';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// --- a small JavaScript tokenizer (enough to delimit call expressions)

const kPunctuators = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=',
  '??=', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<', '>>', '**',
];
// Keywords after which '/' starts a regular expression and '(' is not a
// call.
const kOperatorKeywords = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void',
  'throw', 'case', 'do', 'else', 'yield', 'await', 'if', 'while', 'for',
  'switch', 'catch', 'with', 'function', 'class', 'const', 'let', 'var',
  'export', 'import', 'extends', 'default',
]);

function isIdentStart(c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' ||
    c === '$' || c === '#' || c === '\\' || c > '\u007f';
}
function isIdentPart(c) {
  return isIdentStart(c) || (c >= '0' && c <= '9');
}

// Token: { type: 'name'|'num'|'str'|'tmpl'|'re'|'punct', value, start, end }.
// Stops at an unmatched '}' when inTemplate (the end of a ${...}), and at
// the top level once `stopAfter` is passed and the statement (or the
// bracket the line started in) is over.
function tokenize(code, pos, inTemplate, tokens, stopAfter = Infinity) {
  let braces = 0;
  let depth = 0;
  const n = code.length;
  while (pos < n) {
    if (pos > stopAfter && tokens.length !== 0) {
      const last = tokens[tokens.length - 1];
      if (depth < 0 || (depth === 0 && last.type === 'punct' && last.value === ';')) {
        break;
      }
    }
    const c = code[pos];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' ||
        c === '\v' || c === '\f' || c === '\u00a0' || c === '\ufeff' ||
        c === '\u2028' || c === '\u2029') {
      pos++;
      continue;
    }
    if (c === '/' && code[pos + 1] === '/') {
      const nl = code.indexOf('\n', pos);
      pos = nl === -1 ? n : nl;
      continue;
    }
    if (c === '/' && code[pos + 1] === '*') {
      const close = code.indexOf('*/', pos + 2);
      if (close === -1) throw new Error('unterminated comment');
      pos = close + 2;
      continue;
    }
    const start = pos;
    if (isIdentStart(c)) {
      pos++;
      while (pos < n && isIdentPart(code[pos])) pos++;
      tokens.push({ type: 'name', value: code.slice(start, pos), start, end: pos });
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && code[pos + 1] >= '0' && code[pos + 1] <= '9')) {
      pos++;
      while (pos < n) {
        const d = code[pos];
        if (isIdentPart(d) || d === '.') {
          pos++;
        } else if ((d === '+' || d === '-') && /[eE]/.test(code[pos - 1]) &&
                   !/^0[xX]/.test(code.slice(start, pos))) {
          pos++;
        } else {
          break;
        }
      }
      tokens.push({ type: 'num', value: code.slice(start, pos), start, end: pos });
      continue;
    }
    if (c === '"' || c === '\'') {
      pos++;
      while (pos < n && code[pos] !== c) {
        if (code[pos] === '\\') pos++;
        else if (code[pos] === '\n') throw new Error('unterminated string');
        pos++;
      }
      if (pos >= n) throw new Error('unterminated string');
      pos++;
      tokens.push({ type: 'str', value: code.slice(start, pos), start, end: pos });
      continue;
    }
    if (c === '`') {
      pos++;
      for (;;) {
        if (pos >= n) throw new Error('unterminated template');
        const d = code[pos];
        if (d === '\\') {
          pos += 2;
        } else if (d === '`') {
          pos++;
          break;
        } else if (d === '$' && code[pos + 1] === '{') {
          pos = tokenize(code, pos + 2, true, []) + 1;
        } else {
          pos++;
        }
      }
      tokens.push({ type: 'tmpl', value: code.slice(start, pos), start, end: pos });
      continue;
    }
    if (c === '/' && regexAllowed(tokens[tokens.length - 1])) {
      pos++;
      let inClass = false;
      for (;;) {
        if (pos >= n || code[pos] === '\n') throw new Error('unterminated regexp');
        const d = code[pos];
        if (d === '\\') {
          pos += 2;
          continue;
        }
        pos++;
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
      }
      while (pos < n && isIdentPart(code[pos])) pos++;
      tokens.push({ type: 're', value: code.slice(start, pos), start, end: pos });
      continue;
    }
    if (c === '{') {
      braces++;
    } else if (c === '}') {
      if (inTemplate && braces === 0) return pos;
      braces--;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    let value = c;
    for (const p of kPunctuators) {
      if (code.startsWith(p, pos)) {
        value = p;
        break;
      }
    }
    pos += value.length;
    tokens.push({ type: 'punct', value, start, end: pos });
  }
  if (inTemplate) throw new Error('unterminated template');
  return pos;
}

function endsExpression(token) {
  if (token === undefined) return false;
  switch (token.type) {
    case 'name':
      return !kOperatorKeywords.has(token.value);
    case 'punct':
      return token.value === ')' || token.value === ']';
    default:
      return true;
  }
}

function regexAllowed(prev) {
  if (prev === undefined) return true;
  if (prev.type === 'punct') return prev.value !== ')' && prev.value !== ']';
  if (prev.type === 'name') return kOperatorKeywords.has(prev.value);
  return false;
}

// Returns [start, text] of the call expression Node would print for a call
// site at `offset` of `code` (which starts at the call's line), or
// undefined. Node tries each token up to the offset as the start of an
// expression and takes the innermost call around the offset in the first
// expression that parses; parseExpressionExtent mirrors which starts parse
// (notably: a trailing ',' before a closing bracket makes a start fail).
function findCallAt(code, offset) {
  const tokens = [];
  try {
    tokenize(code, 0, false, tokens, offset);
  } catch {
    // Use what was tokenized: the call may be complete already.
  }
  const match = new Array(tokens.length);
  const stack = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i].type === 'punct' ? tokens[i].value : '';
    if (v === '(' || v === '[' || v === '{') {
      stack.push(i);
    } else if (v === ')' || v === ']' || v === '}') {
      const open = stack.pop();
      if (open !== undefined) {
        match[open] = i;
        match[i] = open;
      }
    }
  }

  // Every call (callee start, closing paren) in the tokens.
  const calls = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'punct' || t.value !== '(' || match[i] === undefined) continue;
    let calleeEnd = i - 1;
    if (tokens[calleeEnd] && tokens[calleeEnd].type === 'punct' &&
        tokens[calleeEnd].value === '?.') {
      calleeEnd--;
    }
    if (!endsExpression(tokens[calleeEnd])) continue;
    const first = chainStart(tokens, match, calleeEnd);
    if (first === undefined) continue;
    calls.push([tokens[first].start, tokens[match[i]].end]);
  }

  for (let ti = 0; ti < tokens.length && tokens[ti].start <= offset; ti++) {
    const endIndex = parseExpressionExtent(tokens, match, ti);
    if (endIndex === -1 || endIndex <= ti) continue;
    const exprStart = tokens[ti].start;
    const exprEnd = tokens[endIndex - 1].end;
    if (exprEnd < offset) continue;
    let best;
    for (const [start, end] of calls) {
      if (start >= exprStart && end <= exprEnd && start <= offset && end >= offset &&
          (best === undefined || end - start < best[1] - best[0])) {
        best = [start, end];
      }
    }
    if (best !== undefined) return [best[0], code.slice(best[0], best[1])];
  }
  return undefined;
}

const kBinaryOperators = new Set([
  '+', '-', '*', '/', '%', '**', '<', '>', '<=', '>=', '==', '!=', '===',
  '!==', '&&', '||', '??', '&', '|', '^', '<<', '>>', '>>>', 'in',
  'instanceof', '=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=',
  '>>>=', '&=', '|=', '^=', '&&=', '||=', '??=',
]);
const kPrefixOperators = new Set([
  '!', '~', '+', '-', '++', '--', 'typeof', 'void', 'delete', 'await',
]);
// Names that cannot start an expression.
const kStatementKeywords = new Set([
  'if', 'for', 'while', 'do', 'const', 'var', 'return', 'throw', 'switch',
  'case', 'default', 'try', 'catch', 'finally', 'break', 'continue',
  'debugger', 'with', 'export', 'import', 'else', 'extends', 'in',
  'instanceof', 'enum', 'super',
]);

// Parses an expression (with ',' sequences) at token index i, the way
// acorn's parseExpressionAt would, assuming bracketed groups are valid.
// Returns the index after its last token, or -1 when it does not parse.
function parseExpressionExtent(tokens, match, i) {
  const isPunct = (k, v) => tokens[k] !== undefined &&
    tokens[k].type === 'punct' && tokens[k].value === v;
  const isName = (k, v) => tokens[k] !== undefined &&
    tokens[k].type === 'name' && (v === undefined || tokens[k].value === v);
  const skipGroup = (k) => (match[k] === undefined ? -1 : match[k] + 1);

  function sequence(k) {
    k = assignment(k);
    while (k !== -1 && isPunct(k, ',')) k = assignment(k + 1);
    return k;
  }

  function assignment(k) {
    for (;;) {
      k = unary(k);
      if (k === -1) return -1;
      const t = tokens[k];
      if (t === undefined) return k;
      const v = t.value;
      if ((t.type === 'punct' || t.type === 'name') && kBinaryOperators.has(v)) {
        k++;
        continue;
      }
      if (t.type === 'punct' && v === '?') {
        k = assignment(k + 1);
        if (k === -1 || !isPunct(k, ':')) return -1;
        return assignment(k + 1);
      }
      return k;
    }
  }

  function arrowBody(k) {
    return isPunct(k, '{') ? skipGroup(k) : assignment(k);
  }

  function unary(k) {
    while (tokens[k] !== undefined && kPrefixOperators.has(tokens[k].value) &&
           (tokens[k].type === 'punct' || tokens[k].type === 'name')) {
      k++;
    }
    if (isName(k, 'new')) {
      // new Callee.member(args): the arguments belong to `new`.
      k = primary(k + 1, true);
      if (k === -1) return -1;
      k = postfix(k, true);
      if (k !== -1 && isPunct(k, '(')) k = skipGroup(k);
      if (k === -1) return -1;
    } else {
      k = primary(k, false);
      if (k === -1) return -1;
    }
    k = postfix(k, false);
    if (k !== -1 && (isPunct(k, '++') || isPunct(k, '--'))) k++;
    return k;
  }

  function primary(k, afterNew) {
    const t = tokens[k];
    if (t === undefined) return -1;
    switch (t.type) {
      case 'num':
      case 'str':
      case 're':
      case 'tmpl':
        return k + 1;
      case 'name': {
        const v = t.value;
        if (kStatementKeywords.has(v)) return -1;
        if (v === 'function') {
          k++;
          if (isPunct(k, '*')) k++;
          if (isName(k)) k++;
          if (!isPunct(k, '(')) return -1;
          k = skipGroup(k);
          return k !== -1 && isPunct(k, '{') ? skipGroup(k) : -1;
        }
        if (v === 'class') {
          k++;
          if (isName(k) && !isName(k, 'extends')) k++;
          if (isName(k, 'extends')) {
            k = unary(k + 1);
            if (k === -1) return -1;
          }
          return isPunct(k, '{') ? skipGroup(k) : -1;
        }
        if (!afterNew && v === 'async') {
          if (isName(k + 1, 'function')) return primary(k + 1, false);
          if (isName(k + 1) && isPunct(k + 2, '=>')) return arrowBody(k + 3);
          if (isPunct(k + 1, '(') && match[k + 1] !== undefined &&
              isPunct(match[k + 1] + 1, '=>')) {
            return arrowBody(match[k + 1] + 2);
          }
        }
        if (!afterNew && isPunct(k + 1, '=>')) return arrowBody(k + 2);
        return k + 1;
      }
      default:
        break;
    }
    const v = t.value;
    if (v === '(') {
      const close = match[k];
      if (close === undefined) return -1;
      if (!afterNew && isPunct(close + 1, '=>')) return arrowBody(close + 2);
      return close + 1;
    }
    if (v === '[' || v === '{') return skipGroup(k);
    return -1;
  }

  // Member accesses, calls and tagged templates; no calls after `new`
  // until its arguments are taken.
  function postfix(k, memberOnly) {
    for (;;) {
      const t = tokens[k];
      if (t === undefined) return k;
      if (t.type === 'tmpl') {
        k++;
        continue;
      }
      if (t.type !== 'punct') return k;
      if (t.value === '.') {
        if (!isName(k + 1)) return -1;
        k += 2;
      } else if (t.value === '?.') {
        if (memberOnly) return -1;
        if (isName(k + 1)) {
          k += 2;
        } else if (isPunct(k + 1, '(') || isPunct(k + 1, '[')) {
          k = skipGroup(k + 1);
          if (k === -1) return -1;
        } else {
          return -1;
        }
      } else if (t.value === '[') {
        k = skipGroup(k);
        if (k === -1) return -1;
      } else if (t.value === '(' && !memberOnly) {
        k = skipGroup(k);
        if (k === -1) return -1;
      } else {
        return k;
      }
    }
  }

  return sequence(i);
}

// Walks back over a member/call chain ending at token index j
// (a.b[c](d).e) and returns the index of its first token.
function chainStart(tokens, match, j) {
  for (;;) {
    const t = tokens[j];
    if (t === undefined) return undefined;
    let first;
    if (t.type === 'punct' && (t.value === ')' || t.value === ']')) {
      const open = match[j];
      if (open === undefined) return undefined;
      if (endsExpression(tokens[open - 1])) {
        // A call's arguments or a computed member: the chain goes on.
        j = open - 1;
        continue;
      }
      first = open;  // a parenthesised expression or an array literal
    } else if (t.type === 'punct') {
      return undefined;
    } else {
      first = j;
    }
    const before = tokens[first - 1];
    if (before !== undefined && before.type === 'punct' &&
        (before.value === '.' || before.value === '?.') &&
        endsExpression(tokens[first - 2])) {
      j = first - 2;
      continue;
    }
    if (t.type === 'tmpl' && endsExpression(before)) {
      j = first - 1;  // a tagged template
      continue;
    }
    return first;
  }
}

// ---------------------------------------------------------------------------
// 3. The assertion functions

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generated = false;
  if (argLen === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = sourceMessage(fn);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generated;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;

let failWarned = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argCount = arguments.length;
  let defaultMessage = false;
  if (actual == null && argCount <= 1) {
    defaultMessage = true;
    message = 'Failed';
  } else if (argCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094');
    }
    if (argCount === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (defaultMessage) err.generatedMessage = true;
  throw err;
}

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

function requireTwo(argCount) {
  if (argCount < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

assert.equal = function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
    });
  }
};

assert.notDeepStrictEqual = notDeepStrictEqual;
function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
    });
  }
}

assert.strictEqual = function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
    });
  }
};

// --- throws / rejects and friends

// What an object-shaped `expected` is compared against: only the listed
// keys, with RegExp expectations replaced by the matched string so the diff
// only shows real differences.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' &&
            isRegExp(obj[key]) && RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function isErrorValue(value) {
  return isNativeError(value) || value instanceof Error;
}

// Checks a caught `actual` against the `expected` validation (class,
// RegExp, validation function or object of expected properties).
function expectedException(actual, expected, message, fn) {
  let generated = false;
  let mismatch = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      mismatch = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      // Errors are compared by name and message too.
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isErrorValue(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    mismatch = true;
  } else {
    // A validation function.
    const result = Reflect.apply(expected, {}, [actual]);
    if (result !== true) {
      if (!message) {
        generated = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". ` +
          `Received ${inspect(result)}`;
        if (isErrorValue(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      mismatch = true;
    }
  }

  if (mismatch) {
    const err = new AssertionError({
      actual, expected, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generated;
    throw err;
  }
}

const kNothingThrown = {};

function callCatching(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (err) {
    return err;
  }
  return kNothingThrown;
}

function isThenable(value) {
  return isPromise(value) ||
    (value !== null && typeof value === 'object' &&
     typeof value.then === 'function' && typeof value.catch === 'function');
}

async function awaitCatching(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isThenable(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isThenable(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (err) {
    return err;
  }
  return kNothingThrown;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === kNothingThrown) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const what = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${what}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function matchesUnwanted(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    }
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === kNothingThrown) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesUnwanted(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const what = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    const actualMessage = actual === null || actual === undefined ? undefined : actual.message;
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${what}${details}\nActual message: "${actualMessage}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, callCatching(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await awaitCatching(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, callCatching(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await awaitCatching(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) {
      message += err.constructor.name;
    } else {
      message += err.message;
    }
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err,
    expected: null,
    operator: 'ifError',
    message,
    stackStartFn: ifError,
  });
  // Show where `err` came from: keep our frames up to the first one the
  // original stack shares, then append the original frames.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const origFramesStart = origStack.indexOf('\n    at');
    if (origFramesStart !== -1) {
      const origFrames = origStack.slice(origFramesStart + 1).split('\n');
      let ownFrames = newErr.stack.split('\n');
      for (const frame of origFrames) {
        const pos = ownFrames.indexOf(frame);
        if (pos !== -1) {
          ownFrames = ownFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${ownFrames.join('\n')}\n${origFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === assert.match;
  if (typeof string !== 'string' ||
      (RegExp.prototype.exec.call(regexp, string) !== null) !== wantMatch) {
    if (message instanceof Error) throw message;
    const generated = !message;
    if (!message) {
      if (typeof string !== 'string') {
        message = 'The "string" argument must be of type string. Received type ' +
          `${typeof string} (${inspect(string)})`;
      } else {
        message = (wantMatch ?
          'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
      }
    }
    const err = new AssertionError({
      actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generated;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// ---------------------------------------------------------------------------
// 4. CallTracker

const kTrackerCalls = Symbol('kCalls');
// The default tracked function, as in Node: Function.prototype itself.
const noop = Function.prototype;

class CallTrackerContext {
  constructor(expected, calledFn, stackTrace) {
    this.expected = expected;
    this.calledFn = calledFn;
    this.stackTrace = stackTrace;
    this.calls = [];
  }

  track(thisArg, args) {
    this.calls.push(Object.freeze({ thisArg, arguments: Object.freeze(args.slice()) }));
  }

  get delta() {
    return this.calls.length - this.expected;
  }

  reset() {
    this.calls = [];
  }

  // A frozen snapshot, as node's.
  getCalls() {
    return Object.freeze(this.calls.slice());
  }

  report() {
    if (this.delta === 0) return undefined;
    const name = this.calledFn.name || 'calls';
    return {
      message: `Expected the ${name} function to be executed ` +
        `${this.expected} time(s) but was executed ${this.calls.length} time(s).`,
      actual: this.calls.length,
      expected: this.expected,
      operator: name,
      stack: this.stackTrace,
    };
  }
}

class CallTracker {
  constructor() {
    this[kTrackerCalls] = new WeakMap();
    this.contexts = new Set();
  }

  #context(tracked) {
    const context = this[kTrackerCalls].get(tracked);
    if (context === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return context;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.contexts) context.reset();
      return;
    }
    this.#context(tracked).reset();
  }

  getCalls(tracked) {
    return this.#context(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const context = new CallTrackerContext(expected, fn, new Error());
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        context.track(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.contexts.add(context);
    this[kTrackerCalls].set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.contexts) {
      const message = context.report();
      if (message !== undefined) errors.push(message);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

// Constructing a tracker emits DEP0173 once, as in Node 20.
let trackerWarned = false;
function deprecated(...args) {
  if (!trackerWarned && !process.noDeprecation) {
    trackerWarned = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning',
                        'DEP0173', deprecated);
  }
  if (new.target) return Reflect.construct(CallTracker, args, new.target);
  return Reflect.apply(CallTracker, this, args);
}
Object.setPrototypeOf(deprecated, CallTracker);
deprecated.prototype = CallTracker.prototype;

assert.CallTracker = deprecated;

// ---------------------------------------------------------------------------
// assert.strict: the same API with the strict comparisons under the loose
// names.

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
