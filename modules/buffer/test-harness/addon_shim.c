/* Lets the plugin's native half load into the system node as a regular
 * Node-API addon (for the test harness): node calls napi_register_module_v1,
 * which forwards to the plugin initialiser. Node has no Mosaic runtime
 * table, so this file provides one made of plain Node-API calls: strings are
 * copied instead of handed over, Buffers come zero-filled, no string is
 * external, and the zero-fill toggle is a detached element that changes
 * nothing. The results are the same; only the speed differs. */
#include <stdlib.h>

#include <node_api.h>

#include "sdk/mosaic_plugin.h"

napi_value mosaic_plugin_init(napi_env env, napi_value exports);

static napi_status CopyLatin1(napi_env env, char* data, size_t length, napi_value* result) {
  napi_status status = napi_create_string_latin1(env, data, length, result);
  free(data);
  return status;
}

static napi_status CopyUtf16(napi_env env, char16_t* data, size_t length, napi_value* result) {
  napi_status status = napi_create_string_utf16(env, data, length, result);
  free(data);
  return status;
}

static napi_status ZeroedBuffer(napi_env env, size_t length, void** data, napi_value* result) {
  return napi_create_buffer(env, length, data, result);
}

static napi_status NoExternalString(napi_env env, napi_value value, const void** data,
                                    size_t* length, bool* one_byte) {
  napi_valuetype type;
  napi_status status = napi_typeof(env, value, &type);
  if (status != napi_ok) return status;
  if (type != napi_string) return napi_string_expected;
  *data = NULL;
  *length = 0;
  *one_byte = false;
  return napi_ok;
}

static napi_status InertZeroFillToggle(napi_env env, napi_value* result) {
  void* data;
  napi_value buffer;
  napi_status status = napi_create_arraybuffer(env, 4, &data, &buffer);
  if (status != napi_ok) return status;
  return napi_create_typedarray(env, napi_uint32_array, 1, buffer, 0, result);
}

static const mosaic_runtime_api kNodeRuntimeApi = {
    sizeof(mosaic_runtime_api), MOSAIC_PLUGIN_ABI_MINOR, CopyLatin1, CopyUtf16, ZeroedBuffer,
    NoExternalString, InertZeroFillToggle};

const mosaic_runtime_api* mosaic_get_runtime_api(void) { return &kNodeRuntimeApi; }

NAPI_MODULE_EXPORT napi_value napi_register_module_v1(napi_env env, napi_value exports) {
  return mosaic_plugin_init(env, exports);
}

NAPI_MODULE_EXPORT int32_t node_api_module_get_api_version_v1(void) { return 8; }
