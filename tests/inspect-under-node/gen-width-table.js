'use strict';
// Regenerates the column-width tables embedded in internal/util/inspect.js
// by *observing* the system node's string-width function code point by code
// point (the data is Unicode East-Asian-Width / general-category data as ICU
// sees it). Run: node --expose-internals gen-width-table.js
const { getStringWidth } = require('internal/util/inspect');

function collect() {
  const zero = [];
  const wide = [];
  let last = null;
  for (let cp = 0x7f; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    // Only code points that are stable under NFC: the runtime normalizes
    // before measuring, so the others never reach the table lookup.
    if (ch.normalize('NFC') !== ch) { last = null; continue; }
    const w = getStringWidth(ch, false);
    if (w === 1) { last = null; continue; }
    const list = w === 0 ? zero : wide;
    if (last !== null && last.list === list && last.end === cp - 1) {
      last.end = cp;
    } else {
      last = { list, start: cp, end: cp };
      list.push(last);
    }
  }
  return { zero, wide };
}

// Encode as base-36 "gap.length" pairs relative to the previous range end.
function encode(ranges) {
  let prev = 0;
  const parts = [];
  for (const r of ranges) {
    parts.push(`${(r.start - prev).toString(36)}.${(r.end - r.start).toString(36)}`);
    prev = r.end;
  }
  return parts.join(',');
}

// Print as a string literal wrapped at 76 columns (split after a comma).
function literal(name, text) {
  const lines = [];
  while (text.length > 70) {
    const cut = text.lastIndexOf(',', 70) + 1;
    lines.push(text.slice(0, cut));
    text = text.slice(cut);
  }
  lines.push(text);
  return `const ${name} =\n  '${lines.join("' +\n  '")}';`;
}

const { zero, wide } = collect();
console.log(literal('kZeroWidthRanges', encode(zero)));
console.log(literal('kWideRanges', encode(wide)));
