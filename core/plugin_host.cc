// Runs plugins' Node-API initialisers through core/napi.
#include "core/plugin_host.h"

#include "core/napi/napi_loader.h"

namespace mosaic {

v8::MaybeLocal<v8::Value> InitPluginNative(Runtime* runtime,
                                           napi_addon_register_func init,
                                           int32_t napi_version,
                                           const std::string& filename) {
  v8::Local<v8::Object> exports = v8::Object::New(runtime->isolate());
  return napi::InitModule(runtime, reinterpret_cast<napi::AddonRegisterFunc>(init),
                          napi_version, filename, exports);
}

}  // namespace mosaic
