// Promises, dates, BigInts and napi_run_script.
#include <climits>

#include "core/napi/napi_internal.h"

using mosaic::napi::ClearLastError;
using mosaic::napi::JsValue;
using mosaic::napi::SetLastError;
using mosaic::napi::V8Value;

// ---------------------------------------------------------------------------
// Promises. A napi_deferred is a heap Global of the resolver, freed when the
// promise is concluded.

napi_status NAPI_CDECL napi_create_promise(napi_env env,
                                           napi_deferred* deferred,
                                           napi_value* promise) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, deferred);
  NAPI_CHECK_ARG(env, promise);
  v8::MaybeLocal<v8::Promise::Resolver> maybe =
      v8::Promise::Resolver::New(env->context());
  NAPI_RETURN_IF_FALSE(env, !maybe.IsEmpty(), napi_generic_failure);
  v8::Local<v8::Promise::Resolver> resolver = maybe.ToLocalChecked();
  auto* global = new v8::Global<v8::Promise::Resolver>(env->isolate, resolver);
  *deferred = reinterpret_cast<napi_deferred>(global);
  *promise = JsValue(resolver->GetPromise());
  return ClearLastError(env);
}

namespace {

napi_status ConcludeDeferred(napi_env env,
                             napi_deferred deferred,
                             napi_value result,
                             bool resolve) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, deferred);
  NAPI_CHECK_ARG(env, result);
  auto* global = reinterpret_cast<v8::Global<v8::Promise::Resolver>*>(deferred);
  v8::Local<v8::Promise::Resolver> resolver = global->Get(env->isolate);
  // The deferred is consumed whatever happens next.
  delete global;
  v8::Local<v8::Context> context = env->context();
  v8::Maybe<bool> done = resolve ? resolver->Resolve(context, V8Value(result))
                                 : resolver->Reject(context, V8Value(result));
  NAPI_RETURN_IF_FALSE(env, done.FromMaybe(false), napi_generic_failure);
  return NAPI_TRAPPED_STATUS(env);
}

}  // namespace

napi_status NAPI_CDECL napi_resolve_deferred(napi_env env,
                                             napi_deferred deferred,
                                             napi_value resolution) {
  return ConcludeDeferred(env, deferred, resolution, true);
}

napi_status NAPI_CDECL napi_reject_deferred(napi_env env,
                                            napi_deferred deferred,
                                            napi_value rejection) {
  return ConcludeDeferred(env, deferred, rejection, false);
}

napi_status NAPI_CDECL napi_is_promise(napi_env env,
                                       napi_value value,
                                       bool* is_promise) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, is_promise);
  *is_promise = V8Value(value)->IsPromise();
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Dates

napi_status NAPI_CDECL napi_create_date(napi_env env,
                                        double time,
                                        napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  v8::MaybeLocal<v8::Value> date = v8::Date::New(env->context(), time);
  NAPI_RETURN_IF_FALSE(env, !date.IsEmpty(), napi_generic_failure);
  *result = JsValue(date.ToLocalChecked());
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_is_date(napi_env env,
                                    napi_value value,
                                    bool* is_date) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, is_date);
  *is_date = V8Value(value)->IsDate();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_date_value(napi_env env,
                                           napi_value value,
                                           double* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsDate(), napi_date_expected);
  *result = v.As<v8::Date>()->ValueOf();
  return napi_ok;
}

// ---------------------------------------------------------------------------
// BigInt

napi_status NAPI_CDECL napi_create_bigint_int64(napi_env env,
                                                int64_t value,
                                                napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::BigInt::New(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_bigint_uint64(napi_env env,
                                                 uint64_t value,
                                                 napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::BigInt::NewFromUnsigned(env->isolate, value));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_bigint_words(napi_env env,
                                                int sign_bit,
                                                size_t word_count,
                                                const uint64_t* words,
                                                napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, words);
  NAPI_CHECK_ARG(env, result);
  NAPI_RETURN_IF_FALSE(env, word_count <= INT_MAX, napi_invalid_arg);
  v8::MaybeLocal<v8::BigInt> big = v8::BigInt::NewFromWords(
      env->context(), sign_bit, static_cast<int>(word_count), words);
  // Too many words: V8 throws a RangeError.
  NAPI_RETURN_IF_FALSE(env, !big.IsEmpty(), napi_generic_failure);
  *result = JsValue(big.ToLocalChecked());
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_get_value_bigint_int64(napi_env env,
                                                   napi_value value,
                                                   int64_t* result,
                                                   bool* lossless) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, lossless);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsBigInt(), napi_bigint_expected);
  *result = v.As<v8::BigInt>()->Int64Value(lossless);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_bigint_uint64(napi_env env,
                                                    napi_value value,
                                                    uint64_t* result,
                                                    bool* lossless) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, lossless);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsBigInt(), napi_bigint_expected);
  *result = v.As<v8::BigInt>()->Uint64Value(lossless);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_bigint_words(napi_env env,
                                                   napi_value value,
                                                   int* sign_bit,
                                                   size_t* word_count,
                                                   uint64_t* words) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, word_count);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsBigInt(), napi_bigint_expected);
  v8::Local<v8::BigInt> big = v.As<v8::BigInt>();
  int count;
  if (sign_bit == nullptr && words == nullptr) {
    // Only the number of words needed.
    count = big->WordCount();
  } else {
    NAPI_CHECK_ARG(env, sign_bit);
    NAPI_CHECK_ARG(env, words);
    count = *word_count > INT_MAX ? INT_MAX : static_cast<int>(*word_count);
    big->ToWordsArray(sign_bit, &count, words);
  }
  *word_count = static_cast<size_t>(count);
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Scripts

napi_status NAPI_CDECL napi_run_script(napi_env env,
                                       napi_value script,
                                       napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, script);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> source = V8Value(script);
  NAPI_RETURN_IF_FALSE(env, source->IsString(), napi_string_expected);
  v8::Local<v8::Context> context = env->context();
  v8::MaybeLocal<v8::Script> compiled =
      v8::Script::Compile(context, source.As<v8::String>());
  NAPI_RETURN_IF_FALSE(env, !compiled.IsEmpty(), napi_generic_failure);
  v8::MaybeLocal<v8::Value> ran = compiled.ToLocalChecked()->Run(context);
  NAPI_RETURN_IF_FALSE(env, !ran.IsEmpty(), napi_generic_failure);
  *result = JsValue(ran.ToLocalChecked());
  return NAPI_TRAPPED_STATUS(env);
}
