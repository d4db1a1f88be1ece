'use strict';
// The dotenv format of --env-file, process.loadEnvFile() and util.parseEnv():
// KEY=value lines, `export ` prefixes, # comments, single, double (with \n
// escapes) and backtick quotes, values spanning lines inside quotes.

// Returns { KEY: value } for the text of an env file.
function parseEnv(content) {
  const env = {};
  const text = content.replace(/\r\n?/g, '\n');
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = n;
    let line = text.slice(pos, lineEnd);
    let next = lineEnd + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed[0] === '#') {
      pos = next;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1) {
      pos = next;
      continue;
    }
    let key = line.slice(0, eq).trim();
    if (key.startsWith('export ')) key = key.slice(7);
    if (key === '') {
      pos = next;
      continue;
    }
    let rest = text.slice(pos + eq + 1).replace(/^[ \t]+/, '');
    const quote = rest[0];
    let value;
    if (quote === '"' || quote === '\'' || quote === '`') {
      const close = rest.indexOf(quote, 1);
      if (close !== -1) {
        value = rest.slice(1, close);
        if (quote === '"') value = value.replace(/\\n/g, '\n');
        // Continue after the closing quote's line.
        const consumed = (pos + eq + 1) + (text.slice(pos + eq + 1).length - rest.length) + close;
        const nl = text.indexOf('\n', consumed);
        next = nl === -1 ? n : nl + 1;
        env[key] = value;
        pos = next;
        continue;
      }
      // Unterminated: the rest of the line, quote included; nothing at all
      // on the last line.
      if (lineEnd === n) break;
      env[key] = rest.slice(0, rest.indexOf('\n'));
      pos = next;
      continue;
    }
    line = text.slice(pos + eq + 1, lineEnd);
    const hash = line.indexOf('#');
    if (hash !== -1) line = line.slice(0, hash);
    value = line.trim();
    env[key] = value;
    pos = next;
  }
  return env;
}

// Sets process.env from the env files' texts, later files winning over
// earlier ones; variables the environment already had keep their value.
function applyEnvFiles(texts, env) {
  const merged = {};
  for (const text of texts) Object.assign(merged, parseEnv(text));
  for (const key of Object.keys(merged)) {
    if (!Object.hasOwn(env, key)) env[key] = merged[key];
  }
}

module.exports = { parseEnv, applyEnvFiles };
