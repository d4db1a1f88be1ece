// internalBinding('addons'): process.dlopen for Node-API addons.
#include <dlfcn.h>

#include "core/napi/napi_loader.h"
#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

// dlopen(module, filename): loads the addon into module.exports. Opened with
// RTLD_NOW so a missing symbol fails here, naming it, and RTLD_DEEPBIND so
// the addon's own symbols win over same-named ones of libnode.
void Dlopen(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[0]->IsObject()) {
    ThrowTypeError(isolate, "The \"module\" argument must be an object");
    return;
  }
  v8::Local<v8::Object> module = args[0].As<v8::Object>();
  v8::Local<v8::Value> exports;
  if (!module->Get(context, OneByteString(isolate, "exports")).ToLocal(&exports)) return;
  if (!exports->IsObject()) {
    exports = v8::Object::New(isolate);
    if (module->Set(context, OneByteString(isolate, "exports"), exports).IsNothing()) return;
  }
  std::string filename = ToStdString(isolate, args[1]);
  v8::Local<v8::Value> result;
  if (napi::LoadAddon(Runtime::From(context), filename, module, exports.As<v8::Object>(),
                      RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND)
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// setBufferPrototype(proto): what napi_create_buffer & co. give their
// Uint8Arrays (the buffer plugin passes Buffer.prototype when it loads).
void SetBufferPrototype(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (args[0]->IsObject()) napi::SetBufferPrototype(args.GetIsolate(), args[0].As<v8::Object>());
}

const BindingMethod kAddonsMethods[] = {
    {"dlopen", Dlopen},
    {"setBufferPrototype", SetBufferPrototype},
};

}  // namespace

void InitAddonsBinding(Runtime*, v8::Local<v8::Context> context,
                       v8::Local<v8::Object> target) {
  SetMethods(context, target, kAddonsMethods);
}

void RegisterAddonsBindingReferences(ExternalReferences* refs) {
  refs->Add(kAddonsMethods);
}

}  // namespace mosaic
