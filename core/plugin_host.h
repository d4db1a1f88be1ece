// The bridge between the plugin loader and Node-API: runs a plugin's (or an
// addon's) Node-API initialiser in a fresh napi_env.
#ifndef MOSAIC_CORE_PLUGIN_HOST_H_
#define MOSAIC_CORE_PLUGIN_HOST_H_

#include <node_api.h>
#include <v8.h>

#include <string>

#include "core/runtime.h"

namespace mosaic {

// Creates a napi_env for `filename` at `napi_version`, calls `init` with a
// fresh exports object and returns what it returned (or the exports object
// when it returned NULL). Throws a JS error when init throws or fails.
v8::MaybeLocal<v8::Value> InitPluginNative(Runtime* runtime,
                                           napi_addon_register_func init,
                                           int32_t napi_version,
                                           const std::string& filename);

}  // namespace mosaic

#endif  // MOSAIC_CORE_PLUGIN_HOST_H_
