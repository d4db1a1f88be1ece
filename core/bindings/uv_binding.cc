// internalBinding('uv'): libuv error names and messages, for the one shared
// system-error helper in internal/errors.
#include <cerrno>

#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

void ErrName(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int err = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  args.GetReturnValue().Set(OneByteString(args.GetIsolate(), uv_err_name(err)));
}

// getErrorMap() -> Map<errno, [name, message]>
void GetErrorMap(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Map> map = v8::Map::New(isolate);
#define ADD_ERROR(name, message)                                                     \
  {                                                                                  \
    v8::Local<v8::Value> pair[] = {OneByteString(isolate, #name),                    \
                                   OneByteString(isolate, uv_strerror(UV_##name))}; \
    map->Set(context, v8::Integer::New(isolate, UV_##name),                         \
             v8::Array::New(isolate, pair, 2))                                       \
        .ToLocalChecked();                                                           \
  }
  UV_ERRNO_MAP(ADD_ERROR)
#undef ADD_ERROR
  // Newer libuv (node 20's) names two more errnos than Debian's 1.44.
  struct Extra {
    int code;
    const char* name;
    const char* message;
  };
  static const Extra kExtra[] = {{-ENODATA, "ENODATA", "no data available"},
                                 {-EUNATCH, "EUNATCH", "protocol driver not attached"}};
  for (const Extra& extra : kExtra) {
    v8::Local<v8::Integer> code = v8::Integer::New(isolate, extra.code);
    if (map->Has(context, code).FromMaybe(true)) continue;
    v8::Local<v8::Value> pair[] = {OneByteString(isolate, extra.name),
                                   OneByteString(isolate, extra.message)};
    map->Set(context, code, v8::Array::New(isolate, pair, 2)).ToLocalChecked();
  }
  args.GetReturnValue().Set(map);
}

const BindingMethod kUvMethods[] = {
    {"errname", ErrName, true},
    {"getErrorMap", GetErrorMap, true},
};

}  // namespace

void InitUvBinding(Runtime*, v8::Local<v8::Context> context,
                   v8::Local<v8::Object> target) {
  v8::Isolate* isolate = context->GetIsolate();
  SetMethods(context, target, kUvMethods);
#define ADD_CONSTANT(name, _) \
  SetValue(context, target, "UV_" #name, v8::Integer::New(isolate, UV_##name));
  UV_ERRNO_MAP(ADD_CONSTANT)
#undef ADD_CONSTANT
}

void RegisterUvBindingReferences(ExternalReferences* refs) {
  refs->Add(kUvMethods);
}

}  // namespace mosaic
