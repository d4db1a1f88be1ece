// ArrayBuffers, typed arrays, DataViews and Node Buffers (Uint8Arrays whose
// prototype is Buffer.prototype).
#include <cstdio>
#include <cstring>

#include "core/array_buffer_allocator.h"
#include "core/napi/napi_internal.h"
#include "core/runtime.h"

using mosaic::napi::ClearLastError;
using mosaic::napi::ErrorKind;
using mosaic::napi::JsValue;
using mosaic::napi::Ownership;
using mosaic::napi::Reference;
using mosaic::napi::SetLastError;
using mosaic::napi::ThrowErrorWithCode;
using mosaic::napi::V8Value;

namespace {

// Largest Buffer node creates (buffer.constants.MAX_LENGTH).
constexpr size_t kMaxBufferLength = v8::TypedArray::kMaxLength;

void FreeWithAllocator(void* data, size_t length, void* allocator) {
  static_cast<v8::ArrayBuffer::Allocator*>(allocator)->Free(data, length);
}

enum class Fill { kZero, kNone };

// An ArrayBuffer from the isolate's allocator, zero-filled unless `fill` says
// otherwise; on allocation failure a RangeError is pending and the result is
// false (V8's own ArrayBuffer::New would abort the process instead).
bool NewArrayBuffer(napi_env env, size_t length, v8::Local<v8::ArrayBuffer>* out,
                    Fill fill = Fill::kZero) {
  v8::Isolate* isolate = env->isolate;
  // Up to this size the memory is V8's own (freed by the scavenger with its
  // ArrayBuffer, see core/array_buffer_allocator.h). V8 aborts the process
  // when such an allocation fails, which only very large ones risk: those
  // take the path below, which throws a RangeError instead.
  constexpr size_t kManagedMax = size_t{16} << 20;
  mosaic::ArrayBufferAllocator* managed =
      env->runtime != nullptr ? env->runtime->array_buffer_allocator() : nullptr;
  if (managed != nullptr && length > 0 && length <= kManagedMax) {
    if (fill == Fill::kNone) managed->SkipNextZeroFill();
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, length);
    managed->CancelSkipZeroFill();
    *out = v8::ArrayBuffer::New(isolate, std::move(store));
    return true;
  }
  v8::ArrayBuffer::Allocator* allocator = isolate->GetArrayBufferAllocator();
  if (length == 0 || allocator == nullptr) {
    *out = v8::ArrayBuffer::New(isolate, length);
    return true;
  }
  void* data = fill == Fill::kZero ? allocator->Allocate(length)
                                   : allocator->AllocateUninitialized(length);
  if (data == nullptr) {
    ThrowErrorWithCode(env, ErrorKind::kRangeError, nullptr,
                       "Array buffer allocation failed");
    return false;
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, length, FreeWithAllocator, allocator);
  *out = v8::ArrayBuffer::New(isolate, std::move(store));
  return true;
}

// Memory the addon owns; the finalizer runs once the ArrayBuffer object is
// collected (V8 does not free it).
v8::Local<v8::ArrayBuffer> NewExternalArrayBuffer(napi_env env,
                                                  void* data,
                                                  size_t length) {
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, length, v8::BackingStore::EmptyDeleter, nullptr);
  return v8::ArrayBuffer::New(env->isolate, std::move(store));
}

void ThrowBufferTooLarge(napi_env env) {
  char message[96];
  snprintf(message, sizeof(message),
           "Cannot create a Buffer larger than 0x%zx bytes", kMaxBufferLength);
  ThrowErrorWithCode(env, ErrorKind::kRangeError, "ERR_BUFFER_TOO_LARGE",
                     message);
}

// A Node Buffer over [offset, offset + length) of `buffer`.
bool NewBuffer(napi_env env,
               v8::Local<v8::ArrayBuffer> buffer,
               size_t offset,
               size_t length,
               v8::Local<v8::Uint8Array>* out) {
  v8::Local<v8::Uint8Array> array = v8::Uint8Array::New(buffer, offset, length);
  v8::Local<v8::Object> prototype = mosaic::napi::BufferPrototype(env);
  if (!prototype.IsEmpty() &&
      !array->SetPrototype(env->context(), prototype).FromMaybe(false)) {
    return false;
  }
  *out = array;
  return true;
}

}  // namespace

// ---------------------------------------------------------------------------
// ArrayBuffer

napi_status NAPI_CDECL napi_create_arraybuffer(napi_env env,
                                               size_t byte_length,
                                               void** data,
                                               napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::ArrayBuffer> buffer;
  NAPI_RETURN_IF_FALSE(env, NewArrayBuffer(env, byte_length, &buffer),
                       napi_pending_exception);
  if (data != nullptr) *data = buffer->Data();
  *result = JsValue(buffer);
  return napi_ok;
}

napi_status NAPI_CDECL
napi_create_external_arraybuffer(napi_env env,
                                 void* external_data,
                                 size_t byte_length,
                                 napi_finalize finalize_cb,
                                 void* finalize_hint,
                                 napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::ArrayBuffer> buffer =
      NewExternalArrayBuffer(env, external_data, byte_length);
  if (finalize_cb != nullptr) {
    Reference::New(env, buffer, 0, Ownership::kRuntime, finalize_cb,
                   external_data, finalize_hint);
  }
  *result = JsValue(buffer);
  return napi_ok;
}

napi_status NAPI_CDECL napi_get_arraybuffer_info(napi_env env,
                                                 napi_value arraybuffer,
                                                 void** data,
                                                 size_t* byte_length) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  v8::Local<v8::Value> value = V8Value(arraybuffer);
  NAPI_RETURN_IF_FALSE(env, value->IsArrayBuffer(), napi_invalid_arg);
  v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
  if (data != nullptr) *data = buffer->Data();
  if (byte_length != nullptr) *byte_length = buffer->ByteLength();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_is_arraybuffer(napi_env env,
                                           napi_value value,
                                           bool* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsArrayBuffer();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_detach_arraybuffer(napi_env env,
                                               napi_value arraybuffer) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  v8::Local<v8::Value> value = V8Value(arraybuffer);
  NAPI_RETURN_IF_FALSE(env, value->IsArrayBuffer(), napi_arraybuffer_expected);
  v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
  NAPI_RETURN_IF_FALSE(env, buffer->IsDetachable(),
                       napi_detachable_arraybuffer_expected);
  buffer->Detach();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_is_detached_arraybuffer(napi_env env,
                                                    napi_value value,
                                                    bool* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  *result = v->IsArrayBuffer() && v.As<v8::ArrayBuffer>()->WasDetached();
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Typed arrays

napi_status NAPI_CDECL napi_is_typedarray(napi_env env,
                                          napi_value value,
                                          bool* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsTypedArray();
  return ClearLastError(env);
}

namespace {

template <typename ArrayType>
napi_status CreateTypedArray(napi_env env,
                             const char* type_name,
                             size_t element_size,
                             v8::Local<v8::ArrayBuffer> buffer,
                             size_t byte_offset,
                             size_t length,
                             v8::Local<v8::TypedArray>* out) {
  if (element_size > 1 && byte_offset % element_size != 0) {
    char message[96];
    snprintf(message, sizeof(message),
             "start offset of %s should be a multiple of %zu", type_name,
             element_size);
    ThrowErrorWithCode(env, ErrorKind::kRangeError,
                       "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT", message);
    return SetLastError(env, napi_generic_failure);
  }
  size_t byte_length = buffer->ByteLength();
  if (byte_offset > byte_length ||
      length > (byte_length - byte_offset) / element_size) {
    ThrowErrorWithCode(env, ErrorKind::kRangeError,
                       "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH",
                       "Invalid typed array length");
    return SetLastError(env, napi_generic_failure);
  }
  *out = ArrayType::New(buffer, byte_offset, length);
  return napi_ok;
}

}  // namespace

napi_status NAPI_CDECL napi_create_typedarray(napi_env env,
                                              napi_typedarray_type type,
                                              size_t length,
                                              napi_value arraybuffer,
                                              size_t byte_offset,
                                              napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> value = V8Value(arraybuffer);
  NAPI_RETURN_IF_FALSE(env, value->IsArrayBuffer(), napi_invalid_arg);
  v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
  v8::Local<v8::TypedArray> array;
  napi_status status;
  switch (type) {
    case napi_int8_array:
      status = CreateTypedArray<v8::Int8Array>(env, "Int8Array", 1, buffer,
                                               byte_offset, length, &array);
      break;
    case napi_uint8_array:
      status = CreateTypedArray<v8::Uint8Array>(env, "Uint8Array", 1, buffer,
                                                byte_offset, length, &array);
      break;
    case napi_uint8_clamped_array:
      status = CreateTypedArray<v8::Uint8ClampedArray>(
          env, "Uint8ClampedArray", 1, buffer, byte_offset, length, &array);
      break;
    case napi_int16_array:
      status = CreateTypedArray<v8::Int16Array>(env, "Int16Array", 2, buffer,
                                                byte_offset, length, &array);
      break;
    case napi_uint16_array:
      status = CreateTypedArray<v8::Uint16Array>(env, "Uint16Array", 2, buffer,
                                                 byte_offset, length, &array);
      break;
    case napi_int32_array:
      status = CreateTypedArray<v8::Int32Array>(env, "Int32Array", 4, buffer,
                                                byte_offset, length, &array);
      break;
    case napi_uint32_array:
      status = CreateTypedArray<v8::Uint32Array>(env, "Uint32Array", 4, buffer,
                                                 byte_offset, length, &array);
      break;
    case napi_float32_array:
      status = CreateTypedArray<v8::Float32Array>(
          env, "Float32Array", 4, buffer, byte_offset, length, &array);
      break;
    case napi_float64_array:
      status = CreateTypedArray<v8::Float64Array>(
          env, "Float64Array", 8, buffer, byte_offset, length, &array);
      break;
    case napi_bigint64_array:
      status = CreateTypedArray<v8::BigInt64Array>(
          env, "BigInt64Array", 8, buffer, byte_offset, length, &array);
      break;
    case napi_biguint64_array:
      status = CreateTypedArray<v8::BigUint64Array>(
          env, "BigUint64Array", 8, buffer, byte_offset, length, &array);
      break;
    default:
      return SetLastError(env, napi_invalid_arg);
  }
  if (status != napi_ok) return status;
  *result = JsValue(array);
  return napi_ok;
}

napi_status NAPI_CDECL napi_get_typedarray_info(napi_env env,
                                                napi_value typedarray,
                                                napi_typedarray_type* type,
                                                size_t* length,
                                                void** data,
                                                napi_value* arraybuffer,
                                                size_t* byte_offset) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, typedarray);
  v8::Local<v8::Value> value = V8Value(typedarray);
  NAPI_RETURN_IF_FALSE(env, value->IsTypedArray(), napi_invalid_arg);
  v8::Local<v8::TypedArray> array = value.As<v8::TypedArray>();
  if (type != nullptr) {
    if (value->IsInt8Array()) {
      *type = napi_int8_array;
    } else if (value->IsUint8Array()) {
      *type = napi_uint8_array;
    } else if (value->IsUint8ClampedArray()) {
      *type = napi_uint8_clamped_array;
    } else if (value->IsInt16Array()) {
      *type = napi_int16_array;
    } else if (value->IsUint16Array()) {
      *type = napi_uint16_array;
    } else if (value->IsInt32Array()) {
      *type = napi_int32_array;
    } else if (value->IsUint32Array()) {
      *type = napi_uint32_array;
    } else if (value->IsFloat32Array()) {
      *type = napi_float32_array;
    } else if (value->IsFloat64Array()) {
      *type = napi_float64_array;
    } else if (value->IsBigInt64Array()) {
      *type = napi_bigint64_array;
    } else if (value->IsBigUint64Array()) {
      *type = napi_biguint64_array;
    }
  }
  if (length != nullptr) *length = array->Length();
  if (data != nullptr || arraybuffer != nullptr) {
    v8::Local<v8::ArrayBuffer> buffer = array->Buffer();
    if (data != nullptr) {
      char* base = static_cast<char*>(buffer->Data());
      *data = base == nullptr ? nullptr : base + array->ByteOffset();
    }
    if (arraybuffer != nullptr) *arraybuffer = JsValue(buffer);
  }
  if (byte_offset != nullptr) *byte_offset = array->ByteOffset();
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// DataView

napi_status NAPI_CDECL napi_create_dataview(napi_env env,
                                            size_t byte_length,
                                            napi_value arraybuffer,
                                            size_t byte_offset,
                                            napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> value = V8Value(arraybuffer);
  NAPI_RETURN_IF_FALSE(env, value->IsArrayBuffer(), napi_invalid_arg);
  v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
  size_t buffer_length = buffer->ByteLength();
  if (byte_offset > buffer_length ||
      byte_length > buffer_length - byte_offset) {
    ThrowErrorWithCode(env, ErrorKind::kRangeError,
                       "ERR_NAPI_INVALID_DATAVIEW_ARGS",
                       "byte_offset + byte_length should be less than or "
                       "equal to the size in bytes of the array passed in");
    return SetLastError(env, napi_pending_exception);
  }
  *result = JsValue(v8::DataView::New(buffer, byte_offset, byte_length));
  return napi_ok;
}

napi_status NAPI_CDECL napi_is_dataview(napi_env env,
                                        napi_value value,
                                        bool* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsDataView();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_dataview_info(napi_env env,
                                              napi_value dataview,
                                              size_t* bytelength,
                                              void** data,
                                              napi_value* arraybuffer,
                                              size_t* byte_offset) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, dataview);
  v8::Local<v8::Value> value = V8Value(dataview);
  NAPI_RETURN_IF_FALSE(env, value->IsDataView(), napi_invalid_arg);
  v8::Local<v8::DataView> view = value.As<v8::DataView>();
  if (bytelength != nullptr) *bytelength = view->ByteLength();
  if (data != nullptr || arraybuffer != nullptr) {
    v8::Local<v8::ArrayBuffer> buffer = view->Buffer();
    if (data != nullptr) {
      char* base = static_cast<char*>(buffer->Data());
      *data = base == nullptr ? nullptr : base + view->ByteOffset();
    }
    if (arraybuffer != nullptr) *arraybuffer = JsValue(buffer);
  }
  if (byte_offset != nullptr) *byte_offset = view->ByteOffset();
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Buffer

namespace {

napi_status CreateBuffer(napi_env env, size_t length, Fill fill, void** data,
                         napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  if (length > kMaxBufferLength) {
    ThrowBufferTooLarge(env);
    return SetLastError(env, napi_generic_failure);
  }
  v8::Local<v8::ArrayBuffer> buffer;
  NAPI_RETURN_IF_FALSE(env, NewArrayBuffer(env, length, &buffer, fill),
                       napi_generic_failure);
  v8::Local<v8::Uint8Array> array;
  NAPI_RETURN_IF_FALSE(env, NewBuffer(env, buffer, 0, length, &array),
                       napi_generic_failure);
  if (data != nullptr) *data = buffer->Data();
  *result = JsValue(array);
  return NAPI_TRAPPED_STATUS(env);
}

}  // namespace

napi_status NAPI_CDECL napi_create_buffer(napi_env env,
                                          size_t length,
                                          void** data,
                                          napi_value* result) {
  return CreateBuffer(env, length, Fill::kZero, data, result);
}

napi_status mosaic::napi::CreateUninitializedBuffer(napi_env env, size_t length,
                                                    void** data, napi_value* result) {
  return CreateBuffer(env, length, Fill::kNone, data, result);
}

napi_status NAPI_CDECL napi_create_external_buffer(napi_env env,
                                                   size_t length,
                                                   void* data,
                                                   napi_finalize finalize_cb,
                                                   void* finalize_hint,
                                                   napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  if (length > kMaxBufferLength) {
    ThrowBufferTooLarge(env);
    return SetLastError(env, napi_generic_failure);
  }
  v8::Local<v8::ArrayBuffer> buffer = NewExternalArrayBuffer(env, data, length);
  v8::Local<v8::Uint8Array> array;
  NAPI_RETURN_IF_FALSE(env, NewBuffer(env, buffer, 0, length, &array),
                       napi_generic_failure);
  if (finalize_cb != nullptr) {
    // Like node's buffer finalizers, exceptions follow the
    // uncaught-exceptions policy (DEP0168) rather than always being fatal.
    Reference::New(env, buffer, 0, Ownership::kRuntime, finalize_cb, data,
                   finalize_hint, /*enforce_uncaught_policy=*/false);
  }
  *result = JsValue(array);
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_create_buffer_copy(napi_env env,
                                               size_t length,
                                               const void* data,
                                               void** result_data,
                                               napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  if (length > 0) NAPI_CHECK_ARG(env, data);
  if (length > kMaxBufferLength) {
    ThrowBufferTooLarge(env);
    return SetLastError(env, napi_generic_failure);
  }
  v8::Local<v8::ArrayBuffer> buffer;
  NAPI_RETURN_IF_FALSE(env, NewArrayBuffer(env, length, &buffer),
                       napi_generic_failure);
  if (length > 0) std::memcpy(buffer->Data(), data, length);
  v8::Local<v8::Uint8Array> array;
  NAPI_RETURN_IF_FALSE(env, NewBuffer(env, buffer, 0, length, &array),
                       napi_generic_failure);
  if (result_data != nullptr) *result_data = buffer->Data();
  *result = JsValue(array);
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL
node_api_create_buffer_from_arraybuffer(napi_env env,
                                        napi_value arraybuffer,
                                        size_t byte_offset,
                                        size_t byte_length,
                                        napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> value = V8Value(arraybuffer);
  NAPI_RETURN_IF_FALSE(env, value->IsArrayBuffer(), napi_arraybuffer_expected);
  v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
  size_t buffer_length = buffer->ByteLength();
  if (byte_offset > buffer_length ||
      byte_length > buffer_length - byte_offset) {
    ThrowErrorWithCode(env, ErrorKind::kRangeError, "ERR_OUT_OF_RANGE",
                       "The byte offset + length is out of range");
    return SetLastError(env, napi_pending_exception);
  }
  v8::Local<v8::Uint8Array> array;
  NAPI_RETURN_IF_FALSE(env,
                       NewBuffer(env, buffer, byte_offset, byte_length, &array),
                       napi_generic_failure);
  *result = JsValue(array);
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_is_buffer(napi_env env,
                                      napi_value value,
                                      bool* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  // Like node::Buffer::HasInstance: any ArrayBufferView.
  *result = V8Value(value)->IsArrayBufferView();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_buffer_info(napi_env env,
                                            napi_value value,
                                            void** data,
                                            size_t* length) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsArrayBufferView(), napi_invalid_arg);
  v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
  if (data != nullptr) {
    char* base = static_cast<char*>(view->Buffer()->Data());
    *data = base == nullptr ? nullptr : base + view->ByteOffset();
  }
  if (length != nullptr) *length = view->ByteLength();
  return ClearLastError(env);
}
