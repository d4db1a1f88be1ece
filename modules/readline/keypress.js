'use strict';

// emitKeypressEvents(stream[, interface]): turns a stream's 'data' into
// 'keypress' events (str, key) with Node's key objects:
//   { sequence, name, ctrl, meta, shift[, code] }
// `code` is present for escape sequences ('[A', 'OP', '[3~', ...); for
// those the first argument is undefined. Bytes are decoded as UTF-8 across
// chunk boundaries; a lone ESC is reported as 'escape' after the
// interface's escapeCodeTimeout (500 ms by default) unless more input
// completes a sequence.

const { TextDecoder } = require('internal/encoding');

const kEscape = '\x1b';
const kSawKeyPress = Symbol('_sawKeyPress');
const kKeypressState = Symbol('keypress-decoder');
const kDefaultEscapeCodeTimeout = 500;

// Escape sequence code -> key name.
const kKeyNames = {
  __proto__: null,
  // xterm / gnome ESC [ letter (with a modifier: ESC [ 2 P)
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  // xterm / gnome ESC O letter
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  // xterm / rxvt ESC [ number ~
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  // bracketed paste
  '[200~': 'paste-start', '[201~': 'paste-end',
  // Cygwin, libuv
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9',
  '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  // xterm ESC [ letter
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear',
  '[F': 'end', '[H': 'home',
  // xterm / gnome ESC O letter
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end',
  OH: 'home',
  // xterm / rxvt ESC [ number ~
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end',
  '[5~': 'pageup', '[6~': 'pagedown',
  // putty
  '[[5~': 'pageup', '[[6~': 'pagedown',
  // rxvt
  '[7~': 'home', '[8~': 'end',
  // rxvt keys with modifiers
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown',
  '[7$': 'home', '[8$': 'end',
  Oa: 'up', Ob: 'down', Oc: 'right', Od: 'left', Oe: 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown',
  '[7^': 'home', '[8^': 'end',
  // misc.
  '[Z': 'tab',
};

const kShiftCodes = new Set([
  '[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$', '[8$', '[Z',
]);
const kCtrlCodes = new Set([
  'Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^', '[7^', '[8^',
]);

function isDigit(ch) {
  return ch >= '0' && ch <= '9';
}

// Parses the body of a CSI sequence (what follows ESC [, including a
// second '[' for the linux console's ESC [ [ forms) into its key code and
// modifier. `body` ends with the final character.
function parseCsi(body) {
  let prefix = '[';
  if (body[0] === '[') {
    prefix = '[[';
    body = body.slice(1);
  }
  const final = body[body.length - 1];
  const params = body.slice(0, -1);
  if (final === '~' || final === '^' || final === '$') {
    const m = /^(\d{1,3})(?:;(\d))?$/.exec(params);
    if (m !== null) {
      if (m[1].length === 3 && m[2] === undefined) {
        return { code: `${prefix}${m[1]}${final}`, modifier: 0 };
      }
      if (m[1].length <= 2) {
        return { code: `${prefix}${m[1]}${final}`, modifier: (m[2] || 1) - 1 };
      }
    }
  } else if ((final >= 'a' && final <= 'z') || (final >= 'A' && final <= 'Z')) {
    const m = /^(?:(?:\d;)?(\d))?$/.exec(params);
    if (m !== null) {
      return { code: `${prefix}${final}`, modifier: (m[1] || 1) - 1 };
    }
  }
  return { code: prefix + body, modifier: 0 };
}

function newKey(sequence) {
  return { sequence, name: undefined, ctrl: false, meta: false, shift: false };
}

// A key that is not an escape sequence: one character, possibly after ESC
// (meta). `ch` is '' when an ESC timed out.
function plainKey(ch, escaped, sequence) {
  const key = newKey(sequence);
  if (ch === '\r') {
    key.name = 'return';
    key.meta = escaped;
  } else if (ch === '\n') {
    key.name = 'enter';
    key.meta = escaped;
  } else if (ch === '\t') {
    key.name = 'tab';
    key.meta = escaped;
  } else if (ch === '\b' || ch === '\x7f') {
    key.name = 'backspace';
    key.meta = escaped;
  } else if (ch === kEscape) {
    key.name = 'escape';
    key.meta = escaped;
  } else if (ch === ' ') {
    key.name = 'space';
    key.meta = escaped;
  } else if (!escaped && ch !== '' && ch <= '\x1a') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[0-9A-Za-z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = ch !== key.name;
    key.meta = escaped;
  } else if (escaped) {
    key.name = ch.length ? undefined : 'escape';
    key.meta = true;
  }
  return key;
}

function emitKey(stream, key, escaped) {
  const s = key.sequence;
  if (s.length !== 0 && (key.name !== undefined || escaped)) {
    stream.emit('keypress', escaped ? undefined : s, key);
  } else if (s.length > 0 && s.length === (s.codePointAt(0) > 0xffff ? 2 : 1)) {
    stream.emit('keypress', s, key);
  }
  // An unrecognised multi-character sequence is dropped, as in Node.
}

// Incremental decoder: characters (code points) go in one at a time.
class KeyDecoder {
  constructor(stream) {
    this.stream = stream;
    this.pending = '';   // an unfinished sequence starting with ESC
  }

  // Returns true when the character completed nothing (an escape sequence
  // is still open).
  feed(ch) {
    if (this.pending === '') {
      if (ch === kEscape) {
        this.pending = ch;
        return true;
      }
      emitKey(this.stream, plainKey(ch, false, ch), false);
      return false;
    }
    this.pending += ch;
    return this.parsePending(false);
  }

  // The escape timeout: whatever is pending is taken as it stands.
  flush() {
    if (this.pending === '') return;
    this.parsePending(true);
  }

  reset() {
    this.pending = '';
  }

  parsePending(timedOut) {
    const seq = this.pending;
    // Strip the ESC (and a second one: ESC ESC [ A is still "up").
    let i = 1;
    if (seq[i] === kEscape) i++;
    const rest = seq.slice(i);
    if (rest === '') {
      if (!timedOut) return true;
      this.pending = '';
      emitKey(this.stream, plainKey('', true, seq), true);
      return false;
    }
    const lead = rest[0];
    if (lead === '[' || lead === 'O') {
      let code;
      let modifier = 0;
      if (lead === 'O') {
        // ESC O letter, ESC O modifier letter
        let body = rest.slice(1);
        if (body === '' || (body.length === 1 && isDigit(body))) {
          if (!timedOut) return true;
        }
        if (body.length >= 1 && isDigit(body[0]) && body.length >= 2) {
          modifier = Number(body[0]) - 1;
          body = body.slice(1);
        }
        code = `O${body}`;
      } else {
        let body = rest.slice(1);
        let start = 0;
        if (body[0] === '[') start = 1;
        let j = start;
        while (j < body.length && (isDigit(body[j]) || body[j] === ';')) j++;
        if (j >= body.length) {
          if (!timedOut) return true;  // no final character yet
        } else {
          body = body.slice(0, j + 1);
        }
        ({ code, modifier } = parseCsi(body));
      }
      this.pending = '';
      const key = newKey(seq);
      key.ctrl = Boolean(modifier & 4);
      key.meta = Boolean(modifier & 10);
      key.shift = Boolean(modifier & 1);
      key.code = code;
      // Node names a sequence it does not know with the string 'undefined'.
      key.name = kKeyNames[code] ?? 'undefined';
      if (kShiftCodes.has(code)) key.shift = true;
      if (kCtrlCodes.has(code)) key.ctrl = true;
      emitKey(this.stream, key, true);
      return false;
    }
    // ESC followed by a plain character: meta + that key.
    this.pending = '';
    emitKey(this.stream, plainKey(lead, true, seq), true);
    // Characters beyond the first (cannot happen when fed one at a time).
    return false;
  }
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressState] !== undefined) return;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const keys = new KeyDecoder(stream);
  const state = { decoder, keys, timer: null };
  stream[kKeypressState] = state;

  function onEscapeTimeout() {
    state.timer = null;
    keys.flush();
  }

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = typeof input === 'string' ?
      input : decoder.decode(input, { stream: true });
    if (!string) return;
    if (state.timer !== null) {
      clearTimeout(state.timer);
      state.timer = null;
    }
    const first = string.codePointAt(0);
    iface[kSawKeyPress] = (first > 0xffff ? 2 : 1) === string.length;
    iface.isCompletionEnabled = false;
    let consumed = 0;
    for (const ch of string) {
      consumed += ch.length;
      const last = consumed === string.length;
      if (last) iface.isCompletionEnabled = true;
      let open;
      try {
        open = keys.feed(ch);
      } catch (err) {
        keys.reset();
        throw err;
      }
      if (last && open && ch === kEscape) {
        const timeout = iface.escapeCodeTimeout ?? kDefaultEscapeCodeTimeout;
        state.timer = setTimeout(onEscapeTimeout, timeout);
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = {
  emitKeypressEvents,
  kSawKeyPress,
};
