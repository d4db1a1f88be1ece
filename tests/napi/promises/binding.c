/* Promises, dates, BigInts and napi_run_script. */
#define NAPI_VERSION 9
#include <limits.h>
#include <stdlib.h>

#include "../common.h"

static napi_deferred deferred = NULL;

static napi_value CreatePromise(napi_env env, napi_callback_info info) {
  napi_value promise;
  (void)info;
  CHECK(env, deferred == NULL);
  CHECK_CALL(env, napi_create_promise(env, &deferred, &promise));
  return promise;
}

static napi_value Conclude(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool resolve;
  CHECK_CALL(env, napi_get_value_bool(env, args[0], &resolve));
  napi_deferred d = deferred;
  deferred = NULL;
  if (resolve) {
    CHECK_CALL(env, napi_resolve_deferred(env, d, args[1]));
  } else {
    CHECK_CALL(env, napi_reject_deferred(env, d, args[1]));
  }
  return NULL;
}

static napi_value IsPromise(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool result;
  CHECK_CALL(env, napi_is_promise(env, args[0], &result));
  return test_bool(env, result);
}

static napi_value PromiseChecks(napi_env env, napi_callback_info info) {
  napi_value result, promise;
  napi_deferred d;
  (void)info;
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "nullDeferred",
           STATUS_OF(env, napi_create_promise(env, NULL, &promise)));
  test_set(env, result, "nullPromise",
           STATUS_OF(env, napi_create_promise(env, &d, NULL)));
  return result;
}

static napi_value CreateDate(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  double time;
  napi_value result;
  CHECK_CALL(env, napi_get_value_double(env, args[0], &time));
  CHECK_CALL(env, napi_create_date(env, time, &result));
  return result;
}

static napi_value DateValue(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool is_date;
  double value;
  CHECK_CALL(env, napi_is_date(env, args[0], &is_date));
  if (!is_date) return STATUS_OF(env, napi_get_date_value(env, args[0], &value));
  CHECK_CALL(env, napi_get_date_value(env, args[0], &value));
  return test_double(env, value);
}

static napi_value BigIntInt64(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int64_t value;
  bool lossless;
  napi_value result, out;
  napi_status status = napi_get_value_bigint_int64(env, args[0], &value, &lossless);
  if (status != napi_ok) return STATUS_OF(env, status);
  CHECK_CALL(env, napi_create_bigint_int64(env, value, &result));
  CHECK_CALL(env, napi_create_array_with_length(env, 2, &out));
  CHECK_CALL(env, napi_set_element(env, out, 0, result));
  CHECK_CALL(env, napi_set_element(env, out, 1, test_bool(env, lossless)));
  return out;
}

static napi_value BigIntUint64(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint64_t value;
  bool lossless;
  napi_value result, out;
  CHECK_CALL(env, napi_get_value_bigint_uint64(env, args[0], &value, &lossless));
  CHECK_CALL(env, napi_create_bigint_uint64(env, value, &result));
  CHECK_CALL(env, napi_create_array_with_length(env, 2, &out));
  CHECK_CALL(env, napi_set_element(env, out, 0, result));
  CHECK_CALL(env, napi_set_element(env, out, 1, test_bool(env, lossless)));
  return out;
}

/* Round-trips through words: [value, wordCount]. */
static napi_value BigIntWords(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  size_t count = 0;
  int sign;
  napi_value result, out;
  CHECK_CALL(env, napi_get_value_bigint_words(env, args[0], NULL, &count, NULL));
  uint64_t* words = malloc((count ? count : 1) * sizeof(uint64_t));
  size_t capacity = count;
  CHECK_CALL(env, napi_get_value_bigint_words(env, args[0], &sign, &capacity, words));
  CHECK(env, capacity == count);
  napi_status status = napi_create_bigint_words(env, sign, count, words, &result);
  free(words);
  CHECK_CALL(env, status);
  CHECK_CALL(env, napi_create_array_with_length(env, 2, &out));
  CHECK_CALL(env, napi_set_element(env, out, 0, result));
  CHECK_CALL(env, napi_set_element(env, out, 1, test_int32(env, (int32_t)count)));
  return out;
}

/* Reads only the low word of a big value. */
static napi_value BigIntLowWord(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  size_t count = 1;
  int sign;
  uint64_t word = 0;
  napi_value result;
  CHECK_CALL(env, napi_get_value_bigint_words(env, args[0], &sign, &count, &word));
  CHECK_CALL(env, napi_create_bigint_uint64(env, word, &result));
  return result;
}

static napi_value BigIntTooBig(napi_env env, napi_callback_info info) {
  uint64_t word = 1;
  napi_value result;
  (void)info;
  /* V8 throws a RangeError (maximum BigInt size exceeded). */
  CHECK_CALL(env, napi_create_bigint_words(env, 0, INT_MAX, &word, &result));
  return result;
}

static napi_value RunScript(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value result;
  napi_status status = napi_run_script(env, args[0], &result);
  if (status == napi_string_expected) return STATUS_OF(env, status);
  CHECK_CALL(env, status);
  return result;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("createPromise", CreatePromise),
      METHOD("conclude", Conclude),
      METHOD("isPromise", IsPromise),
      METHOD("promiseChecks", PromiseChecks),
      METHOD("createDate", CreateDate),
      METHOD("dateValue", DateValue),
      METHOD("bigIntInt64", BigIntInt64),
      METHOD("bigIntUint64", BigIntUint64),
      METHOD("bigIntWords", BigIntWords),
      METHOD("bigIntLowWord", BigIntLowWord),
      METHOD("bigIntTooBig", BigIntTooBig),
      METHOD("runScript", RunScript),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
