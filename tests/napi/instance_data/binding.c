/* Instance data (set/get/replace, finalized at teardown) and the env's
 * services: versions, module file name. Registers the old way, with
 * napi_module_register() from a static constructor. */
#define NAPI_VERSION 9
#include <stdlib.h>

#include "../common.h"

typedef struct {
  int calls;
  napi_ref callback;
} Data;

static void FinalizeOld(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  printf("replaced data finalized (must not happen)\n");
  free(data);
}

static void FinalizeData(napi_env env, void* data, void* hint) {
  Data* d = data;
  (void)hint;
  printf("instance data finalized, calls=%d\n", d->calls);
  fflush(stdout);
  if (d->callback != NULL) {
    /* References can still be deleted at teardown. */
    if (napi_delete_reference(env, d->callback) == napi_ok) {
      printf("callback reference deleted\n");
      fflush(stdout);
    }
  }
  free(d);
}

static Data* GetData(napi_env env) {
  void* data = NULL;
  if (napi_get_instance_data(env, &data) != napi_ok) return NULL;
  return data;
}

static napi_value Increment(napi_env env, napi_callback_info info) {
  (void)info;
  Data* d = GetData(env);
  CHECK(env, d != NULL);
  return test_int32(env, ++d->calls);
}

static napi_value SetCallback(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  Data* d = GetData(env);
  CHECK(env, d != NULL);
  if (d->callback != NULL) CHECK_CALL(env, napi_delete_reference(env, d->callback));
  CHECK_CALL(env, napi_create_reference(env, args[0], 1, &d->callback));
  return NULL;
}

static napi_value CallCallback(napi_env env, napi_callback_info info) {
  napi_value cb, undefined, result;
  (void)info;
  Data* d = GetData(env);
  CHECK(env, d != NULL && d->callback != NULL);
  CHECK_CALL(env, napi_get_reference_value(env, d->callback, &cb));
  CHECK_CALL(env, napi_get_undefined(env, &undefined));
  CHECK_CALL(env, napi_call_function(env, undefined, cb, 0, NULL, &result));
  return result;
}

static napi_value Versions(napi_env env, napi_callback_info info) {
  uint32_t napi_version;
  const napi_node_version* node_version;
  const char* file_name = NULL;
  napi_value result;
  (void)info;
  CHECK_CALL(env, napi_get_version(env, &napi_version));
  CHECK_CALL(env, napi_get_node_version(env, &node_version));
  CHECK_CALL(env, node_api_get_module_file_name(env, &file_name));
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "napi", test_int32(env, (int32_t)napi_version));
  test_set(env, result, "major", test_int32(env, (int32_t)node_version->major));
  test_set(env, result, "minor", test_int32(env, (int32_t)node_version->minor));
  test_set(env, result, "patch", test_int32(env, (int32_t)node_version->patch));
  test_set(env, result, "release", test_string(env, node_version->release));
  test_set(env, result, "fileName", test_string(env, file_name));
  return result;
}

static napi_value Init(napi_env env, napi_value exports) {
  void* before = (void*)1;
  CHECK_CALL(env, napi_get_instance_data(env, &before));
  CHECK(env, before == NULL);
  /* Replaced data is dropped without its finalizer. */
  CHECK_CALL(env, napi_set_instance_data(env, malloc(4), FinalizeOld, NULL));
  Data* d = calloc(1, sizeof(*d));
  CHECK_CALL(env, napi_set_instance_data(env, d, FinalizeData, NULL));
  CHECK(env, GetData(env) == d);
  napi_property_descriptor methods[] = {
      METHOD("increment", Increment),
      METHOD("setCallback", SetCallback),
      METHOD("callCallback", CallCallback),
      METHOD("versions", Versions),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}

static napi_module module = {
    NAPI_MODULE_VERSION, 0, __FILE__, Init, "instance_data", NULL, {0},
};

__attribute__((constructor)) static void RegisterModule(void) {
  napi_module_register(&module);
}
