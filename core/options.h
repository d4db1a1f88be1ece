// Command-line options of the mosaic executable, parsed the way node does.
#ifndef MOSAIC_CORE_OPTIONS_H_
#define MOSAIC_CORE_OPTIONS_H_

#include <string>
#include <vector>

namespace mosaic {

enum class UnhandledRejections { kThrow, kStrict, kWarn, kNone, kWarnWithErrorCode };

struct Options {
  enum class Mode { kScript, kEval, kPrint, kStdin, kVersion, kHelp, kPlugins, kV8Options };
  Mode mode = Mode::kScript;
  std::string eval_source;          // -e / -p
  std::string script;               // the main script path (kScript)
  std::vector<std::string> argv;    // process.argv: [execPath, script?, ...args]
  std::vector<std::string> exec_argv;
  std::vector<std::string> node_options;  // the options NODE_OPTIONS gave
  std::vector<std::string> v8_flags;
  bool no_warnings = false;
  bool no_deprecation = false;
  bool pending_deprecation = false;
  bool throw_deprecation = false;
  bool trace_warnings = false;
  bool trace_deprecation = false;
  bool trace_uncaught = false;
  bool preserve_symlinks = false;
  bool preserve_symlinks_main = false;
  bool expose_gc = false;
  UnhandledRejections unhandled_rejections = UnhandledRejections::kThrow;
  std::string input_type;           // --input-type=module|commonjs
  std::vector<std::string> requires;  // -r / --require
  std::vector<std::string> imports;   // --import
  std::vector<std::string> env_file_texts;  // the contents of each --env-file
  std::string plugin_path;          // --plugin-path (also MOSAIC_PLUGIN_PATH)
  std::string code_cache_out;       // --build-code-cache=FILE (build step)
  std::string snapshot_out;         // --build-snapshot=FILE (build step)
  // --build-plugin-cache=FILE NAME PATH=FILE... (build step of mosaic_plugin)
  std::string plugin_cache_out;
};

// Parses NODE_OPTIONS (null when unset) and argv. On a usage error returns
// false and sets `error` to the message node would print (exit code 9).
bool ParseOptions(int argc, char** argv, const char* node_options, Options* options,
                  std::string* error);

// The options NODE_OPTIONS may hold (process.allowedNodeEnvironmentFlags).
const std::vector<std::string>& NodeOptionsAllowList();

const char* HelpText();

}  // namespace mosaic

#endif  // MOSAIC_CORE_OPTIONS_H_
