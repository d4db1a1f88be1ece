/* Module loading: napi_register_module_v1 + node_api_module_get_api_version_v1,
 * replacing module.exports, loader errors. Exports are defined by hand (no
 * NAPI_MODULE_INIT) so the reported API version can be changed at run time. */
#define NAPI_VERSION 9
#include "../common.h"

static int32_t next_api_version = 9;
static bool next_init_throws = false;
static int inits = 0;

static napi_value SetNextApiVersion(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  CHECK_CALL(env, napi_get_value_int32(env, args[0], &next_api_version));
  return NULL;
}

static napi_value SetNextInitThrows(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  CHECK_CALL(env, napi_get_value_bool(env, args[0], &next_init_throws));
  return NULL;
}

static napi_value Inits(napi_env env, napi_callback_info info) {
  (void)info;
  return test_int32(env, inits);
}

NAPI_MODULE_EXPORT int32_t node_api_module_get_api_version_v1(void) {
  return next_api_version;
}

NAPI_MODULE_EXPORT napi_value napi_register_module_v1(napi_env env, napi_value exports) {
  napi_value result;
  inits++;
  if (next_init_throws) {
    napi_throw_range_error(env, "ERR_INIT", "init failed on purpose");
    return NULL;
  }
  /* Returning a new object replaces module.exports. */
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "originalExports", exports);
  napi_property_descriptor methods[] = {
      METHOD("setNextApiVersion", SetNextApiVersion),
      METHOD("setNextInitThrows", SetNextInitThrows),
      METHOD("inits", Inits),
  };
  EXPORT_METHODS(env, result, methods);
  return result;
}
