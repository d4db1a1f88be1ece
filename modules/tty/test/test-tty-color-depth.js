'use strict';
// WriteStream#getColorDepth: Node 20's environment rules. The method does
// not depend on the stream, so it is tested on explicit environments
// (no terminal needed).
const assert = require('assert');
const tty = require('tty');

const { getColorDepth } = tty.WriteStream.prototype;
assert.strictEqual(typeof getColorDepth, 'function');

const cases = [
  [{}, 1],
  [{ TERM: 'dumb' }, 1],
  [{ TERM: 'xterm' }, 4],
  [{ TERM: 'xterm-256color' }, 8],
  [{ TERM: 'XTERM-256COLOR' }, 4],
  [{ TERM: 'screen' }, 4],
  [{ TERM: 'linux' }, 4],
  [{ TERM: 'vt100' }, 4],
  [{ TERM: 'rxvt-unicode' }, 4],
  [{ TERM: 'rxvt-unicode-24bit' }, 24],
  [{ TERM: 'xterm-kitty' }, 4],
  [{ TERM: 'mosh' }, 24],
  [{ TERM: 'putty' }, 4],
  [{ TERM: 'st' }, 4],
  [{ TERM: 'foo-color' }, 4],
  [{ TERM: 'con80x25' }, 4],
  [{ TERM: 'unknown' }, 1],
  [{ TERM: 'Eterm' }, 4],
  [{ COLORTERM: 'truecolor' }, 24],
  [{ COLORTERM: '24bit' }, 24],
  [{ COLORTERM: 'yes' }, 4],
  [{ COLORTERM: 'truecolor', TERM: 'dumb' }, 1],
  [{ NO_COLOR: '' }, 1],
  [{ NO_COLOR: '1', TERM: 'xterm-256color' }, 1],
  [{ NODE_DISABLE_COLORS: '1', COLORTERM: 'truecolor' }, 1],
  [{ FORCE_COLOR: '' }, 4],
  [{ FORCE_COLOR: '0' }, 1],
  [{ FORCE_COLOR: '1' }, 4],
  [{ FORCE_COLOR: '2' }, 8],
  [{ FORCE_COLOR: '3' }, 24],
  [{ FORCE_COLOR: 'true' }, 4],
  [{ FORCE_COLOR: 'false' }, 1],
  [{ FORCE_COLOR: '4' }, 1],
  [{ FORCE_COLOR: '3', TERM: 'dumb' }, 24],
  [{ TMUX: '1' }, 8],
  [{ TMUX: '1', TERM: 'dumb' }, 1],
  [{ CI: '1' }, 1],
  [{ CI: '1', GITHUB_ACTIONS: 'true' }, 8],
  [{ CI: '1', GITLAB_CI: '' }, 8],
  [{ CI: '1', TRAVIS: '1' }, 8],
  [{ CI: '1', CIRCLECI: '1' }, 8],
  [{ CI: '1', APPVEYOR: '1' }, 8],
  [{ CI: '1', BUILDKITE: '1' }, 8],
  [{ CI: '1', DRONE: '1' }, 8],
  [{ CI: '1', GITEA_ACTIONS: '1' }, 1],
  [{ CI: '1', CI_NAME: 'codeship' }, 8],
  [{ CI: '1', TERM: 'xterm-256color' }, 1],
  [{ CI: '', TERM: 'xterm-256color' }, 8],
  [{ TEAMCITY_VERSION: '9.1.0' }, 4],
  [{ TEAMCITY_VERSION: '8.0' }, 1],
  [{ TEAMCITY_VERSION: '10.0.1' }, 4],
  [{ TEAMCITY_VERSION: '9.0.1' }, 1],
  [{ TERM_PROGRAM: 'iTerm.app' }, 8],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' }, 24],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, 8],
  [{ TERM_PROGRAM: 'HyperTerm' }, 24],
  [{ TERM_PROGRAM: 'MacTerm' }, 24],
  [{ TERM_PROGRAM: 'Apple_Terminal' }, 8],
  [{ TERM_PROGRAM: 'vscode', TERM: 'xterm-256color' }, 8],
];
for (const [env, depth] of cases) {
  assert.strictEqual(getColorDepth(env), depth, JSON.stringify(env));
}

// More TERM values.
for (const [term, depth] of [
  ['vt220', 1], ['vt100x', 4], ['avt100', 1], ['xansix', 4], ['linuxfb', 4],
  ['foo-screen', 1], ['con132x43', 4], ['conx', 1], ['rxvtfoo', 4], ['screen.xterm', 4],
  ['terminator', 24], ['eterm', 4], ['cons25', 4], ['console', 4], ['cygwin', 4],
  ['dtterm', 4], ['gnome', 4], ['hurd', 4], ['jfbterm', 4], ['konsole', 4], ['kterm', 4],
  ['mlterm', 4], ['direct', 1], ['ansi', 4], ['alacritty', 1], ['tmux-256color', 4],
]) {
  assert.strictEqual(getColorDepth({ TERM: term }), depth, term);
}
assert.strictEqual(getColorDepth({ CI: '1', TMUX: '1' }), 8);

// The default environment is process.env.
assert.strictEqual(getColorDepth(), getColorDepth(process.env));

// FORCE_COLOR overriding NO_COLOR warns once.
const warnings = [];
process.on('warning', (w) => warnings.push(w.message));
assert.strictEqual(getColorDepth({ FORCE_COLOR: '1', NO_COLOR: '1' }), 4);
assert.strictEqual(getColorDepth({ FORCE_COLOR: '2', NODE_DISABLE_COLORS: '1' }), 8);
process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    'The \'NO_COLOR\' env is ignored due to the \'FORCE_COLOR\' env being set.',
  ]);
});
