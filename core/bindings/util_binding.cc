// internalBinding('util') and internalBinding('types'): what util.inspect
// and util.types need to see that plain JavaScript cannot.
#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

// getPromiseDetails(promise) -> [state, result]; state 0 pending,
// 1 fulfilled, 2 rejected (result omitted while pending).
void GetPromiseDetails(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsPromise()) return;
  v8::Isolate* isolate = args.GetIsolate();
  auto promise = args[0].As<v8::Promise>();
  int state = static_cast<int>(promise->State());
  v8::Local<v8::Value> values[2] = {v8::Integer::New(isolate, state)};
  int count = 1;
  if (promise->State() != v8::Promise::kPending) values[count++] = promise->Result();
  args.GetReturnValue().Set(v8::Array::New(isolate, values, count));
}

// getProxyDetails(value, showProxy = true) -> [target, handler] | target
void GetProxyDetails(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsProxy()) return;
  v8::Isolate* isolate = args.GetIsolate();
  auto proxy = args[0].As<v8::Proxy>();
  if (args.Length() == 1 || args[1]->IsTrue()) {
    v8::Local<v8::Value> pair[] = {proxy->GetTarget(), proxy->GetHandler()};
    args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
  } else {
    args.GetReturnValue().Set(proxy->GetTarget());
  }
}

// previewEntries(obj, isIterator) -> entries, or [entries, isKeyValue] when
// isIterator is passed (Map/Set iterators and weak collections).
void PreviewEntries(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  v8::Isolate* isolate = args.GetIsolate();
  bool is_key_value;
  v8::Local<v8::Array> entries;
  if (!args[0].As<v8::Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (args.Length() < 2 || !args[1]->IsTrue()) {
    args.GetReturnValue().Set(entries);
    return;
  }
  v8::Local<v8::Value> pair[] = {entries, v8::Boolean::New(isolate, is_key_value)};
  args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
}

// getOwnNonIndexProperties(obj, filter): own keys (strings and symbols)
// that are not array indices; filter is a v8::PropertyFilter bit set.
void GetOwnNonIndexProperties(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  auto filter = static_cast<v8::PropertyFilter>(args[1]->Uint32Value(context).FromMaybe(0));
  v8::Local<v8::Array> keys;
  if (args[0]
          .As<v8::Object>()
          ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter,
                             v8::IndexFilter::kSkipIndices,
                             v8::KeyConversionMode::kKeepNumbers)
          .ToLocal(&keys)) {
    args.GetReturnValue().Set(keys);
  }
}

void GetConstructorName(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  args.GetReturnValue().Set(args[0].As<v8::Object>()->GetConstructorName());
}

void GetExternalValue(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsExternal()) return;
  auto address = reinterpret_cast<uint64_t>(args[0].As<v8::External>()->Value());
  args.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(args.GetIsolate(), address));
}

// sleep(ms): blocks the thread (tests of timing behaviour use it).
void Sleep(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uv_sleep(args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0));
}

#define TYPE_CHECKS(V)                                                    \
  V(isExternal, IsExternal) V(isDate, IsDate)                             \
  V(isArgumentsObject, IsArgumentsObject) V(isBigIntObject, IsBigIntObject) \
  V(isBooleanObject, IsBooleanObject) V(isNumberObject, IsNumberObject)   \
  V(isStringObject, IsStringObject) V(isSymbolObject, IsSymbolObject)     \
  V(isNativeError, IsNativeError) V(isRegExp, IsRegExp)                   \
  V(isAsyncFunction, IsAsyncFunction)                                     \
  V(isGeneratorFunction, IsGeneratorFunction)                             \
  V(isGeneratorObject, IsGeneratorObject) V(isPromise, IsPromise)         \
  V(isMap, IsMap) V(isSet, IsSet) V(isMapIterator, IsMapIterator)         \
  V(isSetIterator, IsSetIterator) V(isWeakMap, IsWeakMap)                 \
  V(isWeakSet, IsWeakSet) V(isArrayBuffer, IsArrayBuffer)                 \
  V(isDataView, IsDataView) V(isSharedArrayBuffer, IsSharedArrayBuffer)   \
  V(isProxy, IsProxy) V(isModuleNamespaceObject, IsModuleNamespaceObject) \
  V(isArrayBufferView, IsArrayBufferView) V(isTypedArray, IsTypedArray)   \
  V(isUint8Array, IsUint8Array)

#define DEFINE_CHECK(js_name, method)                                      \
  void js_name(const v8::FunctionCallbackInfo<v8::Value>& args) {          \
    args.GetReturnValue().Set(args[0]->method());                          \
  }
TYPE_CHECKS(DEFINE_CHECK)
#undef DEFINE_CHECK

void isAnyArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(args[0]->IsArrayBuffer() || args[0]->IsSharedArrayBuffer());
}

void isBoxedPrimitive(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Value> v = args[0];
  args.GetReturnValue().Set(v->IsNumberObject() || v->IsStringObject() ||
                            v->IsBooleanObject() || v->IsBigIntObject() ||
                            v->IsSymbolObject());
}

// noSideEffectsToString(value): V8's description of a value that runs no
// user code ("#<Foo>", "[object Array]", a string as is), as node's
// unhandled-rejection message quotes the reason.
void NoSideEffectsToString(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::String> text;
  if (args[0]->ToDetailString(args.GetIsolate()->GetCurrentContext()).ToLocal(&text)) {
    args.GetReturnValue().Set(text);
  }
}

const BindingMethod kUtilMethods[] = {
    {"getPromiseDetails", GetPromiseDetails, true},
    {"getProxyDetails", GetProxyDetails, true},
    {"previewEntries", PreviewEntries, true},
    {"getOwnNonIndexProperties", GetOwnNonIndexProperties, true},
    {"getConstructorName", GetConstructorName, true},
    {"getExternalValue", GetExternalValue, true},
    {"noSideEffectsToString", NoSideEffectsToString, true},
    {"sleep", Sleep},
};

}  // namespace

void InitUtilBinding(Runtime*, v8::Local<v8::Context> context,
                     v8::Local<v8::Object> target) {
  SetMethods(context, target, kUtilMethods);
}

void RegisterUtilBindingReferences(ExternalReferences* refs) {
  refs->Add(kUtilMethods);
}

void InitTypesBinding(Runtime*, v8::Local<v8::Context> context,
                      v8::Local<v8::Object> target) {
#define SET_CHECK(js_name, method) SetMethodNoSideEffect(context, target, #js_name, js_name);
  TYPE_CHECKS(SET_CHECK)
#undef SET_CHECK
  SetMethodNoSideEffect(context, target, "isAnyArrayBuffer", isAnyArrayBuffer);
  SetMethodNoSideEffect(context, target, "isBoxedPrimitive", isBoxedPrimitive);
}

void RegisterTypesBindingReferences(ExternalReferences* refs) {
#define ADD_CHECK(js_name, method) refs->Add(js_name);
  TYPE_CHECKS(ADD_CHECK)
#undef ADD_CHECK
  refs->Add(isAnyArrayBuffer);
  refs->Add(isBoxedPrimitive);
}

}  // namespace mosaic
