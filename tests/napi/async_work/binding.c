/* Async work on the thread pool, async contexts, napi_make_callback,
 * callback scopes, cancellation, napi_get_uv_event_loop. */
#define NAPI_VERSION 9
#include <pthread.h>
#include <stdlib.h>

#include "../common.h"

typedef struct {
  napi_async_work work;
  napi_async_context context;
  napi_ref callback;
  int32_t input;
  int64_t output;
  bool on_main_thread;
  pthread_t main_thread;
} Job;

static void Execute(napi_env env, void* data) {
  Job* job = data;
  (void)env;
  job->on_main_thread = pthread_equal(pthread_self(), job->main_thread);
  int64_t sum = 0;
  for (int32_t i = 1; i <= job->input; i++) sum += i;
  job->output = sum;
}

static void Complete(napi_env env, napi_status status, void* data) {
  Job* job = data;
  napi_value callback, resource, argv[3];
  napi_create_int32(env, (int32_t)status, &argv[0]);
  napi_create_double(env, (double)job->output, &argv[1]);
  napi_get_boolean(env, job->on_main_thread, &argv[2]);
  napi_get_reference_value(env, job->callback, &callback);
  napi_create_object(env, &resource);
  /* Exceptions stay pending here and become uncaught exceptions. */
  napi_make_callback(env, job->context, resource, callback, 3, argv, NULL);
  napi_delete_reference(env, job->callback);
  napi_async_destroy(env, job->context);
  napi_delete_async_work(env, job->work);
  free(job);
}

/* sum(n, callback(status, result, ranOnMainThread)) */
static napi_value Sum(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value name;
  Job* job = calloc(1, sizeof(*job));
  job->main_thread = pthread_self();
  CHECK_CALL(env, napi_get_value_int32(env, args[0], &job->input));
  CHECK_CALL(env, napi_create_reference(env, args[1], 1, &job->callback));
  CHECK_CALL(env, napi_create_string_utf8(env, "TestSum", NAPI_AUTO_LENGTH, &name));
  CHECK_CALL(env, napi_async_init(env, NULL, name, &job->context));
  CHECK_CALL(env, napi_create_async_work(env, NULL, name, Execute, Complete, job,
                                         &job->work));
  CHECK_CALL(env, napi_queue_async_work(env, job->work));
  return NULL;
}

static napi_value CreateChecks(napi_env env, napi_callback_info info) {
  napi_value result, name;
  napi_async_work work;
  (void)info;
  CHECK_CALL(env, napi_create_string_utf8(env, "x", 1, &name));
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "nullExecute",
           STATUS_OF(env, napi_create_async_work(env, NULL, name, NULL, NULL, NULL, &work)));
  test_set(env, result, "nullName",
           STATUS_OF(env, napi_create_async_work(env, NULL, NULL, Execute, NULL, NULL, &work)));
  test_set(env, result, "nullResult",
           STATUS_OF(env, napi_create_async_work(env, NULL, name, Execute, NULL, NULL, NULL)));
  return result;
}

/* Blockers: occupy thread-pool threads until released. */
static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int running = 0;
static bool released = false;
static int blockers_done = 0;

static void BlockExecute(napi_env env, void* data) {
  (void)env;
  (void)data;
  pthread_mutex_lock(&mutex);
  running++;
  while (!released) pthread_cond_wait(&cond, &mutex);
  pthread_mutex_unlock(&mutex);
}

typedef struct {
  napi_async_work work;
} Blocker;

static void BlockComplete(napi_env env, napi_status status, void* data) {
  Blocker* blocker = data;
  (void)status;
  blockers_done++;
  napi_delete_async_work(env, blocker->work);
  free(blocker);
}

static napi_value QueueBlockers(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t n;
  napi_value name;
  CHECK_CALL(env, napi_get_value_int32(env, args[0], &n));
  CHECK_CALL(env, napi_create_string_utf8(env, "Blocker", NAPI_AUTO_LENGTH, &name));
  for (int32_t i = 0; i < n; i++) {
    Blocker* blocker = malloc(sizeof(*blocker));
    CHECK_CALL(env, napi_create_async_work(env, NULL, name, BlockExecute, BlockComplete,
                                           blocker, &blocker->work));
    CHECK_CALL(env, napi_queue_async_work(env, blocker->work));
  }
  return NULL;
}

static napi_value Running(napi_env env, napi_callback_info info) {
  int n;
  (void)info;
  pthread_mutex_lock(&mutex);
  n = running;
  pthread_mutex_unlock(&mutex);
  return test_int32(env, n);
}

static napi_value Release(napi_env env, napi_callback_info info) {
  (void)info;
  pthread_mutex_lock(&mutex);
  released = true;
  pthread_cond_broadcast(&cond);
  pthread_mutex_unlock(&mutex);
  return test_undefined(env);
}

static napi_value BlockersDone(napi_env env, napi_callback_info info) {
  (void)info;
  return test_int32(env, blockers_done);
}

typedef struct {
  napi_async_work work;
  napi_ref callback;
} Cancellable;

static void NeverRuns(napi_env env, void* data) {
  (void)env;
  (void)data;
}

static void CancelComplete(napi_env env, napi_status status, void* data) {
  Cancellable* c = data;
  napi_value callback, global, argv[1];
  napi_create_int32(env, (int32_t)status, &argv[0]);
  napi_get_reference_value(env, c->callback, &callback);
  napi_get_global(env, &global);
  napi_call_function(env, global, callback, 1, argv, NULL);
  napi_delete_reference(env, c->callback);
  napi_delete_async_work(env, c->work);
  free(c);
}

/* queueAndCancel(callback(status)): queues an item and cancels it right
 * away; returns the cancel status. */
static napi_value QueueAndCancel(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value name;
  Cancellable* c = calloc(1, sizeof(*c));
  CHECK_CALL(env, napi_create_string_utf8(env, "Cancellable", NAPI_AUTO_LENGTH, &name));
  CHECK_CALL(env, napi_create_reference(env, args[0], 1, &c->callback));
  CHECK_CALL(env, napi_create_async_work(env, NULL, name, NeverRuns, CancelComplete, c,
                                         &c->work));
  CHECK_CALL(env, napi_queue_async_work(env, c->work));
  return STATUS_OF(env, napi_cancel_async_work(env, c->work));
}

static napi_value CancelUnqueued(napi_env env, napi_callback_info info) {
  napi_value name;
  napi_async_work work;
  (void)info;
  CHECK_CALL(env, napi_create_string_utf8(env, "x", 1, &name));
  CHECK_CALL(env, napi_create_async_work(env, NULL, name, NeverRuns, NULL, NULL, &work));
  napi_status status = napi_cancel_async_work(env, work);
  CHECK_CALL(env, napi_delete_async_work(env, work));
  return STATUS_OF(env, status);
}

static napi_value HasLoop(napi_env env, napi_callback_info info) {
  struct uv_loop_s* loop = NULL;
  (void)info;
  CHECK_CALL(env, napi_get_uv_event_loop(env, &loop));
  return test_bool(env, loop != NULL);
}

/* makeCallbackSync(fn): napi_make_callback from inside a JS call. */
static napi_value MakeCallbackSync(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value resource, name, result;
  napi_async_context context;
  CHECK_CALL(env, napi_create_object(env, &resource));
  CHECK_CALL(env, napi_create_string_utf8(env, "sync", 4, &name));
  CHECK_CALL(env, napi_async_init(env, resource, name, &context));
  napi_status status = napi_make_callback(env, context, resource, args[0], 0, NULL, &result);
  CHECK_CALL(env, napi_async_destroy(env, context));
  CHECK_CALL(env, status);
  return result;
}

/* callbackScope(fn): opens a callback scope around a plain call. */
static napi_value CallbackScope(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value resource, name, global, result;
  napi_async_context context;
  napi_callback_scope scope;
  CHECK_CALL(env, napi_create_object(env, &resource));
  CHECK_CALL(env, napi_create_string_utf8(env, "scope", 5, &name));
  CHECK_CALL(env, napi_async_init(env, resource, name, &context));
  CHECK_CALL(env, napi_open_callback_scope(env, resource, context, &scope));
  CHECK_CALL(env, napi_get_global(env, &global));
  napi_status status = napi_call_function(env, global, args[0], 0, NULL, &result);
  CHECK_CALL(env, napi_close_callback_scope(env, scope));
  CHECK_CALL(env, napi_async_destroy(env, context));
  napi_status mismatch = napi_close_callback_scope(env, scope);
  CHECK_CALL(env, status);
  return STATUS_OF(env, mismatch);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("sum", Sum),
      METHOD("createChecks", CreateChecks),
      METHOD("queueBlockers", QueueBlockers),
      METHOD("running", Running),
      METHOD("release", Release),
      METHOD("blockersDone", BlockersDone),
      METHOD("queueAndCancel", QueueAndCancel),
      METHOD("cancelUnqueued", CancelUnqueued),
      METHOD("hasLoop", HasLoop),
      METHOD("makeCallbackSync", MakeCallbackSync),
      METHOD("callbackScope", CallbackScope),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
