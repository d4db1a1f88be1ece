// The env's own services: versions, the event loop, instance data, module
// file name, and (sync and async) cleanup hooks.
#include <algorithm>
#include <cstdio>

#include "core/napi/napi_internal.h"
#include "core/runtime.h"

using mosaic::napi::ClearLastError;
using mosaic::napi::SetLastError;

namespace mosaic {
namespace napi {

struct UserCleanupHook {
  napi_env env;
  napi_cleanup_hook fun;
  void* arg;
};

}  // namespace napi
}  // namespace mosaic

using mosaic::napi::UserCleanupHook;

napi_status NAPI_CDECL napi_get_version(napi_env env, uint32_t* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = mosaic::napi::kNodeApiVersion;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_node_version(napi_env env,
                                             const napi_node_version** result) {
  static const napi_node_version version = {
      mosaic::napi::kNodeMajor, mosaic::napi::kNodeMinor,
      mosaic::napi::kNodePatch, "node"};
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = &version;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_uv_event_loop(napi_env env,
                                              struct uv_loop_s** loop) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, loop);
  *loop = env->runtime->loop();
  return ClearLastError(env);
}

napi_status NAPI_CDECL node_api_get_module_file_name(napi_env env,
                                                     const char** result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  *result = env->filename.c_str();
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Instance data

napi_status NAPI_CDECL napi_set_instance_data(napi_env env,
                                              void* data,
                                              napi_finalize finalize_cb,
                                              void* finalize_hint) {
  NAPI_CHECK_ENV(env);
  if (env->instance_data != nullptr) {
    // Like node: earlier data is dropped without running its finalizer.
    delete env->instance_data;  // clears env->instance_data
  }
  env->instance_data = new mosaic::napi::TrackedFinalizer(
      env, finalize_cb, data, finalize_hint);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_instance_data(napi_env env, void** data) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, data);
  *data = env->instance_data != nullptr ? env->instance_data->data() : nullptr;
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Cleanup hooks. They run at runtime teardown, in reverse order of
// registration, before the env's own teardown (which was registered first).

namespace {

void RunUserCleanupHook(void* arg) {
  auto* hook = static_cast<UserCleanupHook*>(arg);
  napi_env env = hook->env;
  env->isolate_data->stopping = true;
  auto& hooks = env->cleanup_hooks;
  hooks.erase(std::remove(hooks.begin(), hooks.end(), hook), hooks.end());
  napi_cleanup_hook fun = hook->fun;
  void* fun_arg = hook->arg;
  delete hook;
  fun(fun_arg);
}

}  // namespace

napi_status NAPI_CDECL napi_add_env_cleanup_hook(napi_env env,
                                                 napi_cleanup_hook fun,
                                                 void* arg) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, fun);
  auto* hook = new UserCleanupHook{env, fun, arg};
  env->cleanup_hooks.push_back(hook);
  env->runtime->AddCleanupHook(RunUserCleanupHook, hook);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_remove_env_cleanup_hook(napi_env env,
                                                    napi_cleanup_hook fun,
                                                    void* arg) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, fun);
  auto& hooks = env->cleanup_hooks;
  for (auto it = hooks.rbegin(); it != hooks.rend(); ++it) {
    UserCleanupHook* hook = *it;
    if (hook->fun == fun && hook->arg == arg) {
      env->runtime->RemoveCleanupHook(RunUserCleanupHook, hook);
      hooks.erase(std::next(it).base());
      delete hook;
      break;
    }
  }
  return ClearLastError(env);
}

// Async cleanup hooks: the addon's hook starts asynchronous cleanup and
// calls napi_remove_async_cleanup_hook(handle) when done. Like node, the
// other hooks keep running meanwhile; the env's own teardown (which runs
// after all of them) turns the loop until every started hook completed.
struct napi_async_cleanup_hook_handle__ {
  napi_env env;
  napi_async_cleanup_hook hook;
  void* arg;
  bool started;
};

namespace {

using AsyncHandle = napi_async_cleanup_hook_handle__;

void RunAsyncCleanupHook(void* arg) {
  auto* handle = static_cast<AsyncHandle*>(arg);
  napi_env env = handle->env;
  env->isolate_data->stopping = true;
  handle->started = true;
  env->running_async_cleanup_hooks++;
  handle->hook(handle, handle->arg);
}

}  // namespace

void napi_env__::WaitForAsyncCleanupHooks() {
  uv_loop_t* loop = runtime->loop();
  // Exiting from inside a loop callback (process.exit(), a fatal error):
  // completions libuv already collected for that callback's phase arrive
  // only once it returns, which it never will, so a hook waiting on them
  // would wait forever. The loop is then only polled while the hooks make
  // progress; the process ends right after (no plugin is unloaded), so
  // work still in flight can do no harm.
  const bool nested = runtime->running_loop();
  int polls_without_progress = 0;
  while (running_async_cleanup_hooks > 0) {
    const int before = running_async_cleanup_hooks;
    uv_run(loop, nested ? UV_RUN_NOWAIT : UV_RUN_ONCE);
    if (nested) {
      polls_without_progress = running_async_cleanup_hooks < before ? 0 : polls_without_progress + 1;
      if (polls_without_progress > 2) break;
    }
    if (running_async_cleanup_hooks > 0 && !uv_loop_alive(loop)) {
      // Nothing left that could ever complete them.
      fprintf(stderr,
              "Mosaic: %d async cleanup hook(s) of %s did not complete; "
              "continuing teardown\n",
              running_async_cleanup_hooks, filename.c_str());
      break;
    }
  }
}

napi_status NAPI_CDECL
napi_add_async_cleanup_hook(napi_env env,
                            napi_async_cleanup_hook hook,
                            void* arg,
                            napi_async_cleanup_hook_handle* remove_handle) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, hook);
  auto* handle = new AsyncHandle{env, hook, arg, false};
  // The handle keeps the env alive until it is removed.
  env->Ref();
  env->runtime->AddCleanupHook(RunAsyncCleanupHook, handle);
  if (remove_handle != nullptr) *remove_handle = handle;
  return ClearLastError(env);
}

napi_status NAPI_CDECL
napi_remove_async_cleanup_hook(napi_async_cleanup_hook_handle remove_handle) {
  if (remove_handle == nullptr) return napi_invalid_arg;
  napi_env env = remove_handle->env;
  if (remove_handle->started) {
    // The asynchronous cleanup finished.
    env->running_async_cleanup_hooks--;
  } else {
    // Not started yet: unregister.
    env->runtime->RemoveCleanupHook(RunAsyncCleanupHook, remove_handle);
  }
  delete remove_handle;
  env->Unref();
  return napi_ok;
}
