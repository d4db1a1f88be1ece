/* Environment cleanup hooks, sync and async, observed from a child process:
 * they print when the runtime tears down. */
#define NAPI_VERSION 9
#include <stdlib.h>
#include <uv.h>

#include "../common.h"

static void Print(void* arg) {
  printf("%s\n", (const char*)arg);
  fflush(stdout);
}

typedef struct {
  napi_async_cleanup_hook_handle handle;
  uv_timer_t timer;
  const char* name;
} AsyncCleanup;

static void AfterTimerClosed(uv_handle_t* timer) {
  AsyncCleanup* cleanup = timer->data;
  printf("%s done\n", cleanup->name);
  fflush(stdout);
  /* Cleanup finished: tell the runtime. */
  napi_remove_async_cleanup_hook(cleanup->handle);
  free(cleanup);
}

static void OnTimer(uv_timer_t* timer) {
  uv_close((uv_handle_t*)timer, AfterTimerClosed);
}

/* Starts asynchronous cleanup: a timer, then a close callback. */
static void AsyncHook(napi_async_cleanup_hook_handle handle, void* arg) {
  AsyncCleanup* cleanup = arg;
  uv_loop_t* loop = cleanup->timer.data;
  printf("%s start\n", cleanup->name);
  fflush(stdout);
  cleanup->handle = handle;
  uv_timer_init(loop, &cleanup->timer);
  cleanup->timer.data = cleanup;
  uv_timer_start(&cleanup->timer, OnTimer, 10, 0);
}

static void NeverRuns(napi_async_cleanup_hook_handle handle, void* arg) {
  (void)handle;
  (void)arg;
  printf("removed async hook ran\n");
}

static napi_value Install(napi_env env, napi_callback_info info) {
  struct uv_loop_s* loop;
  napi_async_cleanup_hook_handle removed;
  (void)info;
  CHECK_CALL(env, napi_get_uv_event_loop(env, &loop));
  CHECK_CALL(env, napi_add_env_cleanup_hook(env, Print, "hook A"));
  AsyncCleanup* cleanup = calloc(1, sizeof(*cleanup));
  cleanup->name = "async hook";
  cleanup->timer.data = loop;  /* until the hook runs */
  CHECK_CALL(env, napi_add_async_cleanup_hook(env, AsyncHook, cleanup, NULL));
  CHECK_CALL(env, napi_add_env_cleanup_hook(env, Print, "hook B"));
  CHECK_CALL(env, napi_add_env_cleanup_hook(env, Print, "hook C (removed)"));
  CHECK_CALL(env, napi_remove_env_cleanup_hook(env, Print, "hook C (removed)"));
  CHECK_CALL(env, napi_add_async_cleanup_hook(env, NeverRuns, NULL, &removed));
  CHECK_CALL(env, napi_remove_async_cleanup_hook(removed));
  CHECK_CALL(env, napi_add_env_cleanup_hook(env, Print, "hook D"));
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("install", Install),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
