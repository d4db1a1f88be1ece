#!/usr/bin/env bash
# The mosaic command line: modes, option errors and exit codes, as node.
# usage: cli_test.sh MOSAIC [FULL_MOSAIC]
# (FULL_MOSAIC: a runtime with plugins, for what -e code sees of them.)
set -uo pipefail
mosaic="$1"
full="${2:-}"
failures=0
passed=0
tmp="${TEST_TMPDIR:-$(mktemp -d)}"

expect() {  # expect NAME STATUS EXPECTED_SUBSTRING COMMAND...
  local name="$1" status="$2" expected="$3"
  shift 3
  local output actual
  output="$("$@" 2>&1 </dev/null)"
  actual=$?
  if [[ "$actual" == "$status" && "$output" == *"$expected"* ]]; then
    passed=$((passed + 1))
  else
    echo "FAIL $name: status $actual (want $status), output:"
    echo "$output" | head -15
    failures=$((failures + 1))
  fi
}

expect version 0 "v0." "$mosaic" --version
expect version-short 0 "v0." "$mosaic" -v
expect help 0 "Usage: mosaic" "$mosaic" --help
expect eval 0 "3" "$mosaic" -e "console.log(1 + 2)"
expect print 0 "6" "$mosaic" -p "2 * 3"
expect print-string 0 "hello" "$mosaic" -p "'hello'"
expect eval-argv 0 '["a","b"]' "$mosaic" -e "console.log(JSON.stringify(process.argv.slice(1)))" a b
expect eval-require 0 "object" "$mosaic" -e "console.log(typeof require.cache)"
expect double-dash 0 '["--version"]' "$mosaic" -e "console.log(JSON.stringify(process.argv.slice(1)))" -- --version
expect bad-option 9 "bad option: --definitely-not-an-option" "$mosaic" --definitely-not-an-option
expect missing-eval-arg 9 "requires an argument" "$mosaic" -e
expect bad-rejections-mode 9 "invalid value for --unhandled-rejections" "$mosaic" --unhandled-rejections=maybe -e 0
expect missing-script 1 "Cannot find module '$tmp/nope.js'" "$mosaic" "$tmp/nope.js"
expect exit-code 7 "" "$mosaic" -e "process.exit(7)"
expect eval-throw 1 "Error: thrown" "$mosaic" -e "throw new Error('thrown')"
expect stack-trace-limit 0 "1" "$mosaic" --stack-trace-limit=1 -e "console.log(Error.stackTraceLimit)"
# Any option V8 knows passes through (as node does), keeping its spelling
# in execArgv; one V8 does not know, or a bad value, is a bad option.
expect v8-flag-any 0 "--no-opt,--max-lazy,--v8-max-lazy" "$mosaic" --no-opt --max-lazy --v8-max-lazy -p "process.execArgv.slice(0, 3).join()"
expect v8-flag-unknown 9 "bad option: --v8-not-a-v8-flag" "$mosaic" --v8-not-a-v8-flag -e 0
expect v8-flag-bad-value 9 "bad option: --stack-size=abc" "$mosaic" --stack-size=abc -e 0
expect v8-options 0 "--max-lazy" "$mosaic" --v8-options
expect exec-argv 0 '["--no-warnings","-e"' "$mosaic" --no-warnings -e "console.log(JSON.stringify(process.execArgv))"
# V8's profiling options pass through as node passes them: --prof writes
# the tick log where --logfile says.
expect prof 0 "ok" "$mosaic" --prof --logfile="$tmp/ticks.log" --no-logfile-per-isolate -e "console.log('ok')"
[[ -s "$tmp/ticks.log" ]] && passed=$((passed + 1)) || { echo "FAIL prof: no tick log"; failures=$((failures + 1)); }

printf 'console.log("from stdin", 40 + 2)\n' > "$tmp/stdin.js"
output="$("$mosaic" - < "$tmp/stdin.js" 2>&1)"
if [[ "$output" == "from stdin 42" ]]; then passed=$((passed + 1)); else echo "FAIL stdin: $output"; failures=$((failures + 1)); fi

printf '#!/usr/bin/env mosaic\nconsole.log("shebang ok", __filename.endsWith("script.js"), process.argv[2])\n' > "$tmp/script.js"
expect script-args 0 "shebang ok true x" "$mosaic" "$tmp/script.js" x

# stdout to a file and to a pipe: node's 'fs' and 'pipe' kinds, without the
# members only its tty.WriteStream has.
stdio_probe="const s = process.stdout; console.log(s._type, s.isTTY, typeof s.getColorDepth, s.columns)"
"$mosaic" -e "$stdio_probe" > "$tmp/stdout.txt"
output="$(cat "$tmp/stdout.txt")"
if [[ "$output" == "fs undefined undefined undefined" ]]; then passed=$((passed + 1)); else echo "FAIL stdout-file: $output"; failures=$((failures + 1)); fi
output="$("$mosaic" -e "$stdio_probe" | cat)"
if [[ "$output" == "pipe undefined undefined undefined" ]]; then passed=$((passed + 1)); else echo "FAIL stdout-pipe: $output"; failures=$((failures + 1)); fi

printf 'process.emitWarning("careful")\n' > "$tmp/warn.js"
expect warning-printed 0 "Warning: careful" "$mosaic" "$tmp/warn.js"
output="$("$mosaic" --no-warnings "$tmp/warn.js" 2>&1)"
if [[ -z "$output" ]]; then passed=$((passed + 1)); else echo "FAIL no-warnings: $output"; failures=$((failures + 1)); fi
expect warning-helper 0 "(Use \`mosaic --trace-warnings ...\` to show where" "$mosaic" "$tmp/warn.js"
# The printer is the first 'warning' listener; --disable-warning and
# NODE_NO_WARNINGS=1 silence it.
printf 'process.on("warning", (w) => process._rawDebug("listener", w.name))\nprocess.emitWarning("w1", "CustomWarning", "C001")\n' \
  > "$tmp/warn-listener.js"
expect warning-printer-first 0 $'where the warning was created)\nlistener CustomWarning' \
  "$mosaic" "$tmp/warn-listener.js"
output="$("$mosaic" --disable-warning=C001 "$tmp/warn-listener.js" 2>&1; "$mosaic" --disable-warning CustomWarning "$tmp/warn-listener.js" 2>&1; NODE_NO_WARNINGS=1 "$mosaic" "$tmp/warn-listener.js" 2>&1)"
if [[ "$output" == $'listener CustomWarning\nlistener CustomWarning\nlistener CustomWarning' ]]; then
  passed=$((passed + 1))
else
  echo "FAIL disable-warning: $output"; failures=$((failures + 1))
fi
# Deprecations name their own tracing option, which shows the stack.
printf 'process.emitWarning("old", "DeprecationWarning", "DEP0999")\n' > "$tmp/deprecate.js"
expect deprecation-helper 0 "(Use \`mosaic --trace-deprecation ...\` to show where" "$mosaic" "$tmp/deprecate.js"
expect trace-deprecation 0 "at Object.<anonymous> ($tmp/deprecate.js:1" "$mosaic" --trace-deprecation "$tmp/deprecate.js"

# ES module syntax in a file declared CommonJS: node's hint precedes the
# SyntaxError; other syntax errors have none.
printf 'export const x = 1;\n' > "$tmp/esm-syntax.cjs"
expect esm-syntax-in-cjs 1 $'Warning: To load an ES module, set "type": "module" in the package.json or use the .mjs extension.\n(Use `mosaic --trace-warnings ...` to show where the warning was created)\n'"$tmp/esm-syntax.cjs:1" \
  "$mosaic" "$tmp/esm-syntax.cjs"
printf 'const x = ;\n' > "$tmp/bad-syntax.cjs"
output="$("$mosaic" "$tmp/bad-syntax.cjs" 2>&1)"
if [[ "$output" == "$tmp/bad-syntax.cjs:1"* ]]; then passed=$((passed + 1)); else echo "FAIL bad-syntax-no-hint: $output"; failures=$((failures + 1)); fi
# Thrown non-errors print as node's C++ prints them: the source arrow after
# a blank line, then the value, with the --trace-uncaught hint for
# primitives.
printf "throw 'a string'\n" > "$tmp/throw-string.js"
expect throw-string 1 $'\n'"$tmp/throw-string.js:1"$'\nthrow \'a string\'\n^\na string\n(Use `mosaic --trace-uncaught ...` to show where the exception was thrown)\n\nMosaic' \
  "$mosaic" "$tmp/throw-string.js"
printf "throw { a: 1 }\n" > "$tmp/throw-object.js"
expect throw-object 1 $'^\n{ a: 1 }\n\nMosaic' "$mosaic" "$tmp/throw-object.js"
# ... without custom inspection and at least five levels deep.
printf "throw { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; }, x: { y: { z: { w: { v: 1 } } } } };\n" \
  > "$tmp/throw-custom.js"
expect throw-no-custom-inspect 1 $'^\n{\n  x: {\n    y: { z: { w: { v: 1 } } }\n  },' \
  "$mosaic" "$tmp/throw-custom.js"
expect reject-string 1 'UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "str".' \
  "$mosaic" -e "Promise.reject('str')"
expect reject-object 1 'the reason "#<Map>".' "$mosaic" -e "Promise.reject(new Map())"
printf 'Promise.reject(new Error("r"))\nsetTimeout(() => console.log("still alive"), 5)\n' > "$tmp/reject.js"
expect rejections-warn 0 "still alive" "$mosaic" --unhandled-rejections=warn "$tmp/reject.js"
expect rejections-none 0 "still alive" "$mosaic" --unhandled-rejections=none "$tmp/reject.js"
expect rejections-strict 1 "Error: r" "$mosaic" --unhandled-rejections=strict "$tmp/reject.js"
expect rejections-throw 1 "Error: r" "$mosaic" "$tmp/reject.js"
expect rejections-warn-code 1 "still alive" "$mosaic" --unhandled-rejections=warn-with-error-code "$tmp/reject.js"

printf 'process.on("SIGUSR2", (s) => { console.log("got", s); process.exit(0); });\nsetTimeout(() => process.kill(process.pid, "SIGUSR2"), 5);\nsetTimeout(() => {}, 2000);\n' > "$tmp/signal.js"
expect signal-event 0 "got SIGUSR2" "$mosaic" "$tmp/signal.js"
printf 'setTimeout(() => process.kill(process.pid, "SIGTERM"), 5);\nsetTimeout(() => {}, 2000);\n' > "$tmp/sigterm.js"
expect signal-default 143 "" "$mosaic" "$tmp/sigterm.js"

# --env-file and process.loadEnvFile(): the environment keeps what it has.
printf 'A=1\nB="two\\nlines"\nexport C=three # comment\nHOME=not-this\n' > "$tmp/t.env"
printf 'A=2\n' > "$tmp/later.env"
expect env-file 0 '["1","two\nlines","three"]' "$mosaic" --env-file="$tmp/t.env" \
  -p "JSON.stringify([process.env.A, process.env.B, process.env.C])"
expect env-file-keeps-environment 0 "kept" env HOME=kept "$mosaic" --env-file "$tmp/t.env" -p "process.env.HOME"
expect env-file-later-wins 0 "2" "$mosaic" --env-file="$tmp/t.env" --env-file="$tmp/later.env" -p "process.env.A"
expect env-file-missing 9 "$tmp/nope.env: not found" "$mosaic" --env-file="$tmp/nope.env" -e 0
expect raw-debug 0 "x 5 { a: 1 }" "$mosaic" -e "process._rawDebug('x %d', 5, { a: 1 })"

# -e / -p / stdin code sees builtin modules as globals, as in node, but only
# those the runtime holds (the bare core has no fs).
expect eval-no-missing-builtins 0 "undefined object" "$mosaic" -p "typeof fs + ' ' + typeof module"
if [[ -n "$full" ]]; then
  expect eval-builtin-globals 0 "function string function" "$full" \
    -p "[typeof fs.readFileSync, typeof os.EOL, typeof sys.inspect].join(' ')"
  expect eval-builtin-hidden 0 "false" "$full" -p "Object.keys(globalThis).includes('path')"
  expect eval-builtin-assign 0 "5 5" "$full" -p "path = 5; [path, globalThis.path].join(' ')"
  expect load-env-file 0 "three kept" env HOME=kept "$full" \
    -e "process.loadEnvFile('$tmp/t.env'); console.log(process.env.C, process.env.HOME)"
  expect load-env-file-missing 0 "ENOENT" "$full" \
    -e "try { process.loadEnvFile('$tmp/nope.env') } catch (e) { console.log(e.code) }"
  # A stdout its parent closed is /dev/null, never the first file opened.
  expect closed-stdout-reopened 0 "stdout /dev/null" sh -c \
    "\"$full\" -e \"process._rawDebug('stdout', require('fs').readlinkSync('/proc/self/fd/1'))\" 2>&1 1>&- | cat"
  # On a terminal (a pseudo-terminal from script(1)), stdio are node's tty
  # streams.
  if command -v script >/dev/null; then
    tty_probe="const tty = require('tty'); process.stdout.write([process.stdout instanceof tty.WriteStream, process.stderr instanceof tty.WriteStream, process.stdin instanceof tty.ReadStream, typeof process.stdout.cursorTo, process.stdout._type].join(' ') + '\\n')"
    expect tty-stdio-streams 0 "true true true function tty" \
      script -qec "\"$full\" -e \"$tty_probe\"" /dev/null
  fi
  # process.report.writeReport: node's messages, and the JSON report named.
  expect write-report 0 $'Writing Node.js report to file: r.json\nNode.js report completed\nAPI true' \
    "$full" -e "const f = process.report.writeReport('$tmp/r.json'); const r = JSON.parse(require('fs').readFileSync(f, 'utf8')); console.log(r.header.trigger, r.header.filename === f)"
  expect stdin-builtin-globals 0 "/a/b" sh -c "echo 'console.log(path.join(\"/a\", \"b\"))' | \"$full\" -"
fi

# A reader that has gone: writes fail with EPIPE on the stream (SIGPIPE is
# ignored), uncaught without a listener, even from console.log.
expect epipe-listener 0 "err write EPIPE" sh -c \
  "\"$mosaic\" -e \"process.stdout.on('error', (e) => process._rawDebug('err', e.message)); setTimeout(() => process.stdout.write('y'), 200)\" | true"
expect epipe-uncaught 1 "Error: write EPIPE" bash -c \
  '"$1" -e "setTimeout(() => console.log(1), 200)" 2>"$2" | true; s=${PIPESTATUS[0]}; cat "$2"; exit $s' \
  _ "$mosaic" "$tmp/epipe.err"
# `process` keeps fast properties (every process.nextTick() looks it up):
# a keyed store of a new property while building it made it a dictionary.
expect process-fast-properties 0 "true" "$mosaic" --allow-natives-syntax -p "%HasFastProperties(process)"
expect process-fast-properties-flags 0 "true" "$mosaic" --allow-natives-syntax --no-deprecation \
  --trace-warnings -p "%HasFastProperties(process)"
# Entry points: extensionless files run as ES modules in a "type": "module"
# package and, with ES syntax, in an untyped one; unknown extensions in a
# module package are refused.
mkdir -p "$tmp/esm-typed" "$tmp/esm-untyped"
printf '{ "type": "module" }\n' > "$tmp/esm-typed/package.json"
printf '{}\n' > "$tmp/esm-untyped/package.json"
printf '#!/usr/bin/env mosaic\nconsole.log("esm", typeof require, import.meta.url.endsWith("/cli"))\n' \
  > "$tmp/esm-typed/cli"
cp "$tmp/esm-typed/cli" "$tmp/esm-untyped/cli"
cp "$tmp/esm-typed/cli" "$tmp/esm-typed/cli.bar"
expect entry-extensionless-typed 0 "esm undefined true" "$mosaic" "$tmp/esm-typed/cli"
expect entry-extensionless-untyped 0 "esm undefined true" "$mosaic" "$tmp/esm-untyped/cli"
expect entry-unknown-extension-typed 1 'ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".bar"' \
  "$mosaic" "$tmp/esm-typed/cli.bar"

# An error thrown inside an embedded (minified) npm package prints its stack
# but not the package's one-line source under an arrow.
output="$("$mosaic" -e "new WritableStream().getWriter().releaseLock.call({})" 2>&1)"
longest="$(printf '%s\n' "$output" | awk '{ if (length($0) > max) max = length($0) } END { print max }')"
if [[ "$output" == *"TypeError"* && "$longest" -lt 200 ]]; then passed=$((passed + 1)); else
  echo "FAIL deps-error-source: longest line $longest"; failures=$((failures + 1)); fi

# An 'uncaughtException' listener that throws: its error is printed and the
# exit code is 7, as node's.
printf 'process.on("uncaughtException", () => { throw new Error("handler threw"); });\nsetTimeout(() => { throw new Error("first"); }, 1);\n' > "$tmp/handler-throws.js"
expect uncaught-handler-throws 7 "Error: handler threw" "$mosaic" "$tmp/handler-throws.js"

# module.parent is an accessor on Module.prototype that warns (DEP0144)
# under --pending-deprecation, as node's; an Object.prototype setter named
# 'exports' does not swallow a module's exports.
if [[ -n "$full" ]]; then
  printf 'module.exports = 7;\n' > "$tmp/seven.js"
  printf 'console.log(module.parent, Object.keys(module).includes("parent"));\n' > "$tmp/parent.js"
  expect module-parent 0 "null false" "$full" "$tmp/parent.js"
  expect module-parent-deprecation 0 "DEP0144" "$full" --pending-deprecation "$tmp/parent.js"
  expect module-exports-setter 0 "7" "$full" -e \
    "Object.defineProperty(Object.prototype, 'exports', { set() {}, configurable: true }); console.log(require('$tmp/seven.js'))"
fi

# NODE_OPTIONS: node's allow-list (as far as Mosaic implements it), parsed
# ahead of the command line and kept out of process.execArgv.
printf 'Promise.reject(new Error("r")); setTimeout(() => console.log("still alive"), 10)\n' > "$tmp/reject-env.js"
printf 'globalThis.preloaded = "yes"\n' > "$tmp/pre load.js"
expect node-options-flags 0 'true 2 3' env NODE_OPTIONS="--no-deprecation --stack-trace-limit=3" \
  "$mosaic" -p "[process.noDeprecation, process.execArgv.length, Error.stackTraceLimit].join(' ')"
expect node-options-exec-argv 0 '["--trace-warnings","-p"' env NODE_OPTIONS="--no-warnings" \
  "$mosaic" --trace-warnings -p "JSON.stringify(process.execArgv)"
expect node-options-quoted-require 0 "yes" env NODE_OPTIONS="--require \"$tmp/pre load.js\"" \
  "$mosaic" -p "globalThis.preloaded"
expect node-options-rejections 0 "still alive" env NODE_OPTIONS="--unhandled-rejections=warn" \
  "$mosaic" "$tmp/reject-env.js"
expect node-options-command-line-wins 1 "Error: r" env NODE_OPTIONS="--unhandled-rejections=warn" \
  "$mosaic" --unhandled-rejections=strict "$tmp/reject-env.js"
expect node-options-v8-underscores 0 "function" env NODE_OPTIONS="--expose_gc --max_old_space_size=64" \
  "$mosaic" -p "typeof gc"
expect node-options-disallowed 9 "-e is not allowed in NODE_OPTIONS" env NODE_OPTIONS="-e 1" "$mosaic" -e 0
expect node-options-unknown 9 "--no-opt is not allowed in NODE_OPTIONS" env NODE_OPTIONS="--no-opt" "$mosaic" -e 0
expect node-options-missing-value 9 "--require requires an argument" env NODE_OPTIONS="--require" "$mosaic" -e 0
expect node-options-unterminated 9 "invalid value for NODE_OPTIONS (unterminated string)" \
  env NODE_OPTIONS='"--no-warnings' "$mosaic" -e 0
expect allowed-env-flags 0 "true true true true false false 0" "$mosaic" -p \
  "const f = process.allowedNodeEnvironmentFlags; f.add('--x'); [f.has('--max-old-space-size'), f.has('max_old_space_size'), f.has('--require=x'), f.has('r'), f.has('--eval'), f.has('--x'), f.delete('-r') ? 1 : 0].join(' ')"

echo "$passed passed, $failures failed"
[[ "$failures" == 0 ]]
