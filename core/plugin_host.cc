// TEMPORARY until core/napi lands: plugins with native parts cannot load.
#include "core/plugin_host.h"

#include "core/v8_util.h"

namespace mosaic {

v8::MaybeLocal<v8::Value> InitPluginNative(Runtime* runtime, napi_addon_register_func,
                                           int32_t, const std::string& filename) {
  ThrowError(runtime->isolate(), "Node-API is not available yet: cannot initialise " + filename);
  return {};
}

}  // namespace mosaic
