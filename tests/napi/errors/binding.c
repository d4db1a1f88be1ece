/* Errors and exceptions: creating and throwing errors (with codes),
 * napi_throw of any value, pending-exception rules, napi_fatal_exception,
 * napi_fatal_error. */
#define NAPI_VERSION 9
#include "../common.h"

static napi_value ThrowKind(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  char kind[16], code[64], message[128];
  size_t len;
  napi_valuetype code_type;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], kind, sizeof(kind), &len));
  CHECK_CALL(env, napi_typeof(env, args[1], &code_type));
  if (code_type == napi_string) {
    CHECK_CALL(env, napi_get_value_string_utf8(env, args[1], code, sizeof(code), &len));
  }
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[2], message, sizeof(message), &len));
  const char* c = code_type == napi_string ? code : NULL;
  if (strcmp(kind, "type") == 0) {
    CHECK_CALL(env, napi_throw_type_error(env, c, message));
  } else if (strcmp(kind, "range") == 0) {
    CHECK_CALL(env, napi_throw_range_error(env, c, message));
  } else if (strcmp(kind, "syntax") == 0) {
    CHECK_CALL(env, node_api_throw_syntax_error(env, c, message));
  } else {
    CHECK_CALL(env, napi_throw_error(env, c, message));
  }
  return NULL;
}

static napi_value CreateKind(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  char kind[16];
  size_t len;
  napi_valuetype code_type;
  napi_value result;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], kind, sizeof(kind), &len));
  CHECK_CALL(env, napi_typeof(env, args[1], &code_type));
  napi_value code = code_type == napi_undefined ? NULL : args[1];
  if (strcmp(kind, "type") == 0) {
    CHECK_CALL(env, napi_create_type_error(env, code, args[2], &result));
  } else if (strcmp(kind, "range") == 0) {
    CHECK_CALL(env, napi_create_range_error(env, code, args[2], &result));
  } else if (strcmp(kind, "syntax") == 0) {
    CHECK_CALL(env, node_api_create_syntax_error(env, code, args[2], &result));
  } else {
    CHECK_CALL(env, napi_create_error(env, code, args[2], &result));
  }
  return result;
}

static napi_value CreateErrorStatus(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value result;
  napi_valuetype code_type;
  CHECK_CALL(env, napi_typeof(env, args[0], &code_type));
  return STATUS_OF(env, napi_create_error(env, code_type == napi_undefined ? NULL : args[0],
                                          args[1], &result));
}

static napi_value ThrowValue(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  CHECK_CALL(env, napi_throw(env, args[0]));
  return NULL;
}

static napi_value IsError(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool result;
  CHECK_CALL(env, napi_is_error(env, args[0], &result));
  return test_bool(env, result);
}

/* Calls fn; returns {threw, error} without letting the exception escape. */
static napi_value CallAndCatch(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value global, result, error, out;
  bool pending;
  CHECK_CALL(env, napi_get_global(env, &global));
  napi_status status = napi_call_function(env, global, args[0], 0, NULL, &result);
  CHECK_CALL(env, napi_is_exception_pending(env, &pending));
  CHECK_CALL(env, napi_get_and_clear_last_exception(env, &error));
  CHECK_CALL(env, napi_create_object(env, &out));
  test_set(env, out, "status", test_int32(env, status));
  test_set(env, out, "threw", test_bool(env, pending));
  test_set(env, out, "error", error);
  CHECK_CALL(env, napi_is_exception_pending(env, &pending));
  test_set(env, out, "pendingAfterClear", test_bool(env, pending));
  return out;
}

/* While an exception is pending, JS-running calls refuse with
 * napi_pending_exception; the exception is then rethrown to JS. */
static napi_value PendingRules(napi_env env, napi_callback_info info) {
  napi_value obj, value, error;
  bool pending;
  (void)info;
  CHECK_CALL(env, napi_create_object(env, &obj));
  CHECK_CALL(env, napi_throw_error(env, "FIRST", "first"));
  napi_status get_status = napi_get_named_property(env, obj, "x", &value);
  napi_status throw_status = napi_throw_error(env, NULL, "second");
  napi_status create_status = napi_create_object(env, &value);
  napi_status pending_status = napi_is_exception_pending(env, &pending);
  CHECK_CALL(env, napi_get_and_clear_last_exception(env, &error));
  CHECK_CALL(env, napi_create_object(env, &value));
  test_set(env, value, "get", test_int32(env, get_status));
  test_set(env, value, "throwAgain", test_int32(env, throw_status));
  test_set(env, value, "createObject", test_int32(env, create_status));
  test_set(env, value, "isPending", test_int32(env, pending_status));
  test_set(env, value, "pending", test_bool(env, pending));
  test_set(env, value, "error", error);
  return value;
}

static napi_value ClearWhenNone(napi_env env, napi_callback_info info) {
  napi_value error;
  (void)info;
  CHECK_CALL(env, napi_get_and_clear_last_exception(env, &error));
  return error;
}

static napi_value FatalException(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  CHECK_CALL(env, napi_fatal_exception(env, args[0]));
  return NULL;
}

static napi_value FatalError(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  napi_fatal_error("test_location", NAPI_AUTO_LENGTH, "fatal message xyz", 13);
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("throwKind", ThrowKind),
      METHOD("createKind", CreateKind),
      METHOD("createErrorStatus", CreateErrorStatus),
      METHOD("throwValue", ThrowValue),
      METHOD("isError", IsError),
      METHOD("callAndCatch", CallAndCatch),
      METHOD("pendingRules", PendingRules),
      METHOD("clearWhenNone", ClearWhenNone),
      METHOD("fatalException", FatalException),
      METHOD("fatalError", FatalError),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
