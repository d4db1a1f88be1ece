// The table of the core's native bindings (internalBinding(name)).
#include <string_view>

#include "core/runtime_internal.h"

namespace mosaic {

void InitAddonsBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitEncodingBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitLoaderBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitMessagingBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitModulesBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitPerformanceBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitPluginsBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitProcessBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitRuntimeBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitTypesBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitUtilBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void InitUvBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);

namespace {

struct BindingEntry {
  std::string_view name;
  BindingInitializer init;
};

constexpr BindingEntry kBindings[] = {
    {"addons", InitAddonsBinding},
    {"encoding", InitEncodingBinding},
    {"loader", InitLoaderBinding},
    {"messaging", InitMessagingBinding},
    {"modules", InitModulesBinding},
    {"performance", InitPerformanceBinding},
    {"plugins", InitPluginsBinding},
    {"process", InitProcessBinding},
    {"runtime", InitRuntimeBinding},
    {"types", InitTypesBinding},
    {"util", InitUtilBinding},
    {"uv", InitUvBinding},
};

}  // namespace

BindingInitializer FindBinding(std::string_view name) {
  for (const BindingEntry& entry : kBindings) {
    if (entry.name == name) return entry.init;
  }
  return nullptr;
}

}  // namespace mosaic
