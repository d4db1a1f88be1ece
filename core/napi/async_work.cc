// Async work on the libuv thread pool, async contexts, napi_make_callback
// and callback scopes.
#include <climits>

#include "core/napi/napi_internal.h"
#include "core/runtime.h"

using mosaic::napi::CallbackScope;
using mosaic::napi::ClearLastError;
using mosaic::napi::JsValue;
using mosaic::napi::SetLastError;
using mosaic::napi::V8Value;

struct napi_async_work__ {
  napi_env env;
  napi_async_execute_callback execute;
  napi_async_complete_callback complete;
  void* data;
  uv_work_t request;
  // The async resource the addon passed, kept alive like node does while
  // the work item exists.
  v8::Global<v8::Object> resource;
};

struct napi_async_context__ {
  // Weak when the addon supplied the resource (it manages its lifetime).
  v8::Global<v8::Object> resource;
  // The async context frame (AsyncLocalStorage stores) at napi_async_init,
  // current again while napi_make_callback calls through this context.
  v8::Global<v8::Value> frame;
};

namespace {

// While AsyncLocalStorage is in use: makes the frame captured by an async
// context current for a callback, and restores the previous one after.
class AsyncFrameScope {
 public:
  AsyncFrameScope(napi_env env, napi_async_context async_context) : env_(env) {
    if (!env->runtime->GetAsyncContextFrame().ToLocal(&previous_)) return;
    active_ = true;
    v8::Local<v8::Value> frame = v8::Undefined(env->isolate);
    if (async_context != nullptr && !async_context->frame.IsEmpty()) {
      frame = async_context->frame.Get(env->isolate);
    }
    env->runtime->SetAsyncContextFrame(frame);
  }
  ~AsyncFrameScope() {
    if (active_) env_->runtime->SetAsyncContextFrame(previous_);
  }
  AsyncFrameScope(const AsyncFrameScope&) = delete;
  AsyncFrameScope& operator=(const AsyncFrameScope&) = delete;

 private:
  napi_env env_;
  bool active_ = false;
  v8::Local<v8::Value> previous_;
};

napi_status ConvertUVError(int code) {
  switch (code) {
    case 0:
      return napi_ok;
    case UV_EINVAL:
      return napi_invalid_arg;
    case UV_ECANCELED:
      return napi_cancelled;
    default:
      return napi_generic_failure;
  }
}

// Validates the async_resource / async_resource_name pair shared by async
// work, async contexts and thread-safe functions. Needs a TryCatch.
napi_status CheckAsyncResource(napi_env env,
                               napi_value async_resource,
                               napi_value async_resource_name,
                               v8::Local<v8::Object>* resource) {
  v8::Local<v8::Context> context = env->context();
  if (async_resource != nullptr) {
    NAPI_CHECK_TO_OBJECT(env, context, *resource, async_resource);
  }
  NAPI_CHECK_ARG(env, async_resource_name);
  v8::Local<v8::Value> name = V8Value(async_resource_name);
  if (!name->IsString()) {
    NAPI_RETURN_IF_FALSE(env, !name->ToString(context).IsEmpty(),
                         napi_string_expected);
  }
  return napi_ok;
}

void ExecuteWork(uv_work_t* request) {
  auto* work = static_cast<napi_async_work>(request->data);
  work->execute(work->env, work->data);
}

void AfterWork(uv_work_t* request, int status) {
  auto* work = static_cast<napi_async_work>(request->data);
  napi_env env = work->env;
  napi_async_complete_callback complete = work->complete;
  void* data = work->data;
  if (complete != nullptr) {
    v8::HandleScope handle_scope(env->isolate);
    v8::Context::Scope context_scope(env->context());
    CallbackScope callback_scope(env);
    // `work` may be deleted by the callback.
    env->CallIntoModule(
        [&](napi_env e) { complete(e, ConvertUVError(status), data); },
        [&](v8::Local<v8::Value> error) {
          env->HandleCallbackException(error, true);
        });
  }
  env->Unref();
}

}  // namespace

napi_status NAPI_CDECL
napi_create_async_work(napi_env env,
                       napi_value async_resource,
                       napi_value async_resource_name,
                       napi_async_execute_callback execute,
                       napi_async_complete_callback complete,
                       void* data,
                       napi_async_work* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, execute);
  NAPI_CHECK_ARG(env, result);
  NAPI_TRAP(env);
  v8::Local<v8::Object> resource;
  NAPI_RETURN_IF_NOT_OK(
      CheckAsyncResource(env, async_resource, async_resource_name, &resource));
  auto* work = new napi_async_work__();
  work->env = env;
  work->execute = execute;
  work->complete = complete;
  work->data = data;
  work->request.data = work;
  if (!resource.IsEmpty()) work->resource.Reset(env->isolate, resource);
  *result = work;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_delete_async_work(napi_env env,
                                              napi_async_work work) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, work);
  delete work;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_queue_async_work(napi_env env,
                                             napi_async_work work) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, work);
  work->env->Ref();
  int code = uv_queue_work(env->runtime->loop(), &work->request, ExecuteWork,
                           AfterWork);
  if (code != 0) {
    work->env->Unref();
    return SetLastError(env, ConvertUVError(code), static_cast<uint32_t>(code));
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_cancel_async_work(napi_env env,
                                              napi_async_work work) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, work);
  // Succeeds only while the item still waits for a thread; the complete
  // callback then runs with napi_cancelled.
  int code = uv_cancel(reinterpret_cast<uv_req_t*>(&work->request));
  napi_status status = ConvertUVError(code);
  if (status != napi_ok) {
    return SetLastError(env, status, static_cast<uint32_t>(code));
  }
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Async contexts and napi_make_callback

napi_status NAPI_CDECL napi_async_init(napi_env env,
                                       napi_value async_resource,
                                       napi_value async_resource_name,
                                       napi_async_context* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, async_resource_name);
  NAPI_CHECK_ARG(env, result);
  NAPI_TRAP(env);
  v8::Local<v8::Object> resource;
  NAPI_RETURN_IF_NOT_OK(
      CheckAsyncResource(env, async_resource, async_resource_name, &resource));
  auto* context = new napi_async_context__();
  if (resource.IsEmpty()) {
    context->resource.Reset(env->isolate, v8::Object::New(env->isolate));
  } else {
    context->resource.Reset(env->isolate, resource);
    context->resource.SetWeak();
  }
  v8::Local<v8::Value> frame;
  if (env->runtime->GetAsyncContextFrame().ToLocal(&frame)) {
    context->frame.Reset(env->isolate, frame);
  }
  *result = context;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_async_destroy(napi_env env,
                                          napi_async_context async_context) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, async_context);
  delete async_context;
  return ClearLastError(env);
}

// Calls `func` like node::MakeCallback: when this is the outermost callback
// (nothing else on the stack), the nextTick queue and microtasks drain after
// it returns. An exception stays pending for the addon to see
// (napi_pending_exception), as in node.
napi_status NAPI_CDECL napi_make_callback(napi_env env,
                                          napi_async_context async_context,
                                          napi_value recv,
                                          napi_value func,
                                          size_t argc,
                                          const napi_value* argv,
                                          napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, recv);
  if (argc > 0) NAPI_CHECK_ARG(env, argv);
  NAPI_RETURN_IF_FALSE(env, argc <= INT_MAX, napi_invalid_arg);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> receiver;
  NAPI_CHECK_TO_OBJECT(env, context, receiver, recv);
  v8::Local<v8::Function> fn;
  NAPI_CHECK_TO_FUNCTION(env, fn, func);
  v8::MaybeLocal<v8::Value> returned;
  {
    AsyncFrameScope frame_scope(env, async_context);
    CallbackScope scope(env);
    returned = fn->Call(context, receiver, static_cast<int>(argc),
                        reinterpret_cast<v8::Local<v8::Value>*>(
                            const_cast<napi_value*>(argv)));
    if (returned.IsEmpty()) scope.MarkAsFailed();
  }
  if (napi_trap_.HasCaught()) return SetLastError(env, napi_pending_exception);
  if (result != nullptr) {
    NAPI_RETURN_IF_FALSE(env, !returned.IsEmpty(), napi_generic_failure);
    *result = JsValue(returned.ToLocalChecked());
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_open_callback_scope(napi_env env,
                                                napi_value resource_object,
                                                napi_async_context context,
                                                napi_callback_scope* result) {
  (void)context;
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, resource_object);
  NAPI_CHECK_ARG(env, result);
  NAPI_RETURN_IF_FALSE(env, V8Value(resource_object)->IsObject(),
                       napi_object_expected);
  *result = reinterpret_cast<napi_callback_scope>(new CallbackScope(env));
  env->open_callback_scopes++;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_close_callback_scope(napi_env env,
                                                 napi_callback_scope scope) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, scope);
  if (env->open_callback_scopes == 0) {
    return SetLastError(env, napi_callback_scope_mismatch);
  }
  env->open_callback_scopes--;
  delete reinterpret_cast<CallbackScope*>(scope);
  return ClearLastError(env);
}
