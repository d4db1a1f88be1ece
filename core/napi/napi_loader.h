// The core's entry points into the Node-API implementation: loading addons
// (process.dlopen), initialising plugins' Node-API halves, and the few hooks
// the runtime must feed it (Buffer.prototype, teardown, options).
//
// This header deliberately does not include the Node-API headers: core code
// can include it next to anything else.
#ifndef MOSAIC_CORE_NAPI_NAPI_LOADER_H_
#define MOSAIC_CORE_NAPI_NAPI_LOADER_H_

#include "core/napi/v8_headers.h"

#include <cstdint>
#include <string>

#include "core/version.h"

struct napi_env__;
struct napi_value__;

namespace mosaic {

class Runtime;

namespace napi {

// The Node-API version this implementation supports (napi_get_version), and
// the Node.js version napi_get_node_version reports: both from core/version.h.
constexpr uint32_t kNodeApiVersion = MOSAIC_NAPI_VERSION;
constexpr uint32_t kNodeMajor = MOSAIC_NODE_COMPAT_MAJOR;
constexpr uint32_t kNodeMinor = MOSAIC_NODE_COMPAT_MINOR;
constexpr uint32_t kNodePatch = MOSAIC_NODE_COMPAT_PATCH;
// Module API version assumed for addons that do not export
// node_api_module_get_api_version_v1 (and for napi_module_register).
constexpr int32_t kDefaultModuleApiVersion = 8;

// Same type as `napi_addon_register_func` from node_api.h.
using AddonRegisterFunc = napi_value__* (*)(napi_env__* env,
                                            napi_value__* exports);

// process.dlopen(module, filename, flags) for a Node-API addon.
//
// dlopen()s `filename` with `dlopen_flags` (RTLD_NOW is used when the flags
// name no binding mode; the caller adds RTLD_DEEPBIND etc.), finds the
// module's initialiser -- a napi_module_register() call made by a static
// constructor during dlopen, else the exported napi_register_module_v1 (with
// node_api_module_get_api_version_v1 when exported) -- creates a napi_env for
// it and calls it with `exports`. A non-NULL return value different from
// `exports` becomes `module.exports`.
//
// Returns `module.exports`. On failure returns an empty handle with a JS
// exception pending on the isolate:
//   * dlopen failed: Error, code 'ERR_DLOPEN_FAILED', message = dlerror()
//     (it names the missing file or the undefined symbol);
//   * no initialiser: Error, code 'ERR_DLOPEN_FAILED',
//     "Module did not self-register: '<filename>'.";
//   * the module needs a newer Node-API version than kNodeApiVersion: Error;
//   * the initialiser threw: that exception, rethrown.
// Must be called on the runtime's thread, inside a HandleScope, with the
// runtime's context entered. The library is never dlclose()d once
// initialised (like node).
v8::MaybeLocal<v8::Value> LoadAddon(Runtime* runtime,
                                    const std::string& filename,
                                    v8::Local<v8::Object> module,
                                    v8::Local<v8::Object> exports,
                                    int dlopen_flags);

// Like LoadAddon for a library the caller has already dlopen()ed (plugins).
// Picks up a napi_module_register() made while that dlopen ran (call this
// right after dlopen returns, on the same thread), else looks up
// napi_register_module_v1. Does not dlclose `dl_handle` on failure.
v8::MaybeLocal<v8::Value> InitAddonFromHandle(Runtime* runtime,
                                              void* dl_handle,
                                              const std::string& filename,
                                              v8::Local<v8::Object> module,
                                              v8::Local<v8::Object> exports);

// Runs a Node-API initialiser directly (a plugin manifest's `init`): creates
// a napi_env with `module_api_version` (values below 8 mean 8), calls
// init(env, exports) and returns what it returned, or `exports` when it
// returned NULL. An exception thrown by init is rethrown (empty result).
// `filename` is what node_api_get_module_file_name reports (a path is turned
// into a file:// URL).
v8::MaybeLocal<v8::Value> InitModule(Runtime* runtime,
                                     AddonRegisterFunc init,
                                     int32_t module_api_version,
                                     const std::string& filename,
                                     v8::Local<v8::Object> exports);

// Buffer.prototype for napi_create_buffer & co. A Node Buffer is a Uint8Array
// whose prototype is Buffer.prototype; the core's bootstrap must call this
// once per isolate, before user code runs. Until it does, buffers get the
// prototype of `globalThis.Buffer` (looked up once), or stay plain
// Uint8Arrays when there is none.
void SetBufferPrototype(v8::Isolate* isolate, v8::Local<v8::Object> prototype);

// Releases the per-isolate state (private keys, Buffer.prototype). Call after
// the runtime's cleanup hooks ran and before Isolate::Dispose().
void DisposeIsolateData(v8::Isolate* isolate);

// --force-node-api-uncaught-exceptions-policy: exceptions thrown by
// thread-safe-function call_js callbacks and buffer finalizers of addons
// older than NAPI_VERSION_EXPERIMENTAL go to process 'uncaughtException'
// instead of a DEP0168 warning. Default false, like node.
void SetForceUncaughtExceptionsPolicy(bool force);

}  // namespace napi
}  // namespace mosaic

#endif  // MOSAIC_CORE_NAPI_NAPI_LOADER_H_
