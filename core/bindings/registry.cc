// The table of the core's native bindings (internalBinding(name)).
#include <string_view>

#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {

void InitAddonsBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterAddonsBindingReferences(ExternalReferences*);
void InitEncodingBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterEncodingBindingReferences(ExternalReferences*);
void InitLoaderBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterLoaderBindingReferences(ExternalReferences*);
void InitMessagingBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterMessagingBindingReferences(ExternalReferences*);
void InitModulesBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterModulesBindingReferences(ExternalReferences*);
void InitPerformanceBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterPerformanceBindingReferences(ExternalReferences*);
void InitPluginsBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterPluginsBindingReferences(ExternalReferences*);
void InitProcessBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterProcessBindingReferences(ExternalReferences*);
void InitRuntimeBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterRuntimeBindingReferences(ExternalReferences*);
void InitStdioBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterStdioBindingReferences(ExternalReferences*);
void InitTypesBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterTypesBindingReferences(ExternalReferences*);
void InitUtilBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterUtilBindingReferences(ExternalReferences*);
void InitUvBinding(Runtime*, v8::Local<v8::Context>, v8::Local<v8::Object>);
void RegisterUvBindingReferences(ExternalReferences*);

namespace {

struct BindingEntry {
  std::string_view name;
  BindingInitializer init;
  void (*register_references)(ExternalReferences*);
};

constexpr BindingEntry kBindings[] = {
    {"addons", InitAddonsBinding, RegisterAddonsBindingReferences},
    {"encoding", InitEncodingBinding, RegisterEncodingBindingReferences},
    {"loader", InitLoaderBinding, RegisterLoaderBindingReferences},
    {"messaging", InitMessagingBinding, RegisterMessagingBindingReferences},
    {"modules", InitModulesBinding, RegisterModulesBindingReferences},
    {"performance", InitPerformanceBinding, RegisterPerformanceBindingReferences},
    {"plugins", InitPluginsBinding, RegisterPluginsBindingReferences},
    {"process", InitProcessBinding, RegisterProcessBindingReferences},
    {"runtime", InitRuntimeBinding, RegisterRuntimeBindingReferences},
    {"stdio", InitStdioBinding, RegisterStdioBindingReferences},
    {"types", InitTypesBinding, RegisterTypesBindingReferences},
    {"util", InitUtilBinding, RegisterUtilBindingReferences},
    {"uv", InitUvBinding, RegisterUvBindingReferences},
};

}  // namespace

void RegisterBindingReferences(ExternalReferences* refs) {
  for (const BindingEntry& entry : kBindings) entry.register_references(refs);
}

BindingInitializer FindBinding(std::string_view name) {
  for (const BindingEntry& entry : kBindings) {
    if (entry.name == name) return entry.init;
  }
  return nullptr;
}

}  // namespace mosaic
