/* An experimental (NAPI_VERSION_EXPERIMENTAL) addon: its finalizers run
 * right inside the garbage collector, may only use basic Node-API
 * functions, and defer the rest with node_api_post_finalizer. */
#define NAPI_EXPERIMENTAL
#define NAPI_VERSION 2147483647
#define NODE_API_EXPERIMENTAL_NOGC_ENV_OPT_OUT
#define NODE_API_EXPERIMENTAL_BASIC_ENV_OPT_OUT
#include "../common.h"

/* Declared here for header sets that lack it. */
extern napi_status node_api_post_finalizer(napi_env env,
                                           napi_finalize finalize_cb,
                                           void* finalize_data,
                                           void* finalize_hint)
    __attribute__((weak));

static int in_gc = 0;
static int deferred = 0;

static void Deferred(napi_env env, void* data, void* hint) {
  napi_value object;
  (void)data;
  (void)hint;
  /* Outside the GC: the JS heap may be used again. */
  if (napi_create_object(env, &object) == napi_ok) deferred++;
}

/* A basic finalizer: runs during GC. */
static void Finalize(napi_env env, void* data, void* hint) {
  uint32_t version;
  (void)data;
  (void)hint;
  if (napi_get_version(env, &version) == napi_ok) in_gc++;
  node_api_post_finalizer(env, Deferred, NULL, NULL);
}

static napi_value Create(napi_env env, napi_callback_info info) {
  napi_value result;
  (void)info;
  CHECK_CALL(env, napi_create_external(env, NULL, Finalize, NULL, &result));
  return result;
}

static napi_value Counts(napi_env env, napi_callback_info info) {
  napi_value result;
  (void)info;
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "inGc", test_int32(env, in_gc));
  test_set(env, result, "deferred", test_int32(env, deferred));
  return result;
}

static napi_value Supported(napi_env env, napi_callback_info info) {
  (void)info;
  return test_bool(env, node_api_post_finalizer != NULL);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("create", Create),
      METHOD("counts", Counts),
      METHOD("supported", Supported),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
