/* Thread-safe functions: calls from another thread (blocking and
 * non-blocking, bounded queue), default call_js_cb, acquire/release,
 * abort, context, finalizer, unref. */
#define NAPI_VERSION 9
#include <pthread.h>
#include <stdlib.h>

#include "../common.h"

typedef struct {
  napi_threadsafe_function tsfn;
  pthread_t thread;
  int count;
  napi_threadsafe_function_call_mode mode;
  bool abort_expected;
  int closing_seen;   /* pushes that returned napi_closing */
  int freed_without_env;  /* items handed back with a NULL env */
  napi_ref on_finalize;
} Test;

static Test test;

/* Converts the int payload to a JS number and calls the JS function with it. */
static void CallJs(napi_env env, napi_value js_cb, void* context, void* data) {
  int* payload = data;
  Test* t = context;
  if (env == NULL) {
    /* The function is being torn down: just free the payload. */
    t->freed_without_env++;
    free(payload);
    return;
  }
  napi_value undefined, argv[1];
  napi_get_undefined(env, &undefined);
  napi_create_int32(env, *payload, &argv[0]);
  free(payload);
  napi_call_function(env, undefined, js_cb, 1, argv, NULL);
}

static void* Producer(void* arg) {
  Test* t = arg;
  for (int i = 0; i < t->count; i++) {
    int* payload = malloc(sizeof(int));
    *payload = i;
    napi_status status = napi_call_threadsafe_function(t->tsfn, payload, t->mode);
    if (status != napi_ok) {
      free(payload);
      if (status == napi_closing) {
        t->closing_seen++;
        return NULL;  /* the function released this thread */
      }
      if (status != napi_queue_full) return NULL;
    }
  }
  napi_release_threadsafe_function(t->tsfn, napi_tsfn_release);
  return NULL;
}

static void Finalize(napi_env env, void* data, void* context) {
  Test* t = context;
  napi_value cb, undefined, argv[2];
  (void)data;
  pthread_join(t->thread, NULL);
  napi_get_reference_value(env, t->on_finalize, &cb);
  napi_get_undefined(env, &undefined);
  napi_create_int32(env, t->closing_seen, &argv[0]);
  napi_create_int32(env, t->freed_without_env, &argv[1]);
  napi_call_function(env, undefined, cb, 2, argv, NULL);
  napi_delete_reference(env, t->on_finalize);
}

/* start(cb(value), onFinalize(closingSeen, freedWithoutEnv), count,
 *       maxQueue, blocking) */
static napi_value Start(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 5);
  napi_value name;
  int32_t max_queue;
  bool blocking;
  memset(&test, 0, sizeof(test));
  CHECK_CALL(env, napi_get_value_int32(env, args[2], &test.count));
  CHECK_CALL(env, napi_get_value_int32(env, args[3], &max_queue));
  CHECK_CALL(env, napi_get_value_bool(env, args[4], &blocking));
  test.mode = blocking ? napi_tsfn_blocking : napi_tsfn_nonblocking;
  CHECK_CALL(env, napi_create_reference(env, args[1], 1, &test.on_finalize));
  CHECK_CALL(env, napi_create_string_utf8(env, "TSFN", NAPI_AUTO_LENGTH, &name));
  CHECK_CALL(env, napi_create_threadsafe_function(env, args[0], NULL, name, (size_t)max_queue,
                                                  1, NULL, Finalize, &test, CallJs,
                                                  &test.tsfn));
  void* context = NULL;
  CHECK_CALL(env, napi_get_threadsafe_function_context(test.tsfn, &context));
  CHECK(env, context == &test);
  CHECK(env, pthread_create(&test.thread, NULL, Producer, &test) == 0);
  return NULL;
}

/* Called from JS (main thread) to abort the function: the main thread
 * acquires it first so that the producer keeps its own count. */
static napi_value Abort(napi_env env, napi_callback_info info) {
  (void)info;
  CHECK_CALL(env, napi_acquire_threadsafe_function(test.tsfn) == napi_ok ? napi_ok
                                                                        : napi_generic_failure);
  return STATUS_OF(env, napi_release_threadsafe_function(test.tsfn, napi_tsfn_abort));
}

/* Default call_js_cb: calls the function with no arguments. */
typedef struct {
  napi_threadsafe_function tsfn;
  pthread_t thread;
  int count;
} Simple;

static Simple simple;

static void* SimpleProducer(void* arg) {
  Simple* s = arg;
  for (int i = 0; i < s->count; i++) {
    napi_call_threadsafe_function(s->tsfn, NULL, napi_tsfn_blocking);
  }
  napi_release_threadsafe_function(s->tsfn, napi_tsfn_release);
  return NULL;
}

static void SimpleFinalize(napi_env env, void* data, void* context) {
  Simple* s = data;
  (void)env;
  (void)context;
  pthread_join(s->thread, NULL);
}

static napi_value StartDefault(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value name;
  CHECK_CALL(env, napi_get_value_int32(env, args[1], &simple.count));
  CHECK_CALL(env, napi_create_string_utf8(env, "Default", NAPI_AUTO_LENGTH, &name));
  CHECK_CALL(env, napi_create_threadsafe_function(env, args[0], NULL, name, 0, 1, &simple,
                                                  SimpleFinalize, NULL, NULL, &simple.tsfn));
  CHECK(env, pthread_create(&simple.thread, NULL, SimpleProducer, &simple) == 0);
  return NULL;
}

/* Queue limits, checked synchronously: with the main thread busy nothing is
 * dispatched, so a full queue stays full. */
static void NoopCallJs(napi_env env, napi_value js_cb, void* context, void* data) {
  (void)env;
  (void)js_cb;
  (void)context;
  (void)data;
}

static napi_value QueueRules(napi_env env, napi_callback_info info) {
  napi_value name, result;
  napi_threadsafe_function tsfn;
  (void)info;
  CHECK_CALL(env, napi_create_string_utf8(env, "Rules", NAPI_AUTO_LENGTH, &name));
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "noFunctionNoCallJs",
           STATUS_OF(env, napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, NULL,
                                                          NULL, NULL, NULL, &tsfn)));
  test_set(env, result, "zeroThreads",
           STATUS_OF(env, napi_create_threadsafe_function(env, NULL, NULL, name, 0, 0, NULL,
                                                          NULL, NULL, NoopCallJs, &tsfn)));
  CHECK_CALL(env, napi_create_threadsafe_function(env, NULL, NULL, name, 2, 1, NULL, NULL,
                                                  NULL, NoopCallJs, &tsfn));
  test_set(env, result, "first",
           STATUS_OF(env, napi_call_threadsafe_function(tsfn, NULL, napi_tsfn_nonblocking)));
  test_set(env, result, "second",
           STATUS_OF(env, napi_call_threadsafe_function(tsfn, NULL, napi_tsfn_nonblocking)));
  test_set(env, result, "full",
           STATUS_OF(env, napi_call_threadsafe_function(tsfn, NULL, napi_tsfn_nonblocking)));
  test_set(env, result, "acquire", STATUS_OF(env, napi_acquire_threadsafe_function(tsfn)));
  test_set(env, result, "release1",
           STATUS_OF(env, napi_release_threadsafe_function(tsfn, napi_tsfn_release)));
  test_set(env, result, "release2",
           STATUS_OF(env, napi_release_threadsafe_function(tsfn, napi_tsfn_release)));
  /* thread count is 0 now: it closes once the queue is drained */
  return result;
}

/* An unref'd function does not keep the process alive; it is finalized at
 * exit. */
static napi_value Unrefed(napi_env env, napi_callback_info info) {
  napi_value name;
  napi_threadsafe_function tsfn;
  (void)info;
  CHECK_CALL(env, napi_create_string_utf8(env, "Unrefed", NAPI_AUTO_LENGTH, &name));
  CHECK_CALL(env, napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, NULL, NULL,
                                                  NULL, NoopCallJs, &tsfn));
  CHECK_CALL(env, napi_unref_threadsafe_function(env, tsfn));
  CHECK_CALL(env, napi_ref_threadsafe_function(env, tsfn));
  CHECK_CALL(env, napi_unref_threadsafe_function(env, tsfn));
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("start", Start),
      METHOD("abort", Abort),
      METHOD("startDefault", StartDefault),
      METHOD("queueRules", QueueRules),
      METHOD("unrefed", Unrefed),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
