// Functions: the callback trampoline, napi_create_function,
// napi_get_cb_info, napi_get_new_target, napi_call_function,
// napi_new_instance, napi_instanceof.
#include <climits>

#include "core/napi/napi_internal.h"

using mosaic::napi::ClearLastError;
using mosaic::napi::JsValue;
using mosaic::napi::RefTracker;
using mosaic::napi::SetLastError;
using mosaic::napi::V8Value;

namespace mosaic {
namespace napi {

namespace {

// What a function created through Node-API calls: the addon's callback and
// its data. Owned by the env (freed at teardown) and freed early when the
// function's data object is collected.
class CallbackBundle final : public RefTracker {
 public:
  static v8::Local<v8::External> New(napi_env env,
                                     napi_callback cb,
                                     void* data) {
    auto* bundle = new CallbackBundle(env, cb, data);
    v8::Local<v8::External> external = v8::External::New(env->isolate, bundle);
    bundle->handle_.Reset(env->isolate, external);
    bundle->handle_.SetWeak(bundle, WeakCallback,
                            v8::WeakCallbackType::kParameter);
    return external;
  }

  ~CallbackBundle() override {
    Unlink();
    handle_.Reset();
  }

  // Env teardown.
  void Finalize() override { delete this; }

  napi_env const env;
  napi_callback const cb;
  void* const data;

 private:
  CallbackBundle(napi_env env, napi_callback cb, void* data)
      : env(env), cb(cb), data(data) {
    Link(&env->plain_refs);
  }

  static void WeakCallback(const v8::WeakCallbackInfo<CallbackBundle>& info) {
    delete info.GetParameter();  // resets the handle
  }

  v8::Global<v8::External> handle_;
};

// The V8 callback of every Node-API function.
void Invoke(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* bundle =
      static_cast<CallbackBundle*>(info.Data().As<v8::External>()->Value());
  napi_env env = bundle->env;
  napi_callback_info__ cbinfo{info, bundle->data};
  napi_value result = nullptr;
  bool threw = false;
  env->CallIntoModule(
      [&](napi_env e) { result = bundle->cb(e, &cbinfo); },
      [&](v8::Local<v8::Value> error) {
        threw = true;
        if (env->can_call_into_js()) env->isolate->ThrowException(error);
      });
  if (!threw && result != nullptr) {
    info.GetReturnValue().Set(V8Value(result));
  }
}

}  // namespace

napi_status NewFunction(napi_env env,
                        napi_callback cb,
                        void* data,
                        v8::Local<v8::Function>* result) {
  v8::Local<v8::External> bundle = CallbackBundle::New(env, cb, data);
  v8::MaybeLocal<v8::Function> fn =
      v8::Function::New(env->context(), Invoke, bundle);
  NAPI_RETURN_IF_FALSE(env, !fn.IsEmpty(), napi_generic_failure);
  *result = fn.ToLocalChecked();
  return napi_ok;
}

napi_status NewFunctionTemplate(napi_env env,
                                napi_callback cb,
                                void* data,
                                v8::Local<v8::FunctionTemplate>* result,
                                v8::Local<v8::Signature> signature) {
  v8::Local<v8::External> bundle = CallbackBundle::New(env, cb, data);
  *result = v8::FunctionTemplate::New(env->isolate, Invoke, bundle, signature);
  return napi_ok;
}

}  // namespace napi
}  // namespace mosaic

napi_status NAPI_CDECL napi_create_function(napi_env env,
                                            const char* utf8name,
                                            size_t length,
                                            napi_callback cb,
                                            void* data,
                                            napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, cb);
  v8::Local<v8::Function> fn;
  NAPI_RETURN_IF_NOT_OK(mosaic::napi::NewFunction(env, cb, data, &fn));
  if (utf8name != nullptr) {
    v8::Local<v8::String> name;
    NAPI_CHECK_NEW_FROM_UTF8_LEN(env, name, utf8name, length,
                                 v8::NewStringType::kInternalized);
    fn->SetName(name);
  }
  *result = JsValue(fn);
  return ClearLastError(env);
}

// Hot path: no allocation, no handle creation.
napi_status NAPI_CDECL napi_get_cb_info(napi_env env,
                                        napi_callback_info cbinfo,
                                        size_t* argc,
                                        napi_value* argv,
                                        napi_value* this_arg,
                                        void** data) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, cbinfo);
  const v8::FunctionCallbackInfo<v8::Value>& info = cbinfo->info;
  size_t length = static_cast<size_t>(info.Length());
  if (argv != nullptr) {
    NAPI_CHECK_ARG(env, argc);
    size_t wanted = *argc;
    size_t i = 0;
    size_t copy = wanted < length ? wanted : length;
    for (; i < copy; i++) argv[i] = JsValue(info[static_cast<int>(i)]);
    if (i < wanted) {
      napi_value undefined = JsValue(v8::Undefined(env->isolate));
      for (; i < wanted; i++) argv[i] = undefined;
    }
  }
  if (argc != nullptr) *argc = length;
  if (this_arg != nullptr) *this_arg = JsValue(info.This());
  if (data != nullptr) *data = cbinfo->data;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_new_target(napi_env env,
                                           napi_callback_info cbinfo,
                                           napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, cbinfo);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> new_target = cbinfo->info.NewTarget();
  *result = new_target->IsUndefined() ? nullptr : JsValue(new_target);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_call_function(napi_env env,
                                          napi_value recv,
                                          napi_value func,
                                          size_t argc,
                                          const napi_value* argv,
                                          napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, recv);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  NAPI_RETURN_IF_FALSE(env, argc <= INT_MAX, napi_invalid_arg);
  v8::Local<v8::Function> fn;
  NAPI_CHECK_TO_FUNCTION(env, fn, func);
  NAPI_TRAP(env);
  v8::MaybeLocal<v8::Value> returned =
      fn->Call(env->context(), V8Value(recv), static_cast<int>(argc),
               reinterpret_cast<v8::Local<v8::Value>*>(
                   const_cast<napi_value*>(argv)));
  if (napi_trap_.HasCaught()) return SetLastError(env, napi_pending_exception);
  if (result != nullptr) {
    NAPI_RETURN_IF_FALSE(env, !returned.IsEmpty(), napi_generic_failure);
    *result = JsValue(returned.ToLocalChecked());
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_new_instance(napi_env env,
                                         napi_value constructor,
                                         size_t argc,
                                         const napi_value* argv,
                                         napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, constructor);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  NAPI_CHECK_ARG(env, result);
  NAPI_RETURN_IF_FALSE(env, argc <= INT_MAX, napi_invalid_arg);
  v8::Local<v8::Function> ctor;
  NAPI_CHECK_TO_FUNCTION(env, ctor, constructor);
  NAPI_TRAP(env);
  v8::MaybeLocal<v8::Object> instance = ctor->NewInstance(
      env->context(), static_cast<int>(argc),
      reinterpret_cast<v8::Local<v8::Value>*>(const_cast<napi_value*>(argv)));
  NAPI_RETURN_IF_FALSE(env, !instance.IsEmpty(), napi_pending_exception);
  *result = JsValue(instance.ToLocalChecked());
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_instanceof(napi_env env,
                                       napi_value object,
                                       napi_value constructor,
                                       bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, object);
  NAPI_CHECK_ARG(env, result);
  *result = false;
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> ctor;
  NAPI_CHECK_TO_OBJECT(env, context, ctor, constructor);
  if (!ctor->IsFunction()) {
    mosaic::napi::ThrowErrorWithCode(env, mosaic::napi::ErrorKind::kTypeError,
                                     "ERR_NAPI_CONS_FUNCTION",
                                     "Constructor must be a function");
    return SetLastError(env, napi_function_expected);
  }
  v8::Maybe<bool> is_instance = V8Value(object)->InstanceOf(context, ctor);
  NAPI_RETURN_IF_FALSE(env, is_instance.IsJust(), napi_generic_failure);
  *result = is_instance.FromJust();
  return NAPI_TRAPPED_STATUS(env);
}
