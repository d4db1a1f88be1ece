// Primitive values: singletons, numbers, strings (incl. external strings and
// property keys), symbols, napi_typeof, napi_get_value_*, coercion and
// napi_strict_equals.
#include <climits>
#include <cmath>
#include <cstring>

#include "core/napi/napi_internal.h"

using mosaic::napi::ClearLastError;
using mosaic::napi::JsValue;
using mosaic::napi::RefTracker;
using mosaic::napi::SetLastError;
using mosaic::napi::ReadSmi;
using mosaic::napi::V8Value;

// ---------------------------------------------------------------------------
// Singletons

napi_status NAPI_CDECL napi_get_undefined(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Undefined(env->isolate));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_null(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Null(env->isolate));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_global(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(env->context()->Global());
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_boolean(napi_env env,
                                        bool value,
                                        napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Boolean::New(env->isolate, value));
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Numbers

napi_status NAPI_CDECL napi_create_double(napi_env env,
                                          double value,
                                          napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Number::New(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_int32(napi_env env,
                                         int32_t value,
                                         napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Integer::New(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_uint32(napi_env env,
                                          uint32_t value,
                                          napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Integer::NewFromUnsigned(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_int64(napi_env env,
                                         int64_t value,
                                         napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  // Integer::New makes a Smi without Number::New's double classification.
  *result = value >= INT32_MIN && value <= INT32_MAX
                ? JsValue(v8::Integer::New(env->isolate, static_cast<int32_t>(value)))
                : JsValue(v8::Number::New(env->isolate, static_cast<double>(value)));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_double(napi_env env,
                                             napi_value value,
                                             double* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  int32_t smi;
  if (ReadSmi(value, &smi)) {
    *result = smi;
    return ClearLastError(env);
  }
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsNumber(), napi_number_expected);
  *result = v.As<v8::Number>()->Value();
  return ClearLastError(env);
}

namespace {

// ECMAScript ToInt32 / ToUint32 of a double (wraps modulo 2^32; NaN and
// infinities give 0).
inline uint32_t DoubleToUint32Bits(double d) {
  if (!std::isfinite(d)) return 0;
  d = std::trunc(d);
  if (d >= -2147483648.0 && d <= 4294967295.0) {
    return d < 0 ? static_cast<uint32_t>(static_cast<int64_t>(d))
                 : static_cast<uint32_t>(d);
  }
  double m = std::fmod(d, 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return static_cast<uint32_t>(m);
}

}  // namespace

napi_status NAPI_CDECL napi_get_value_int32(napi_env env,
                                            napi_value value,
                                            int32_t* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  int32_t smi;
  if (ReadSmi(value, &smi)) {
    *result = smi;
    return ClearLastError(env);
  }
  v8::Local<v8::Value> v = V8Value(value);
  if (v->IsInt32()) {
    *result = v.As<v8::Int32>()->Value();
  } else {
    NAPI_RETURN_IF_FALSE(env, v->IsNumber(), napi_number_expected);
    *result =
        static_cast<int32_t>(DoubleToUint32Bits(v.As<v8::Number>()->Value()));
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_uint32(napi_env env,
                                             napi_value value,
                                             uint32_t* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  int32_t smi;
  if (ReadSmi(value, &smi)) {
    *result = static_cast<uint32_t>(smi);  // ToUint32 wraps negatives too
    return ClearLastError(env);
  }
  v8::Local<v8::Value> v = V8Value(value);
  if (v->IsUint32()) {
    *result = v.As<v8::Uint32>()->Value();
  } else {
    NAPI_RETURN_IF_FALSE(env, v->IsNumber(), napi_number_expected);
    *result = DoubleToUint32Bits(v.As<v8::Number>()->Value());
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_int64(napi_env env,
                                            napi_value value,
                                            int64_t* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  int32_t smi;
  if (ReadSmi(value, &smi)) {
    *result = smi;
    return ClearLastError(env);
  }
  v8::Local<v8::Value> v = V8Value(value);
  if (v->IsInt32()) {
    *result = v.As<v8::Int32>()->Value();
    return ClearLastError(env);
  }
  NAPI_RETURN_IF_FALSE(env, v->IsNumber(), napi_number_expected);
  // Non-finite values give 0; out-of-range values saturate.
  double d = v.As<v8::Number>()->Value();
  if (!std::isfinite(d)) {
    *result = 0;
  } else if (d >= 9223372036854775808.0) {
    *result = INT64_MAX;
  } else if (d <= -9223372036854775808.0) {
    *result = INT64_MIN;
  } else {
    *result = static_cast<int64_t>(d);
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_bool(napi_env env,
                                           napi_value value,
                                           bool* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsBoolean(), napi_boolean_expected);
  *result = v.As<v8::Boolean>()->Value();
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Strings

namespace {

inline int V8Length(size_t length) {
  return length == NAPI_AUTO_LENGTH ? -1 : static_cast<int>(length);
}

template <typename Maker>
napi_status NewString(napi_env env,
                      const void* str,
                      size_t length,
                      napi_value* result,
                      Maker&& make) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  if (length > 0) NAPI_CHECK_ARG(env, str);
  NAPI_CHECK_ARG(env, result);
  NAPI_RETURN_IF_FALSE(env, length == NAPI_AUTO_LENGTH || length <= INT_MAX,
                       napi_invalid_arg);
  v8::Local<v8::String> string;
  if (str == nullptr) {
    string = v8::String::Empty(env->isolate);
  } else {
    v8::MaybeLocal<v8::String> maybe = make(env->isolate);
    NAPI_RETURN_IF_FALSE(env, !maybe.IsEmpty(), napi_generic_failure);
    string = maybe.ToLocalChecked();
  }
  *result = JsValue(string);
  return ClearLastError(env);
}

napi_status NewLatin1(napi_env env, const char* str, size_t length,
                      napi_value* result, v8::NewStringType type) {
  return NewString(env, str, length, result, [&](v8::Isolate* isolate) {
    return v8::String::NewFromOneByte(
        isolate, reinterpret_cast<const uint8_t*>(str), type, V8Length(length));
  });
}

// Short ASCII text is also Latin-1: V8 then copies it without running its
// UTF-8 decoder, which costs more than this scan for the short strings
// addons create most.
bool IsShortAscii(const char* str, size_t length) {
  constexpr size_t kShort = 256;
  if (length > kShort) return false;
  for (size_t i = 0; i < length; i++) {
    if (static_cast<unsigned char>(str[i]) >= 0x80) return false;
  }
  return true;
}

napi_status NewUtf8(napi_env env, const char* str, size_t length,
                    napi_value* result, v8::NewStringType type) {
  return NewString(env, str, length, result, [&](v8::Isolate* isolate) {
    size_t known = length == NAPI_AUTO_LENGTH ? strlen(str) : length;
    if (IsShortAscii(str, known)) {
      return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(str), type,
                                        static_cast<int>(known));
    }
    return v8::String::NewFromUtf8(isolate, str, type, V8Length(length));
  });
}

napi_status NewUtf16(napi_env env, const char16_t* str, size_t length,
                     napi_value* result, v8::NewStringType type) {
  return NewString(env, str, length, result, [&](v8::Isolate* isolate) {
    return v8::String::NewFromTwoByte(
        isolate, reinterpret_cast<const uint16_t*>(str), type,
        V8Length(length));
  });
}

}  // namespace

napi_status NAPI_CDECL napi_create_string_latin1(napi_env env,
                                                 const char* str,
                                                 size_t length,
                                                 napi_value* result) {
  return NewLatin1(env, str, length, result, v8::NewStringType::kNormal);
}

napi_status NAPI_CDECL napi_create_string_utf8(napi_env env,
                                               const char* str,
                                               size_t length,
                                               napi_value* result) {
  return NewUtf8(env, str, length, result, v8::NewStringType::kNormal);
}

napi_status NAPI_CDECL napi_create_string_utf16(napi_env env,
                                                const char16_t* str,
                                                size_t length,
                                                napi_value* result) {
  return NewUtf16(env, str, length, result, v8::NewStringType::kNormal);
}

napi_status NAPI_CDECL node_api_create_property_key_latin1(napi_env env,
                                                           const char* str,
                                                           size_t length,
                                                           napi_value* result) {
  return NewLatin1(env, str, length, result, v8::NewStringType::kInternalized);
}

napi_status NAPI_CDECL node_api_create_property_key_utf8(napi_env env,
                                                         const char* str,
                                                         size_t length,
                                                         napi_value* result) {
  return NewUtf8(env, str, length, result, v8::NewStringType::kInternalized);
}

napi_status NAPI_CDECL node_api_create_property_key_utf16(napi_env env,
                                                          const char16_t* str,
                                                          size_t length,
                                                          napi_value* result) {
  return NewUtf16(env, str, length, result, v8::NewStringType::kInternalized);
}

// ---------------------------------------------------------------------------
// External strings. V8 keeps the addon's buffer; when V8 disposes of the
// string the addon's finalizer runs like any GC finalizer (queued to the
// loop, or right away for experimental addons). If the env is torn down
// first, the finalizer runs when V8 disposes of the string, with a NULL env.

namespace {

template <typename Base, typename Char>
class ExternalStringResource final : public Base, public RefTracker {
 public:
  ExternalStringResource(napi_env env, const void* data, size_t length,
                         napi_finalize cb, void* hint)
      : env_(env),
        data_(static_cast<const Char*>(data)),
        length_(length),
        cb_(cb),
        hint_(hint) {
    Link(cb != nullptr ? &env->finalizing_refs : &env->plain_refs);
  }

  const Char* data() const override { return data_; }
  size_t length() const override { return length_; }

  // V8 is done with the string.
  void Dispose() override {
    disposed_ = true;
    if (env_ == nullptr) {
      // The env is gone.
      if (cb_ != nullptr) cb_(nullptr, const_cast<Char*>(data_), hint_);
      delete this;
      return;
    }
    if (cb_ == nullptr) {
      Unlink();
      delete this;
      return;
    }
    env_->InvokeFinalizerFromGC(this);
  }

  // From the env: the queued finalizer, or teardown.
  void Finalize() override {
    Unlink();
    env_->DequeueFinalizer(this);
    if (!disposed_) {
      // Teardown while V8 still uses the string: finalize on Dispose().
      env_ = nullptr;
      return;
    }
    napi_env env = env_;
    napi_finalize cb = cb_;
    void* data = const_cast<Char*>(data_);
    void* hint = hint_;
    delete this;
    env->CallFinalizer(cb, data, hint);
  }

 private:
  napi_env env_;
  const Char* data_;
  size_t length_;
  napi_finalize cb_;
  void* hint_;
  bool disposed_ = false;
};

using ExternalLatin1 =
    ExternalStringResource<v8::String::ExternalOneByteStringResource, char>;
using ExternalUtf16 =
    ExternalStringResource<v8::String::ExternalStringResource, uint16_t>;

template <typename Char, typename Resource, typename Maker>
napi_status NewExternalString(napi_env env,
                              Char* str,
                              size_t length,
                              napi_finalize finalize_callback,
                              void* finalize_hint,
                              napi_value* result,
                              bool* copied,
                              Maker&& make) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  if (length > 0) NAPI_CHECK_ARG(env, str);
  NAPI_CHECK_ARG(env, result);
  NAPI_RETURN_IF_FALSE(env, length == NAPI_AUTO_LENGTH || length <= INT_MAX,
                       napi_invalid_arg);
  if (length == NAPI_AUTO_LENGTH) {
    length = 0;
    while (str[length] != 0) ++length;
  }
  if (length == 0) {
    // V8 would not use the buffer: hand it back right away.
    *result = JsValue(v8::String::Empty(env->isolate));
    if (copied != nullptr) *copied = true;
    if (finalize_callback != nullptr) {
      env->CallFinalizer(finalize_callback, str, finalize_hint);
    }
    return ClearLastError(env);
  }
  auto* resource =
      new Resource(env, str, length, finalize_callback, finalize_hint);
  v8::MaybeLocal<v8::String> maybe = make(env->isolate, resource);
  if (maybe.IsEmpty()) {
    // V8 refused (too long): it did not take ownership.
    resource->Unlink();
    delete resource;
    return SetLastError(env, napi_generic_failure);
  }
  *result = JsValue(maybe.ToLocalChecked());
  if (copied != nullptr) *copied = false;
  return ClearLastError(env);
}

}  // namespace

napi_status NAPI_CDECL
node_api_create_external_string_latin1(napi_env env,
                                       char* str,
                                       size_t length,
                                       napi_finalize finalize_callback,
                                       void* finalize_hint,
                                       napi_value* result,
                                       bool* copied) {
  return NewExternalString<char, ExternalLatin1>(
      env, str, length, finalize_callback, finalize_hint, result, copied,
      [](v8::Isolate* isolate, ExternalLatin1* resource) {
        return v8::String::NewExternalOneByte(isolate, resource);
      });
}

napi_status NAPI_CDECL
node_api_create_external_string_utf16(napi_env env,
                                      char16_t* str,
                                      size_t length,
                                      napi_finalize finalize_callback,
                                      void* finalize_hint,
                                      napi_value* result,
                                      bool* copied) {
  return NewExternalString<char16_t, ExternalUtf16>(
      env, str, length, finalize_callback, finalize_hint, result, copied,
      [](v8::Isolate* isolate, ExternalUtf16* resource) {
        return v8::String::NewExternalTwoByte(isolate, resource);
      });
}

// Copies a string into `buf` (NUL-terminated, never splitting a character),
// or reports its length when `buf` is NULL.
napi_status NAPI_CDECL napi_get_value_string_latin1(napi_env env,
                                                    napi_value value,
                                                    char* buf,
                                                    size_t bufsize,
                                                    size_t* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsString(), napi_string_expected);
  v8::Local<v8::String> string = v.As<v8::String>();
  if (buf == nullptr) {
    NAPI_CHECK_ARG(env, result);
    *result = static_cast<size_t>(string->Length());
  } else if (bufsize != 0) {
    int copied = string->WriteOneByte(
        env->isolate, reinterpret_cast<uint8_t*>(buf), 0,
        bufsize - 1 > INT_MAX ? INT_MAX : static_cast<int>(bufsize - 1),
        v8::String::NO_NULL_TERMINATION);
    buf[copied] = '\0';
    if (result != nullptr) *result = static_cast<size_t>(copied);
  } else if (result != nullptr) {
    *result = 0;
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_string_utf8(napi_env env,
                                                  napi_value value,
                                                  char* buf,
                                                  size_t bufsize,
                                                  size_t* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsString(), napi_string_expected);
  v8::Local<v8::String> string = v.As<v8::String>();
  if (buf == nullptr) {
    NAPI_CHECK_ARG(env, result);
    *result = static_cast<size_t>(string->Utf8Length(env->isolate));
  } else if (bufsize != 0) {
    int copied = string->WriteUtf8(
        env->isolate, buf,
        bufsize - 1 > INT_MAX ? INT_MAX : static_cast<int>(bufsize - 1),
        nullptr,
        v8::String::REPLACE_INVALID_UTF8 | v8::String::NO_NULL_TERMINATION);
    buf[copied] = '\0';
    if (result != nullptr) *result = static_cast<size_t>(copied);
  } else if (result != nullptr) {
    *result = 0;
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_string_utf16(napi_env env,
                                                   napi_value value,
                                                   char16_t* buf,
                                                   size_t bufsize,
                                                   size_t* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsString(), napi_string_expected);
  v8::Local<v8::String> string = v.As<v8::String>();
  if (buf == nullptr) {
    NAPI_CHECK_ARG(env, result);
    // The length in UTF-16 code units.
    *result = static_cast<size_t>(string->Length());
  } else if (bufsize != 0) {
    int copied = string->Write(
        env->isolate, reinterpret_cast<uint16_t*>(buf), 0,
        bufsize - 1 > INT_MAX ? INT_MAX : static_cast<int>(bufsize - 1),
        v8::String::NO_NULL_TERMINATION);
    buf[copied] = 0;
    if (result != nullptr) *result = static_cast<size_t>(copied);
  } else if (result != nullptr) {
    *result = 0;
  }
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Symbols

napi_status NAPI_CDECL napi_create_symbol(napi_env env,
                                          napi_value description,
                                          napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  if (description == nullptr) {
    *result = JsValue(v8::Symbol::New(env->isolate));
  } else {
    v8::Local<v8::Value> desc = V8Value(description);
    NAPI_RETURN_IF_FALSE(env, desc->IsString(), napi_string_expected);
    *result = JsValue(v8::Symbol::New(env->isolate, desc.As<v8::String>()));
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL node_api_symbol_for(napi_env env,
                                           const char* utf8description,
                                           size_t length,
                                           napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  napi_value description;
  NAPI_RETURN_IF_NOT_OK(
      napi_create_string_utf8(env, utf8description, length, &description));
  *result = JsValue(
      v8::Symbol::For(env->isolate, V8Value(description).As<v8::String>()));
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Types, coercion, comparison

napi_status NAPI_CDECL napi_typeof(napi_env env,
                                   napi_value value,
                                   napi_valuetype* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  int32_t smi;
  // The checks V8 inlines first (Smi, string, undefined, null), then those
  // that call into it.
  if (ReadSmi(value, &smi)) {
    *result = napi_number;
  } else if (v->IsString()) {
    *result = napi_string;
  } else if (v->IsUndefined()) {
    *result = napi_undefined;
  } else if (v->IsNull()) {
    *result = napi_null;
  } else if (v->IsNumber()) {
    *result = napi_number;
  } else if (v->IsBigInt()) {
    *result = napi_bigint;
  } else if (v->IsFunction()) {
    // Before IsObject: functions are objects too.
    *result = napi_function;
  } else if (v->IsExternal()) {
    // Before IsObject: V8 externals are objects too.
    *result = napi_external;
  } else if (v->IsObject()) {
    *result = napi_object;
  } else if (v->IsBoolean()) {
    *result = napi_boolean;
  } else if (v->IsSymbol()) {
    *result = napi_symbol;
  } else {
    return SetLastError(env, napi_invalid_arg);
  }
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_coerce_to_bool(napi_env env,
                                           napi_value value,
                                           napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(V8Value(value)->ToBoolean(env->isolate));
  return ClearLastError(env);
}

namespace {

template <typename T, typename Convert>
napi_status Coerce(napi_env env,
                   napi_value value,
                   napi_value* result,
                   napi_status failure,
                   Convert&& convert) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::MaybeLocal<T> maybe = convert(V8Value(value), env->context());
  NAPI_RETURN_IF_FALSE(env, !maybe.IsEmpty(), failure);
  *result = JsValue(maybe.ToLocalChecked());
  return NAPI_TRAPPED_STATUS(env);
}

}  // namespace

napi_status NAPI_CDECL napi_coerce_to_number(napi_env env,
                                             napi_value value,
                                             napi_value* result) {
  return Coerce<v8::Number>(
      env, value, result, napi_number_expected,
      [](v8::Local<v8::Value> v, v8::Local<v8::Context> context) {
        return v->ToNumber(context);
      });
}

napi_status NAPI_CDECL napi_coerce_to_object(napi_env env,
                                             napi_value value,
                                             napi_value* result) {
  return Coerce<v8::Object>(
      env, value, result, napi_object_expected,
      [](v8::Local<v8::Value> v, v8::Local<v8::Context> context) {
        return v->ToObject(context);
      });
}

napi_status NAPI_CDECL napi_coerce_to_string(napi_env env,
                                             napi_value value,
                                             napi_value* result) {
  return Coerce<v8::String>(
      env, value, result, napi_string_expected,
      [](v8::Local<v8::Value> v, v8::Local<v8::Context> context) {
        return v->ToString(context);
      });
}

napi_status NAPI_CDECL napi_strict_equals(napi_env env,
                                          napi_value lhs,
                                          napi_value rhs,
                                          bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, lhs);
  NAPI_CHECK_ARG(env, rhs);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(lhs)->StrictEquals(V8Value(rhs));
  return ClearLastError(env);
}
