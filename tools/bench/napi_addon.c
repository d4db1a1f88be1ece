/* Node-API call overhead: the same .node file is loaded by node and mosaic. */
#include <node_api.h>

static napi_value Noop(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  return NULL;
}

/* add(a, b): reads two numbers, returns their sum. */
static napi_value Add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  double a, b;
  napi_value result;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_double(env, argv[0], &a);
  napi_get_value_double(env, argv[1], &b);
  napi_create_double(env, a + b, &result);
  return result;
}

/* makeObject(i): { value: i, name: "item" } */
static napi_value MakeObject(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], obj, name;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_create_object(env, &obj);
  napi_set_named_property(env, obj, "value", argv[0]);
  napi_create_string_utf8(env, "item", 4, &name);
  napi_set_named_property(env, obj, "name", name);
  return obj;
}

/* makeString(): a fresh 16-character string. */
static napi_value MakeString(napi_env env, napi_callback_info info) {
  napi_value s;
  (void)info;
  napi_create_string_utf8(env, "mosaic-node-api!", 16, &s);
  return s;
}

// What an addon's initialiser does for each of its functions.
static napi_value MakeFunction(napi_env env, napi_callback_info info) {
  napi_value fn;
  (void)info;
  napi_create_function(env, "noop", 4, Noop, NULL, &fn);
  return fn;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
      {"noop", NULL, Noop, NULL, NULL, NULL, napi_default, NULL},
      {"add", NULL, Add, NULL, NULL, NULL, napi_default, NULL},
      {"makeObject", NULL, MakeObject, NULL, NULL, NULL, napi_default, NULL},
      {"makeString", NULL, MakeString, NULL, NULL, NULL, napi_default, NULL},
      {"makeFunction", NULL, MakeFunction, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, 5, props);
  return exports;
}
