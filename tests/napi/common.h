/* Helpers shared by the Node-API conformance addons (tests/napi/<area>/binding.c).
 * Plain C, built against the Node-API headers only. */
#ifndef MOSAIC_TESTS_NAPI_COMMON_H_
#define MOSAIC_TESTS_NAPI_COMMON_H_

#include <node_api.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Throws "<call> failed: <napi_get_last_error_info message>" unless an
 * exception is already pending. */
static inline void test_throw_last_error(napi_env env, const char* call) {
  const napi_extended_error_info* info = NULL;
  const char* error_message = NULL;
  bool pending = false;
  /* Copy the message first: the next call resets the info. */
  if (napi_get_last_error_info(env, &info) == napi_ok && info != NULL) {
    error_message = info->error_message;
  }
  napi_is_exception_pending(env, &pending);
  if (!pending) {
    char message[512];
    snprintf(message, sizeof(message), "%s failed: %s", call,
             error_message != NULL ? error_message : "(no message)");
    napi_throw_error(env, NULL, message);
  }
}

#define CHECK_CALL(env, call)                                                  \
  do {                                                                         \
    if ((call) != napi_ok) {                                                   \
      test_throw_last_error((env), #call);                                     \
      return NULL;                                                             \
    }                                                                          \
  } while (0)

#define CHECK_CALL_VOID(env, call)                                             \
  do {                                                                         \
    if ((call) != napi_ok) {                                                   \
      test_throw_last_error((env), #call);                                     \
      return;                                                                  \
    }                                                                          \
  } while (0)

#define CHECK(env, condition)                                                  \
  do {                                                                         \
    if (!(condition)) {                                                        \
      napi_throw_error((env), NULL,                                            \
                       "native assertion failed: " #condition);                \
      return NULL;                                                             \
    }                                                                          \
  } while (0)

/* Reads up to `n` arguments into `args` (missing ones are undefined). */
#define GET_ARGS(env, info, n)                                                 \
  size_t argc = (n);                                                           \
  napi_value args[(n) > 0 ? (n) : 1];                                          \
  CHECK_CALL((env), napi_get_cb_info((env), (info), &argc, args, NULL, NULL))

#define METHOD(name, fn)                                                       \
  { (name), NULL, (fn), NULL, NULL, NULL, napi_default, NULL }

#define EXPORT_METHODS(env, exports, table)                                    \
  CHECK_CALL((env), napi_define_properties((env), (exports),                   \
                                           sizeof(table) / sizeof((table)[0]), \
                                           (table)))

static inline napi_value test_int32(napi_env env, int32_t value) {
  napi_value result = NULL;
  napi_create_int32(env, value, &result);
  return result;
}

static inline napi_value test_double(napi_env env, double value) {
  napi_value result = NULL;
  napi_create_double(env, value, &result);
  return result;
}

static inline napi_value test_bool(napi_env env, bool value) {
  napi_value result = NULL;
  napi_get_boolean(env, value, &result);
  return result;
}

static inline napi_value test_string(napi_env env, const char* value) {
  napi_value result = NULL;
  if (value == NULL) {
    napi_get_null(env, &result);
  } else {
    napi_create_string_utf8(env, value, NAPI_AUTO_LENGTH, &result);
  }
  return result;
}

static inline napi_value test_undefined(napi_env env) {
  napi_value result = NULL;
  napi_get_undefined(env, &result);
  return result;
}

/* The status a call returned, as a JS number (0 = napi_ok). */
#define STATUS_OF(env, call) test_int32((env), (int32_t)(call))

/* Sets obj[name] = value. */
static inline bool test_set(napi_env env, napi_value obj, const char* name,
                            napi_value value) {
  return napi_set_named_property(env, obj, name, value) == napi_ok;
}

#endif /* MOSAIC_TESTS_NAPI_COMMON_H_ */
