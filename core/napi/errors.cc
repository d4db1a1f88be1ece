// Errors and exceptions: napi_create_*error, napi_throw*, napi_is_error,
// pending exceptions, napi_fatal_error, napi_fatal_exception.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/napi/napi_internal.h"
#include "core/runtime.h"

using mosaic::napi::ClearLastError;
using mosaic::napi::ErrorKind;
using mosaic::napi::JsValue;
using mosaic::napi::SetLastError;
using mosaic::napi::V8Value;

namespace {

v8::Local<v8::Value> NewError(ErrorKind kind, v8::Local<v8::String> message) {
  switch (kind) {
    case ErrorKind::kTypeError:
      return v8::Exception::TypeError(message);
    case ErrorKind::kRangeError:
      return v8::Exception::RangeError(message);
    case ErrorKind::kSyntaxError:
      return v8::Exception::SyntaxError(message);
    case ErrorKind::kError:
    default:
      return v8::Exception::Error(message);
  }
}

// Sets error.code; `code` is a napi_value (must be a string) or a C string.
napi_status SetErrorCode(napi_env env,
                         v8::Local<v8::Value> error,
                         napi_value code,
                         const char* code_cstring) {
  if (code == nullptr && code_cstring == nullptr) return napi_ok;
  v8::Local<v8::Value> code_value;
  if (code != nullptr) {
    code_value = V8Value(code);
    NAPI_RETURN_IF_FALSE(env, code_value->IsString(), napi_string_expected);
  } else {
    v8::Local<v8::String> code_string;
    NAPI_CHECK_NEW_FROM_UTF8(env, code_string, code_cstring);
    code_value = code_string;
  }
  v8::Local<v8::Context> context = env->context();
  v8::TryCatch try_catch(env->isolate);
  v8::Maybe<bool> set = error.As<v8::Object>()->Set(
      context,
      v8::String::NewFromUtf8Literal(env->isolate, "code",
                                     v8::NewStringType::kInternalized),
      code_value);
  NAPI_RETURN_IF_FALSE(env, set.FromMaybe(false), napi_generic_failure);
  return napi_ok;
}

napi_status CreateError(napi_env env,
                        ErrorKind kind,
                        napi_value code,
                        napi_value msg,
                        napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, msg);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> message = V8Value(msg);
  NAPI_RETURN_IF_FALSE(env, message->IsString(), napi_string_expected);
  v8::Local<v8::Value> error = NewError(kind, message.As<v8::String>());
  NAPI_RETURN_IF_NOT_OK(SetErrorCode(env, error, code, nullptr));
  *result = JsValue(error);
  return ClearLastError(env);
}

napi_status ThrowError(napi_env env,
                       ErrorKind kind,
                       const char* code,
                       const char* msg) {
  NAPI_PREAMBLE(env);
  v8::Local<v8::String> message;
  NAPI_CHECK_NEW_FROM_UTF8(env, message, msg);
  v8::Local<v8::Value> error = NewError(kind, message);
  NAPI_RETURN_IF_NOT_OK(SetErrorCode(env, error, nullptr, code));
  mosaic::napi::SetPendingException(env, error);
  return ClearLastError(env);
}

}  // namespace

namespace mosaic {
namespace napi {

void ThrowErrorWithCode(napi_env env,
                        ErrorKind kind,
                        const char* code,
                        const char* message) {
  v8::Local<v8::String> message_string =
      v8::String::NewFromUtf8(env->isolate, message).ToLocalChecked();
  v8::Local<v8::Value> error = NewError(kind, message_string);
  SetErrorCode(env, error, nullptr, code);
  SetPendingException(env, error);
}

}  // namespace napi
}  // namespace mosaic

napi_status NAPI_CDECL napi_create_error(napi_env env,
                                         napi_value code,
                                         napi_value msg,
                                         napi_value* result) {
  return CreateError(env, ErrorKind::kError, code, msg, result);
}

napi_status NAPI_CDECL napi_create_type_error(napi_env env,
                                              napi_value code,
                                              napi_value msg,
                                              napi_value* result) {
  return CreateError(env, ErrorKind::kTypeError, code, msg, result);
}

napi_status NAPI_CDECL napi_create_range_error(napi_env env,
                                               napi_value code,
                                               napi_value msg,
                                               napi_value* result) {
  return CreateError(env, ErrorKind::kRangeError, code, msg, result);
}

napi_status NAPI_CDECL node_api_create_syntax_error(napi_env env,
                                                    napi_value code,
                                                    napi_value msg,
                                                    napi_value* result) {
  return CreateError(env, ErrorKind::kSyntaxError, code, msg, result);
}

napi_status NAPI_CDECL napi_throw(napi_env env, napi_value error) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, error);
  // Pending until the addon returns to JavaScript (or clears it).
  mosaic::napi::SetPendingException(env, V8Value(error));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_throw_error(napi_env env,
                                        const char* code,
                                        const char* msg) {
  return ThrowError(env, ErrorKind::kError, code, msg);
}

napi_status NAPI_CDECL napi_throw_type_error(napi_env env,
                                             const char* code,
                                             const char* msg) {
  return ThrowError(env, ErrorKind::kTypeError, code, msg);
}

napi_status NAPI_CDECL napi_throw_range_error(napi_env env,
                                              const char* code,
                                              const char* msg) {
  return ThrowError(env, ErrorKind::kRangeError, code, msg);
}

napi_status NAPI_CDECL node_api_throw_syntax_error(napi_env env,
                                                   const char* code,
                                                   const char* msg) {
  return ThrowError(env, ErrorKind::kSyntaxError, code, msg);
}

napi_status NAPI_CDECL napi_is_error(napi_env env,
                                     napi_value value,
                                     bool* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsNativeError();
  return ClearLastError(env);
}

// Both callable while an exception is pending.
napi_status NAPI_CDECL napi_is_exception_pending(napi_env env, bool* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = !env->last_exception.IsEmpty();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_and_clear_last_exception(napi_env env,
                                                         napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  if (env->last_exception.IsEmpty()) {
    return napi_get_undefined(env, result);
  }
  *result = JsValue(env->last_exception.Get(env->isolate));
  env->last_exception.Reset();
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------

void NAPI_CDECL napi_fatal_error(const char* location,
                                 size_t location_len,
                                 const char* message,
                                 size_t message_len) {
  std::string location_string;
  std::string message_string;
  if (location != nullptr) {
    location_string = location_len == NAPI_AUTO_LENGTH
                          ? std::string(location)
                          : std::string(location, location_len);
  }
  if (message != nullptr) {
    message_string = message_len == NAPI_AUTO_LENGTH
                         ? std::string(message)
                         : std::string(message, message_len);
  }
  fflush(stdout);
  if (!location_string.empty()) {
    fprintf(stderr, "FATAL ERROR: %s %s\n", location_string.c_str(),
            message_string.c_str());
  } else {
    fprintf(stderr, "FATAL ERROR: %s\n", message_string.c_str());
  }
  fflush(stderr);
  abort();
}

napi_status NAPI_CDECL napi_fatal_exception(napi_env env, napi_value err) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, err);
  v8::Local<v8::Value> error = V8Value(err);
  env->runtime->TriggerUncaughtException(
      error, v8::Exception::CreateMessage(env->isolate, error));
  return ClearLastError(env);
}
