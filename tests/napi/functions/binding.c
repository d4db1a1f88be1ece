/* Functions: napi_create_function, napi_get_cb_info, napi_get_new_target,
 * napi_call_function, napi_new_instance, napi_instanceof, handle scopes. */
#define NAPI_VERSION 9
#include "../common.h"

/* Returns {argc, args (as many as were asked for), this, data, newTarget}. */
static napi_value Echo(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value args[3];
  napi_value this_arg, new_target, result, list;
  void* data;
  CHECK_CALL(env, napi_get_cb_info(env, info, &argc, args, &this_arg, &data));
  CHECK_CALL(env, napi_get_new_target(env, info, &new_target));
  CHECK_CALL(env, napi_create_object(env, &result));
  CHECK_CALL(env, napi_create_array_with_length(env, 3, &list));
  for (uint32_t i = 0; i < 3; i++) {
    CHECK_CALL(env, napi_set_element(env, list, i, args[i]));
  }
  test_set(env, result, "argc", test_int32(env, (int32_t)argc));
  test_set(env, result, "args", list);
  test_set(env, result, "this", this_arg);
  test_set(env, result, "data", test_string(env, (const char*)data));
  test_set(env, result, "newTarget",
           new_target != NULL ? new_target : test_undefined(env));
  return new_target != NULL ? NULL : result;
}

static napi_value CreateFunction(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  static char name[64];
  size_t len = 0;
  napi_valuetype type;
  napi_value fn;
  CHECK_CALL(env, napi_typeof(env, args[0], &type));
  if (type == napi_string) {
    CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], name, sizeof(name), &len));
  }
  CHECK_CALL(env, napi_create_function(env, type == napi_string ? name : NULL,
                                       NAPI_AUTO_LENGTH, Echo, "echo data", &fn));
  return fn;
}

static napi_value CreateFunctionChecks(napi_env env, napi_callback_info info) {
  napi_value result, fn;
  (void)info;
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "nullCallback",
           STATUS_OF(env, napi_create_function(env, "f", 1, NULL, NULL, &fn)));
  test_set(env, result, "nullResult",
           STATUS_OF(env, napi_create_function(env, "f", 1, Echo, NULL, NULL)));
  CHECK_CALL(env, napi_create_function(env, "abcdef", 3, Echo, NULL, &fn));
  test_set(env, result, "truncatedName", fn);
  return result;
}

/* call(fn, thisArg, ...args) */
static napi_value Call(napi_env env, napi_callback_info info) {
  size_t argc = 8;
  napi_value args[8];
  napi_value result;
  CHECK_CALL(env, napi_get_cb_info(env, info, &argc, args, NULL, NULL));
  CHECK(env, argc >= 2);
  CHECK_CALL(env, napi_call_function(env, args[1], args[0], argc - 2,
                                     argc > 2 ? args + 2 : NULL, &result));
  return result;
}

/* Status of napi_call_function (exception cleared and returned). */
static napi_value CallStatus(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value result, out, error;
  napi_status status = napi_call_function(env, args[0], args[0], 0, NULL, &result);
  CHECK_CALL(env, napi_get_and_clear_last_exception(env, &error));
  CHECK_CALL(env, napi_create_object(env, &out));
  test_set(env, out, "status", test_int32(env, status));
  test_set(env, out, "error", error);
  return out;
}

static napi_value NewInstance(napi_env env, napi_callback_info info) {
  size_t argc = 8;
  napi_value args[8];
  napi_value result;
  CHECK_CALL(env, napi_get_cb_info(env, info, &argc, args, NULL, NULL));
  CHECK_CALL(env, napi_new_instance(env, args[0], argc - 1,
                                    argc > 1 ? args + 1 : NULL, &result));
  return result;
}

static napi_value InstanceOf(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool result;
  CHECK_CALL(env, napi_instanceof(env, args[0], args[1], &result));
  return test_bool(env, result);
}

/* Creates many handles in nested scopes; returns the escaped last value. */
static napi_value Scopes(napi_env env, napi_callback_info info) {
  napi_escapable_handle_scope outer;
  napi_handle_scope inner;
  napi_value value = NULL, escaped, escaped2, result;
  (void)info;
  CHECK_CALL(env, napi_open_escapable_handle_scope(env, &outer));
  for (int i = 0; i < 10000; i++) {
    CHECK_CALL(env, napi_open_handle_scope(env, &inner));
    CHECK_CALL(env, napi_create_object(env, &value));
    CHECK_CALL(env, napi_close_handle_scope(env, inner));
  }
  CHECK_CALL(env, napi_create_string_utf8(env, "escaped", 7, &value));
  CHECK_CALL(env, napi_escape_handle(env, outer, value, &escaped));
  napi_status twice = napi_escape_handle(env, outer, value, &escaped2);
  CHECK_CALL(env, napi_close_escapable_handle_scope(env, outer));
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "escaped", escaped);
  test_set(env, result, "escapeTwice", test_int32(env, twice));
  {
    napi_handle_scope scope;
    CHECK_CALL(env, napi_open_handle_scope(env, &scope));
    CHECK_CALL(env, napi_close_handle_scope(env, scope));
    test_set(env, result, "closeTwice",
             STATUS_OF(env, napi_close_handle_scope(env, scope)));
  }
  return result;
}

static napi_value ThisOf(napi_env env, napi_callback_info info) {
  napi_value this_arg;
  CHECK_CALL(env, napi_get_cb_info(env, info, NULL, NULL, &this_arg, NULL));
  return this_arg;
}

/* Returns undefined explicitly (NULL return value). */
static napi_value ReturnsNull(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  return NULL;
}

/* Calls back into JS recursively through native code. */
static napi_value Recurse(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int32_t depth;
  napi_value next, global, result;
  CHECK_CALL(env, napi_get_value_int32(env, args[0], &depth));
  if (depth == 0) return test_int32(env, 0);
  CHECK_CALL(env, napi_create_int32(env, depth - 1, &next));
  CHECK_CALL(env, napi_get_global(env, &global));
  napi_value call_args[2] = {next, args[1]};
  CHECK_CALL(env, napi_call_function(env, global, args[1], 2, call_args, &result));
  int32_t inner;
  CHECK_CALL(env, napi_get_value_int32(env, result, &inner));
  return test_int32(env, inner + 1);
}

NAPI_MODULE_INIT() {
  napi_value this_of;
  napi_property_descriptor methods[] = {
      METHOD("createFunction", CreateFunction),
      METHOD("createFunctionChecks", CreateFunctionChecks),
      METHOD("call", Call),
      METHOD("callStatus", CallStatus),
      METHOD("newInstance", NewInstance),
      METHOD("instanceOf", InstanceOf),
      METHOD("scopes", Scopes),
      METHOD("returnsNull", ReturnsNull),
      METHOD("recurse", Recurse),
  };
  EXPORT_METHODS(env, exports, methods);
  CHECK_CALL(env, napi_create_function(env, "thisOf", NAPI_AUTO_LENGTH, ThisOf, NULL, &this_of));
  CHECK_CALL(env, napi_set_named_property(env, exports, "thisOf", this_of));
  return exports;
}
