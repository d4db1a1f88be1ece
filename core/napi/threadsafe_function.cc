// Thread-safe functions: a queue filled from any thread (bounded by
// max_queue_size, blocking or not), drained on the loop thread through a
// uv_async_t, with acquire/release/abort, ref/unref and a finalizer that
// runs on the loop thread once the last thread released it (or at env
// teardown).
#include <condition_variable>
#include <deque>
#include <mutex>

#include "core/napi/napi_internal.h"
#include "core/runtime.h"

using mosaic::napi::CallbackScope;
using mosaic::napi::ClearLastError;
using mosaic::napi::JsValue;
using mosaic::napi::SetLastError;
using mosaic::napi::V8Value;

struct napi_threadsafe_function__ {
  napi_threadsafe_function__(napi_env env,
                             v8::Local<v8::Function> function,
                             v8::Local<v8::Object> resource,
                             size_t max_queue_size,
                             size_t initial_thread_count,
                             void* finalize_data,
                             napi_finalize finalize_cb,
                             void* context,
                             napi_threadsafe_function_call_js call_js_cb)
      : env(env),
        context(context),
        call_js_cb(call_js_cb),
        finalize_cb(finalize_cb),
        finalize_data(finalize_data),
        max_queue_size(max_queue_size),
        thread_count(initial_thread_count) {
    if (!function.IsEmpty()) this->function.Reset(env->isolate, function);
    if (!resource.IsEmpty()) this->resource.Reset(env->isolate, resource);
  }

  // Any thread.
  napi_status Push(void* data, napi_threadsafe_function_call_mode mode);
  napi_status Acquire();
  napi_status Release(napi_threadsafe_function_release_mode mode);

  // Loop thread.
  bool Init();
  void Dispatch();
  void CallJs(void* data);
  void CloseHandle();
  void Finalize();
  static void OnAsync(uv_async_t* handle);
  static void OnClosed(uv_handle_t* handle);
  static void OnTeardown(void* arg);

  napi_env const env;
  void* const context;
  const napi_threadsafe_function_call_js call_js_cb;
  const napi_finalize finalize_cb;
  void* const finalize_data;
  const size_t max_queue_size;
  v8::Global<v8::Function> function;
  v8::Global<v8::Object> resource;

  // Guarded by `mutex`.
  std::mutex mutex;
  std::condition_variable space_available;
  std::deque<void*> queue;
  size_t thread_count;
  bool is_closing = false;

  // Loop thread only. The handle is allocated apart: it may outlive us when
  // the env is torn down before its close callback ran.
  uv_async_t* async = nullptr;
  bool handle_closing = false;
  bool teardown_hook = false;
};

namespace {

// node's default call_js_cb: calls the function with no arguments and
// `undefined` as receiver.
void DefaultCallJs(napi_env env, napi_value cb, void* context, void* data) {
  (void)context;
  (void)data;
  if (env == nullptr || cb == nullptr) return;
  napi_value recv;
  napi_status status = napi_get_undefined(env, &recv);
  if (status != napi_ok) {
    napi_throw_error(env, "ERR_NAPI_TSFN_GET_UNDEFINED",
                     "Failed to retrieve undefined value");
    return;
  }
  status = napi_call_function(env, recv, cb, 0, nullptr, nullptr);
  if (status != napi_ok && status != napi_pending_exception) {
    napi_throw_error(env, "ERR_NAPI_TSFN_CALL_JS",
                     "Failed to call JS callback");
  }
}

// Dispatch at most this many items per wakeup so the loop is not starved.
constexpr int kMaxDispatchPerWakeup = 1000;

}  // namespace

bool napi_threadsafe_function__::Init() {
  async = new uv_async_t;
  if (uv_async_init(env->runtime->loop(), async, OnAsync) != 0) {
    delete async;
    async = nullptr;
    return false;
  }
  async->data = this;
  env->Ref();
  env->runtime->AddCleanupHook(OnTeardown, this);
  teardown_hook = true;
  return true;
}

napi_status napi_threadsafe_function__::Push(
    void* data, napi_threadsafe_function_call_mode mode) {
  std::unique_lock<std::mutex> lock(mutex);
  while (max_queue_size > 0 && queue.size() >= max_queue_size && !is_closing) {
    if (mode == napi_tsfn_nonblocking) return napi_queue_full;
    space_available.wait(lock);
  }
  if (is_closing) {
    if (thread_count == 0) return napi_invalid_arg;
    // The calling thread is considered released.
    thread_count--;
    return napi_closing;
  }
  queue.push_back(data);
  uv_async_send(async);
  return napi_ok;
}

napi_status napi_threadsafe_function__::Acquire() {
  std::lock_guard<std::mutex> lock(mutex);
  if (is_closing) return napi_closing;
  thread_count++;
  return napi_ok;
}

napi_status napi_threadsafe_function__::Release(
    napi_threadsafe_function_release_mode mode) {
  std::lock_guard<std::mutex> lock(mutex);
  if (thread_count == 0) return napi_invalid_arg;
  thread_count--;
  if ((thread_count == 0 || mode == napi_tsfn_abort) && !is_closing) {
    is_closing = mode == napi_tsfn_abort;
    if (is_closing && max_queue_size > 0) space_available.notify_all();
    // Let the loop thread notice (and close when nothing is left).
    uv_async_send(async);
  }
  return napi_ok;
}

void napi_threadsafe_function__::OnAsync(uv_async_t* handle) {
  auto* tsfn = static_cast<napi_threadsafe_function>(handle->data);
  if (tsfn != nullptr) tsfn->Dispatch();
}

void napi_threadsafe_function__::Dispatch() {
  for (int i = 0; i < kMaxDispatchPerWakeup; i++) {
    void* data = nullptr;
    bool popped = false;
    bool close = false;
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (is_closing) {
        close = true;
      } else {
        size_t size = queue.size();
        if (size > 0) {
          data = queue.front();
          queue.pop_front();
          popped = true;
          if (max_queue_size > 0 && size == max_queue_size) {
            space_available.notify_one();
          }
          size--;
        }
        if (size == 0 && thread_count == 0) {
          is_closing = true;
          if (max_queue_size > 0) space_available.notify_all();
          close = true;
        }
      }
    }
    if (popped) CallJs(data);
    if (close) {
      CloseHandle();
      return;
    }
    if (!popped) return;
  }
  // Still more: come back on the next loop iteration.
  std::lock_guard<std::mutex> lock(mutex);
  if (!is_closing) uv_async_send(async);
}

void napi_threadsafe_function__::CallJs(void* data) {
  v8::HandleScope handle_scope(env->isolate);
  v8::Context::Scope context_scope(env->context());
  CallbackScope callback_scope(env);
  napi_value js_callback =
      function.IsEmpty() ? nullptr : JsValue(function.Get(env->isolate));
  napi_threadsafe_function_call_js call = call_js_cb;
  void* ctx = context;
  env->CallIntoModule(
      [&](napi_env e) { call(e, js_callback, ctx, data); },
      [&](v8::Local<v8::Value> error) {
        env->HandleCallbackException(error, false);
      });
}

void napi_threadsafe_function__::CloseHandle() {
  if (handle_closing) return;
  handle_closing = true;
  uv_close(reinterpret_cast<uv_handle_t*>(async), OnClosed);
}

void napi_threadsafe_function__::OnClosed(uv_handle_t* handle) {
  auto* tsfn = static_cast<napi_threadsafe_function>(handle->data);
  delete reinterpret_cast<uv_async_t*>(handle);
  if (tsfn != nullptr) {
    tsfn->async = nullptr;
    tsfn->Finalize();
  }
}

// Runs the finalizer, hands the undelivered items to call_js_cb with a NULL
// env (so the addon can free them), and deletes the function.
void napi_threadsafe_function__::Finalize() {
  napi_env e = env;
  {
    v8::HandleScope handle_scope(e->isolate);
    v8::Context::Scope context_scope(e->context());
    if (finalize_cb != nullptr) {
      CallbackScope callback_scope(e);
      napi_finalize cb = finalize_cb;
      void* data = finalize_data;
      void* ctx = context;
      e->CallIntoModule(
          [&](napi_env env_arg) { cb(env_arg, data, ctx); },
          [&](v8::Local<v8::Value> error) {
            e->HandleCallbackException(error, false);
          });
    }
  }
  std::deque<void*> rest;
  {
    std::lock_guard<std::mutex> lock(mutex);
    rest.swap(queue);
  }
  for (void* data : rest) call_js_cb(nullptr, nullptr, context, data);
  if (teardown_hook) {
    teardown_hook = false;
    e->runtime->RemoveCleanupHook(OnTeardown, this);
  }
  delete this;
  e->Unref();
}

// The env goes away: close now and finalize synchronously (the loop may not
// turn again).
void napi_threadsafe_function__::OnTeardown(void* arg) {
  auto* tsfn = static_cast<napi_threadsafe_function>(arg);
  tsfn->teardown_hook = false;
  tsfn->env->isolate_data->stopping = true;
  {
    std::lock_guard<std::mutex> lock(tsfn->mutex);
    tsfn->is_closing = true;
    tsfn->space_available.notify_all();
  }
  if (tsfn->async != nullptr) {
    tsfn->async->data = nullptr;  // OnClosed only frees the handle
    if (!tsfn->handle_closing) {
      tsfn->handle_closing = true;
      uv_close(reinterpret_cast<uv_handle_t*>(tsfn->async), OnClosed);
    }
    tsfn->async = nullptr;
  }
  tsfn->Finalize();
}

// ---------------------------------------------------------------------------

napi_status NAPI_CDECL
napi_create_threadsafe_function(napi_env env,
                                napi_value func,
                                napi_value async_resource,
                                napi_value async_resource_name,
                                size_t max_queue_size,
                                size_t initial_thread_count,
                                void* thread_finalize_data,
                                napi_finalize thread_finalize_cb,
                                void* context,
                                napi_threadsafe_function_call_js call_js_cb,
                                napi_threadsafe_function* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, async_resource_name);
  NAPI_RETURN_IF_FALSE(env, initial_thread_count > 0, napi_invalid_arg);
  NAPI_CHECK_ARG(env, result);
  NAPI_TRAP(env);
  v8::Local<v8::Context> v8_context = env->context();

  v8::Local<v8::Function> function;
  if (func == nullptr) {
    NAPI_CHECK_ARG(env, call_js_cb);
  } else {
    NAPI_CHECK_TO_FUNCTION(env, function, func);
  }
  v8::Local<v8::Object> resource;
  if (async_resource != nullptr) {
    NAPI_CHECK_TO_OBJECT(env, v8_context, resource, async_resource);
  }
  v8::Local<v8::Value> name = V8Value(async_resource_name);
  if (!name->IsString()) {
    NAPI_RETURN_IF_FALSE(env, !name->ToString(v8_context).IsEmpty(),
                         napi_string_expected);
  }

  auto* tsfn = new napi_threadsafe_function__(
      env, function, resource, max_queue_size, initial_thread_count,
      thread_finalize_data, thread_finalize_cb, context,
      call_js_cb != nullptr ? call_js_cb : DefaultCallJs);
  if (!tsfn->Init()) {
    delete tsfn;
    return SetLastError(env, napi_generic_failure);
  }
  *result = tsfn;
  return ClearLastError(env);
}

napi_status NAPI_CDECL
napi_get_threadsafe_function_context(napi_threadsafe_function func,
                                     void** result) {
  if (func == nullptr || result == nullptr) return napi_invalid_arg;
  *result = func->context;
  return napi_ok;
}

napi_status NAPI_CDECL
napi_call_threadsafe_function(napi_threadsafe_function func,
                              void* data,
                              napi_threadsafe_function_call_mode is_blocking) {
  if (func == nullptr) return napi_invalid_arg;
  return func->Push(data, is_blocking);
}

napi_status NAPI_CDECL
napi_acquire_threadsafe_function(napi_threadsafe_function func) {
  if (func == nullptr) return napi_invalid_arg;
  return func->Acquire();
}

napi_status NAPI_CDECL
napi_release_threadsafe_function(napi_threadsafe_function func,
                                 napi_threadsafe_function_release_mode mode) {
  if (func == nullptr) return napi_invalid_arg;
  return func->Release(mode);
}

napi_status NAPI_CDECL napi_unref_threadsafe_function(
    napi_env env, napi_threadsafe_function func) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, func);
  if (func->async != nullptr && !func->handle_closing) {
    uv_unref(reinterpret_cast<uv_handle_t*>(func->async));
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_ref_threadsafe_function(
    napi_env env, napi_threadsafe_function func) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, func);
  if (func->async != nullptr && !func->handle_closing) {
    uv_ref(reinterpret_cast<uv_handle_t*>(func->async));
  }
  return ClearLastError(env);
}
