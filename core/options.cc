// Parses mosaic's command line: node's options that real test suites pass,
// with V8 flags passed through.
#include "core/options.h"

#include <v8.h>

#include <cstring>

#include "core/file_util.h"

namespace mosaic {
namespace {

// Splits "--name=value" into name and value; returns false without '='.
bool SplitValue(const std::string& arg, std::string* name, std::string* value) {
  size_t eq = arg.find('=');
  if (eq == std::string::npos) return false;
  *name = arg.substr(0, eq);
  *value = arg.substr(eq + 1);
  return true;
}

bool ParseUnhandledRejections(const std::string& value, UnhandledRejections* out) {
  if (value == "throw") *out = UnhandledRejections::kThrow;
  else if (value == "strict") *out = UnhandledRejections::kStrict;
  else if (value == "warn") *out = UnhandledRejections::kWarn;
  else if (value == "none") *out = UnhandledRejections::kNone;
  else if (value == "warn-with-error-code") *out = UnhandledRejections::kWarnWithErrorCode;
  else return false;
  return true;
}

// Node hands every option it does not know itself to V8, and V8 rejects
// the ones it does not know either ("bad option", exit 9). V8's own parser
// decides here too: it removes the flags it accepts from the list.
// `candidates` pairs each flag as V8 spells it with what the user typed.
bool TakeV8Flags(const std::vector<std::pair<std::string, std::string>>& candidates,
                 Options* o, std::string* rejected) {
  if (candidates.empty()) return true;
  std::vector<std::string> copies;
  for (const auto& candidate : candidates) copies.push_back(candidate.first);
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>("mosaic"));
  for (std::string& flag : copies) argv.push_back(flag.data());
  int argc = static_cast<int>(argv.size());
  v8::V8::SetFlagsFromCommandLine(&argc, argv.data(), /*remove_flags=*/true);
  if (argc > 1) {
    for (const auto& candidate : candidates) {
      if (candidate.first == argv[1]) *rejected = candidate.second;
    }
    return false;
  }
  for (const auto& candidate : candidates) o->v8_flags.push_back(candidate.first);
  return true;
}

// What NODE_OPTIONS may hold: node's allow-list, as far as Mosaic
// implements it. `takes_value`: the value may be the next token.
struct EnvOption {
  const char* name;
  bool takes_value;
};
constexpr EnvOption kEnvOptions[] = {
    {"--no-warnings", false}, {"--no-deprecation", false},
    {"--pending-deprecation", false}, {"--throw-deprecation", false},
    {"--trace-warnings", false}, {"--trace-deprecation", false},
    {"--trace-uncaught", false}, {"--preserve-symlinks", false},
    {"--preserve-symlinks-main", false}, {"--expose-gc", false},
    {"--unhandled-rejections", false}, {"--input-type", false},
    {"--require", true}, {"-r", true}, {"--import", true},
    {"--disable-warning", true},
    // V8's, passed through.
    {"--max-old-space-size", false}, {"--max-semi-space-size", false},
    {"--stack-trace-limit", false}, {"--jitless", false},
    {"--abort-on-uncaught-exception", false},
    {"--disallow-code-generation-from-strings", false},
    {"--huge-max-old-generation-size", false},
    {"--interpreted-frames-native-stack", false}, {"--perf-basic-prof", false},
    {"--perf-basic-prof-only-functions", false}, {"--perf-prof", false},
    {"--perf-prof-unwinding-info", false},
};

const EnvOption* FindEnvOption(std::string name) {
  // node spells options with '-' or '_' alike.
  for (size_t i = 2; i < name.size(); i++) {
    if (name[i] == '_') name[i] = '-';
  }
  for (const EnvOption& option : kEnvOptions) {
    if (name == option.name) return &option;
  }
  return nullptr;
}

// Splits NODE_OPTIONS as node does: at spaces, except inside double quotes,
// where a backslash escapes the next character.
bool TokenizeNodeOptions(const std::string& text, std::vector<std::string>* tokens,
                         std::string* error) {
  bool quoted = false;
  bool new_token = true;
  for (size_t i = 0; i < text.size(); i++) {
    char c = text[i];
    if (c == '\\' && quoted) {
      if (i + 1 == text.size()) {
        *error = "invalid value for NODE_OPTIONS (invalid escape)";
        return false;
      }
      c = text[++i];
    } else if (c == ' ' && !quoted) {
      new_token = true;
      continue;
    } else if (c == '"') {
      quoted = !quoted;
      continue;
    }
    if (new_token) tokens->emplace_back();
    new_token = false;
    tokens->back() += c;
  }
  if (quoted) {
    *error = "invalid value for NODE_OPTIONS (unterminated string)";
    return false;
  }
  return true;
}

// Every token must be an allowed option or the value of the one before.
bool CheckNodeOptions(const std::vector<std::string>& tokens, std::string* error) {
  for (size_t i = 0; i < tokens.size(); i++) {
    const std::string& token = tokens[i];
    std::string name = token.substr(0, token.find('='));
    const EnvOption* option = token[0] == '-' ? FindEnvOption(name) : nullptr;
    if (option == nullptr) {
      *error = token + " is not allowed in NODE_OPTIONS";
      return false;
    }
    if (option->takes_value && name == token) {
      if (i + 1 == tokens.size()) {
        *error = token + " requires an argument";
        return false;
      }
      i++;
    }
  }
  return true;
}

bool ParseArgs(int argc, char** argv, Options* o, std::string* error) {
  o->argv.push_back(argv[0]);
  int i = 1;
  auto next_value = [&](const std::string& opt, std::string* out) {
    if (i + 1 >= argc) {
      *error = std::string(argv[0]) + ": " + opt + " requires an argument";
      return false;
    }
    *out = argv[++i];
    return true;
  };
  bool have_eval = false;
  // Options of neither mosaic nor node: V8's spelling and the user's.
  std::vector<std::pair<std::string, std::string>> v8_candidates;
  for (; i < argc; i++) {
    std::string arg = argv[i];
    if (arg == "--") { i++; break; }
    if (arg == "-" ) { if (!have_eval) o->mode = Options::Mode::kStdin; i++; break; }
    if (arg.size() < 2 || arg[0] != '-') break;
    std::string name = arg, value;
    bool has_value = SplitValue(arg, &name, &value);
    o->exec_argv.push_back(arg);
    if (name == "-e" || name == "--eval" || name == "-p" || name == "--print" ||
        name == "-pe") {
      if (!has_value && !next_value(name, &value)) return false;
      if (!has_value) o->exec_argv.push_back(value);
      o->mode = (name == "-e" || name == "--eval") ? Options::Mode::kEval
                                                   : Options::Mode::kPrint;
      o->eval_source = value;
      have_eval = true;
    } else if (name == "-v" || name == "--version") {
      o->mode = Options::Mode::kVersion;
      return true;
    } else if (name == "-h" || name == "--help") {
      o->mode = Options::Mode::kHelp;
      return true;
    } else if (name == "--plugins") {
      o->mode = Options::Mode::kPlugins;
    } else if (name == "-r" || name == "--require") {
      if (!has_value && !next_value(name, &value)) return false;
      if (!has_value) o->exec_argv.push_back(value);
      o->requires.push_back(value);
    } else if (name == "--env-file") {
      if (!has_value && !next_value(name, &value)) return false;
      if (!has_value) o->exec_argv.push_back(value);
      std::string text;
      if (!ReadWholeFile(value, &text)) {
        *error = std::string(argv[0]) + ": " + value + ": not found";
        return false;
      }
      o->env_file_texts.push_back(std::move(text));
    } else if (name == "--import") {
      if (!has_value && !next_value(name, &value)) return false;
      if (!has_value) o->exec_argv.push_back(value);
      o->imports.push_back(value);
    } else if (name == "--plugin-path") {
      if (!has_value && !next_value(name, &value)) return false;
      if (!has_value) o->exec_argv.push_back(value);
      o->plugin_path = value;
    } else if (name == "--build-snapshot") {
      if (!has_value) {
        *error = std::string(argv[0]) + ": --build-snapshot requires a file";
        return false;
      }
      o->snapshot_out = value;
      o->mode = Options::Mode::kEval;  // no main program: just the bootstrap
    } else if (name == "--build-plugin-cache") {
      if (!has_value) {
        *error = std::string(argv[0]) + ": --build-plugin-cache requires a file";
        return false;
      }
      o->plugin_cache_out = value;
    } else if (name == "--build-code-cache") {
      if (!has_value) {
        *error = std::string(argv[0]) + ": --build-code-cache requires a file";
        return false;
      }
      o->code_cache_out = value;
    } else if (name == "--no-warnings") {
      o->no_warnings = true;
    } else if (name == "--disable-warning") {
      // The code or type to silence; process.execArgv carries it to the
      // warning printer.
      if (!has_value && !next_value(name, &value)) return false;
      if (!has_value) o->exec_argv.push_back(value);
    } else if (name == "--no-deprecation") {
      o->no_deprecation = true;
    } else if (name == "--pending-deprecation") {
      o->pending_deprecation = true;
    } else if (name == "--throw-deprecation") {
      o->throw_deprecation = true;
    } else if (name == "--trace-warnings") {
      o->trace_warnings = true;
    } else if (name == "--trace-deprecation") {
      o->trace_deprecation = true;
    } else if (name == "--trace-uncaught") {
      o->trace_uncaught = true;
    } else if (name == "--preserve-symlinks") {
      o->preserve_symlinks = true;
    } else if (name == "--preserve-symlinks-main") {
      o->preserve_symlinks_main = true;
    } else if (name == "--expose-gc" || name == "--expose_gc") {
      o->expose_gc = true;
      o->v8_flags.push_back("--expose-gc");
    } else if (name == "--unhandled-rejections") {
      if (!has_value || !ParseUnhandledRejections(value, &o->unhandled_rejections)) {
        *error = std::string(argv[0]) +
                 ": invalid value for --unhandled-rejections";
        return false;
      }
    } else if (name == "--input-type") {
      if (!has_value || (value != "module" && value != "commonjs")) {
        *error = std::string(argv[0]) + ": --input-type must be \"module\" or \"commonjs\"";
        return false;
      }
      o->input_type = value;
    } else if (name == "--v8-options") {
      o->mode = Options::Mode::kV8Options;
      return true;
    } else if (name.rfind("--v8-", 0) == 0) {
      v8_candidates.emplace_back("--" + arg.substr(5), arg);
    } else if (name.rfind("--", 0) == 0) {
      v8_candidates.emplace_back(arg, arg);
    } else {
      *error = std::string(argv[0]) + ": bad option: " + arg;
      return false;
    }
  }
  std::string rejected;
  if (!TakeV8Flags(v8_candidates, o, &rejected)) {
    *error = std::string(argv[0]) + ": bad option: " + rejected;
    return false;
  }
  if (o->mode == Options::Mode::kScript && i < argc) {
    o->script = argv[i++];
    o->argv.push_back(o->script);
  } else if (o->mode == Options::Mode::kScript) {
    // No script and no -e: node starts a REPL on a TTY and reads stdin
    // otherwise. Mosaic has no REPL yet; read the program from stdin.
    o->mode = Options::Mode::kStdin;
  }
  for (; i < argc; i++) o->argv.push_back(argv[i]);
  return true;
}

}  // namespace

const std::vector<std::string>& NodeOptionsAllowList() {
  static const std::vector<std::string>* names = [] {
    auto* list = new std::vector<std::string>();
    for (const EnvOption& option : kEnvOptions) list->push_back(option.name);
    return list;
  }();
  return *names;
}

bool ParseOptions(int argc, char** argv, const char* node_options, Options* o,
                  std::string* error) {
  // NODE_OPTIONS' options come first (the command line's win), and are not
  // part of process.execArgv: they are parsed as if they led the command
  // line, then moved from exec_argv to node_options.
  std::vector<std::string> env_tokens;
  if (node_options != nullptr &&
      (!TokenizeNodeOptions(node_options, &env_tokens, error) ||
       !CheckNodeOptions(env_tokens, error))) {
    *error = std::string(argv[0]) + ": " + *error;
    return false;
  }
  std::vector<char*> all_args;
  all_args.push_back(argv[0]);
  for (std::string& token : env_tokens) all_args.push_back(token.data());
  for (int i = 1; i < argc; i++) all_args.push_back(argv[i]);
  if (!ParseArgs(static_cast<int>(all_args.size()), all_args.data(), o, error)) return false;
  o->node_options.assign(o->exec_argv.begin(), o->exec_argv.begin() + env_tokens.size());
  o->exec_argv.erase(o->exec_argv.begin(), o->exec_argv.begin() + env_tokens.size());
  return true;
}

const char* HelpText() {
  return "Usage: mosaic [options] [ script.js | -e \"script\" | - ] [arguments]\n"
         "\n"
         "Options:\n"
         "  -                          script read from stdin\n"
         "  --                         indicate the end of mosaic options\n"
         "  -e, --eval script          evaluate script\n"
         "  -p, --print script         evaluate script and print result\n"
         "  -r, --require module       module to preload\n"
         "  --env-file=file            set environment variables from a .env file\n"
         "  -h, --help                 print this help\n"
         "  -v, --version              print the version\n"
         "  --plugins                  list the runtime's plugins and exit\n"
         "  --plugin-path dir          extra directory of plugins (also MOSAIC_PLUGIN_PATH)\n"
         "  --no-warnings              silence all process warnings\n"
         "  --disable-warning=code     silence warnings of a code or type\n"
         "  --no-deprecation           silence deprecation warnings\n"
         "  --pending-deprecation      emit pending deprecation warnings\n"
         "  --throw-deprecation        throw on deprecations\n"
         "  --trace-warnings           show stack traces of warnings\n"
         "  --trace-deprecation        show stack traces of deprecations\n"
         "  --unhandled-rejections=mode  throw (default), strict, warn, none,\n"
         "                             warn-with-error-code\n"
         "  --input-type=type          module or commonjs for -e / stdin\n"
         "  --preserve-symlinks        keep symlinked paths when resolving modules\n"
         "  --expose-gc                expose gc() \n"
         "  --v8-options               print V8's options and exit\n"
         "  any other --flag           passed to V8 (also as --v8-<flag>)\n"
         "\n"
         "Environment:\n"
         "  NODE_OPTIONS               options as on the command line (those in\n"
         "                             process.allowedNodeEnvironmentFlags)\n"
         "  MOSAIC_PLUGIN_PATH         extra plugin directory\n"
         "  NODE_PATH                  ':'-separated module search path\n"
         "  UV_THREADPOOL_SIZE         libuv thread pool size (default 4)\n";
}

}  // namespace mosaic
