/* The v8 plugin's native half: the engine's figures and switches, from the
 * runtime's service table (sdk/mosaic_plugin.h, ABI 1.5). */
#include <errno.h>
#include <stdlib.h>

#include <node_api.h>

#include "sdk/mosaic_plugin.h"

#define MAX_ARGS 2

static void get_args(napi_env env, napi_callback_info info, napi_value* argv) {
  size_t argc = MAX_ARGS;
  for (size_t i = 0; i < MAX_ARGS; i++) argv[i] = NULL;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
}

/* heapStatistics(kind) -> object or array (mosaic_heap_statistics_kind) */
static napi_value HeapStatistics(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  int32_t kind = 0;
  napi_get_value_int32(env, argv[0], &kind);
  napi_value result = NULL;
  mosaic_get_runtime_api()->get_heap_statistics(env, (mosaic_heap_statistics_kind)kind, &result);
  return result;
}

/* A malloc'd NUL-terminated UTF-8 copy of the string `value` (its byte
 * length in *length), or NULL with an exception pending. */
static char* copy_string(napi_env env, napi_value value, size_t* length) {
  if (napi_get_value_string_utf8(env, value, NULL, 0, length) != napi_ok) return NULL;
  char* text = malloc(*length + 1);
  if (text == NULL) {
    napi_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  napi_get_value_string_utf8(env, value, text, *length + 1, length);
  return text;
}

/* setFlagsFromString(flags): flags is a string (checked by the caller) */
static napi_value SetFlagsFromString(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  size_t length = 0;
  char* flags = copy_string(env, argv[0], &length);
  if (flags == NULL) return NULL;
  mosaic_get_runtime_api()->set_engine_flags(env, flags, length);
  free(flags);
  return NULL;
}

/* cachedDataVersionTag() -> uint32 */
static napi_value CachedDataVersionTag(napi_env env, napi_callback_info info) {
  (void)info;
  uint32_t tag = 0;
  napi_value result = NULL;
  if (mosaic_get_runtime_api()->get_cached_data_version_tag(env, &tag) == napi_ok) {
    napi_create_uint32(env, tag, &result);
  }
  return result;
}

/* writeHeapSnapshot(path) -> 0, or the errno of the failed write */
static napi_value WriteHeapSnapshot(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  size_t length = 0;
  char* path = copy_string(env, argv[0], &length);
  if (path == NULL) return NULL;
  errno = 0;
  napi_status status = mosaic_get_runtime_api()->write_heap_snapshot(env, path);
  int error = status == napi_ok ? 0 : (errno != 0 ? errno : EIO);
  free(path);
  napi_value result = NULL;
  napi_create_int32(env, error, &result);
  return result;
}

/* serializerClasses() -> [Serializer, Deserializer] (the engine's) */
static napi_value SerializerClasses(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value serializer, deserializer, pair;
  if (mosaic_get_runtime_api()->get_value_serializer(env, &serializer, &deserializer) !=
          napi_ok ||
      napi_create_array_with_length(env, 2, &pair) != napi_ok ||
      napi_set_element(env, pair, 0, serializer) != napi_ok ||
      napi_set_element(env, pair, 1, deserializer) != napi_ok) {
    return NULL;
  }
  return pair;
}

napi_value mosaic_plugin_init(napi_env env, napi_value exports) {
  static const mosaic_function kMethods[] = {
      {"heapStatistics", HeapStatistics},
      {"setFlagsFromString", SetFlagsFromString},
      {"cachedDataVersionTag", CachedDataVersionTag},
      {"writeHeapSnapshot", WriteHeapSnapshot},
      {"serializerClasses", SerializerClasses},
  };
  if (mosaic_export_functions(env, exports, kMethods, sizeof(kMethods) / sizeof(kMethods[0])) !=
      napi_ok) {
    return NULL;
  }
  return exports;
}
