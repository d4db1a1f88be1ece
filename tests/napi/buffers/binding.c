/* Buffers, ArrayBuffers, typed arrays and DataViews. */
#define NAPI_VERSION 9
#include <stdlib.h>

#include "../common.h"

extern napi_status node_api_create_buffer_from_arraybuffer(
    napi_env env, napi_value arraybuffer, size_t byte_offset,
    size_t byte_length, napi_value* result) __attribute__((weak));

static int finalized = 0;

static void FreeFinalize(napi_env env, void* data, void* hint) {
  (void)env;
  finalized += (int)(intptr_t)hint;
  free(data);
}

static napi_value CreateBuffer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t length;
  void* data;
  napi_value result;
  CHECK_CALL(env, napi_get_value_uint32(env, args[0], &length));
  CHECK_CALL(env, napi_create_buffer(env, length, &data, &result));
  for (uint32_t i = 0; i < length; i++) ((uint8_t*)data)[i] = (uint8_t)(i + 1);
  return result;
}

static napi_value CreateBufferCopy(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  char text[64];
  size_t len;
  void* data;
  napi_value result;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], text, sizeof(text), &len));
  CHECK_CALL(env, napi_create_buffer_copy(env, len, text, &data, &result));
  CHECK(env, data != text && memcmp(data, text, len) == 0);
  return result;
}

static napi_value CreateExternalBuffer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  char text[64];
  size_t len;
  napi_value result;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], text, sizeof(text), &len));
  char* copy = malloc(len + 1);
  memcpy(copy, text, len + 1);
  CHECK_CALL(env, napi_create_external_buffer(env, len, copy, FreeFinalize,
                                              (void*)(intptr_t)1, &result));
  return result;
}

static napi_value BufferInfo(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data;
  size_t length;
  bool is_buffer;
  napi_value result;
  CHECK_CALL(env, napi_is_buffer(env, args[0], &is_buffer));
  if (!is_buffer) return test_bool(env, false);
  CHECK_CALL(env, napi_get_buffer_info(env, args[0], &data, &length));
  uint32_t sum = 0;
  for (size_t i = 0; i < length; i++) sum += ((uint8_t*)data)[i];
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "length", test_int32(env, (int32_t)length));
  test_set(env, result, "sum", test_int32(env, (int32_t)sum));
  return result;
}

static napi_value BufferFromArrayBuffer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  uint32_t offset, length;
  napi_value result;
  if (node_api_create_buffer_from_arraybuffer == NULL) return test_undefined(env);
  CHECK_CALL(env, napi_get_value_uint32(env, args[1], &offset));
  CHECK_CALL(env, napi_get_value_uint32(env, args[2], &length));
  CHECK_CALL(env, node_api_create_buffer_from_arraybuffer(env, args[0], offset, length,
                                                          &result));
  return result;
}

static napi_value CreateArrayBuffer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t length;
  void* data;
  napi_value result;
  CHECK_CALL(env, napi_get_value_uint32(env, args[0], &length));
  CHECK_CALL(env, napi_create_arraybuffer(env, length, &data, &result));
  for (uint32_t i = 0; i < length; i++) ((uint8_t*)data)[i] = (uint8_t)(255 - i);
  return result;
}

static napi_value CreateExternalArrayBuffer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t length;
  napi_value result;
  CHECK_CALL(env, napi_get_value_uint32(env, args[0], &length));
  uint8_t* data = malloc(length ? length : 1);
  for (uint32_t i = 0; i < length; i++) data[i] = (uint8_t)i;
  CHECK_CALL(env, napi_create_external_arraybuffer(env, data, length, FreeFinalize,
                                                   (void*)(intptr_t)10, &result));
  return result;
}

static napi_value ArrayBufferInfo(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool is_ab, detached;
  void* data;
  size_t length;
  napi_value result;
  CHECK_CALL(env, napi_is_arraybuffer(env, args[0], &is_ab));
  if (!is_ab) return test_bool(env, false);
  CHECK_CALL(env, napi_get_arraybuffer_info(env, args[0], &data, &length));
  CHECK_CALL(env, napi_is_detached_arraybuffer(env, args[0], &detached));
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "length", test_int32(env, (int32_t)length));
  test_set(env, result, "first", test_int32(env, length ? ((uint8_t*)data)[0] : -1));
  test_set(env, result, "detached", test_bool(env, detached));
  return result;
}

static napi_value Detach(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  return STATUS_OF(env, napi_detach_arraybuffer(env, args[0]));
}

/* createTypedArray(type, arraybuffer, byteOffset, length) */
static napi_value CreateTypedArray(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  int32_t type;
  uint32_t offset, length;
  napi_value result;
  CHECK_CALL(env, napi_get_value_int32(env, args[0], &type));
  CHECK_CALL(env, napi_get_value_uint32(env, args[2], &offset));
  CHECK_CALL(env, napi_get_value_uint32(env, args[3], &length));
  CHECK_CALL(env, napi_create_typedarray(env, (napi_typedarray_type)type, length, args[1],
                                         offset, &result));
  return result;
}

static napi_value TypedArrayInfo(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool is_ta;
  napi_typedarray_type type;
  size_t length, offset;
  void* data;
  napi_value ab, result;
  void* ab_data;
  size_t ab_length;
  CHECK_CALL(env, napi_is_typedarray(env, args[0], &is_ta));
  if (!is_ta) return test_bool(env, false);
  CHECK_CALL(env, napi_get_typedarray_info(env, args[0], &type, &length, &data, &ab, &offset));
  CHECK_CALL(env, napi_get_arraybuffer_info(env, ab, &ab_data, &ab_length));
  CHECK(env, (uint8_t*)data == (uint8_t*)ab_data + offset);
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "type", test_int32(env, type));
  test_set(env, result, "length", test_int32(env, (int32_t)length));
  test_set(env, result, "byteOffset", test_int32(env, (int32_t)offset));
  test_set(env, result, "buffer", ab);
  test_set(env, result, "firstByte", test_int32(env, length ? *(uint8_t*)data : -1));
  return result;
}

static napi_value CreateDataView(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  uint32_t offset, length;
  napi_value result;
  CHECK_CALL(env, napi_get_value_uint32(env, args[1], &offset));
  CHECK_CALL(env, napi_get_value_uint32(env, args[2], &length));
  CHECK_CALL(env, napi_create_dataview(env, length, args[0], offset, &result));
  return result;
}

static napi_value DataViewInfo(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool is_dv;
  size_t length, offset;
  void* data;
  napi_value ab, result;
  CHECK_CALL(env, napi_is_dataview(env, args[0], &is_dv));
  if (!is_dv) return test_bool(env, false);
  CHECK_CALL(env, napi_get_dataview_info(env, args[0], &length, &data, &ab, &offset));
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "byteLength", test_int32(env, (int32_t)length));
  test_set(env, result, "byteOffset", test_int32(env, (int32_t)offset));
  test_set(env, result, "buffer", ab);
  test_set(env, result, "firstByte", test_int32(env, length ? *(uint8_t*)data : -1));
  return result;
}

static napi_value Finalized(napi_env env, napi_callback_info info) {
  (void)info;
  return test_int32(env, finalized);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("createBuffer", CreateBuffer),
      METHOD("createBufferCopy", CreateBufferCopy),
      METHOD("createExternalBuffer", CreateExternalBuffer),
      METHOD("bufferInfo", BufferInfo),
      METHOD("bufferFromArrayBuffer", BufferFromArrayBuffer),
      METHOD("createArrayBuffer", CreateArrayBuffer),
      METHOD("createExternalArrayBuffer", CreateExternalArrayBuffer),
      METHOD("arrayBufferInfo", ArrayBufferInfo),
      METHOD("detach", Detach),
      METHOD("createTypedArray", CreateTypedArray),
      METHOD("typedArrayInfo", TypedArrayInfo),
      METHOD("createDataView", CreateDataView),
      METHOD("dataViewInfo", DataViewInfo),
      METHOD("finalized", Finalized),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
