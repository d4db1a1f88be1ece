/* Objects and properties: get/set/has/delete by key, name and index,
 * napi_define_properties, key enumeration, prototypes, freeze/seal, arrays,
 * type tags, property keys. */
#define NAPI_VERSION 9
#include "../common.h"

/* Node-API 10, when the runtime has it. */
extern napi_status node_api_create_property_key_utf8(
    napi_env env, const char* str, size_t length, napi_value* result)
    __attribute__((weak));
extern napi_status node_api_create_property_key_latin1(
    napi_env env, const char* str, size_t length, napi_value* result)
    __attribute__((weak));
extern napi_status node_api_create_property_key_utf16(
    napi_env env, const char16_t* str, size_t length, napi_value* result)
    __attribute__((weak));

static napi_value Get(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value result;
  CHECK_CALL(env, napi_get_property(env, args[0], args[1], &result));
  return result;
}

static napi_value Set(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  CHECK_CALL(env, napi_set_property(env, args[0], args[1], args[2]));
  return args[0];
}

static napi_value Has(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool result;
  CHECK_CALL(env, napi_has_property(env, args[0], args[1], &result));
  return test_bool(env, result);
}

static napi_value HasOwn(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool result;
  CHECK_CALL(env, napi_has_own_property(env, args[0], args[1], &result));
  return test_bool(env, result);
}

static napi_value Delete(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool result;
  CHECK_CALL(env, napi_delete_property(env, args[0], args[1], &result));
  return test_bool(env, result);
}

static napi_value GetNamed(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  char name[64];
  size_t len;
  napi_value result;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[1], name, sizeof(name), &len));
  CHECK_CALL(env, napi_get_named_property(env, args[0], name, &result));
  return result;
}

static napi_value SetNamed(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  char name[64];
  size_t len;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[1], name, sizeof(name), &len));
  CHECK_CALL(env, napi_set_named_property(env, args[0], name, args[2]));
  return args[0];
}

static napi_value HasNamed(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  char name[64];
  size_t len;
  bool result;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[1], name, sizeof(name), &len));
  CHECK_CALL(env, napi_has_named_property(env, args[0], name, &result));
  return test_bool(env, result);
}

static napi_value Element(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  char op[8];
  size_t len;
  uint32_t index;
  bool flag;
  napi_value result;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], op, sizeof(op), &len));
  CHECK_CALL(env, napi_get_value_uint32(env, args[2], &index));
  switch (op[0]) {
    case 'g':
      CHECK_CALL(env, napi_get_element(env, args[1], index, &result));
      return result;
    case 's':
      CHECK_CALL(env, napi_set_element(env, args[1], index, args[3]));
      return args[1];
    case 'h':
      CHECK_CALL(env, napi_has_element(env, args[1], index, &flag));
      return test_bool(env, flag);
    default:
      CHECK_CALL(env, napi_delete_element(env, args[1], index, &flag));
      return test_bool(env, flag);
  }
}

/* Status of napi_get_property / napi_get_named_property on odd inputs; the
 * pending exception (if any) is returned too. */
static napi_value GetStatus(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value value, result, error;
  bool pending;
  napi_status status = napi_get_named_property(env, args[0], "x", &value);
  CHECK_CALL(env, napi_is_exception_pending(env, &pending));
  CHECK_CALL(env, napi_get_and_clear_last_exception(env, &error));
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "status", test_int32(env, status));
  test_set(env, result, "pending", test_bool(env, pending));
  test_set(env, result, "error", error);
  return result;
}

static napi_value NullArgs(napi_env env, napi_callback_info info) {
  napi_value obj, result, value;
  bool flag;
  (void)info;
  CHECK_CALL(env, napi_create_object(env, &obj));
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "getNullObject",
           STATUS_OF(env, napi_get_named_property(env, NULL, "x", &value)));
  test_set(env, result, "getNullName",
           STATUS_OF(env, napi_get_named_property(env, obj, NULL, &value)));
  test_set(env, result, "getNullResult",
           STATUS_OF(env, napi_get_named_property(env, obj, "x", NULL)));
  test_set(env, result, "setNullKey",
           STATUS_OF(env, napi_set_property(env, obj, NULL, obj)));
  test_set(env, result, "hasNullResult",
           STATUS_OF(env, napi_has_property(env, obj, obj, NULL)));
  test_set(env, result, "hasOwnNumberKey",
           STATUS_OF(env, napi_has_own_property(env, obj, test_int32(env, 1), &flag)));
  test_set(env, result, "defineNullProps",
           STATUS_OF(env, napi_define_properties(env, obj, 1, NULL)));
  return result;
}

static napi_value Getter(napi_env env, napi_callback_info info) {
  void* data;
  CHECK_CALL(env, napi_get_cb_info(env, info, NULL, NULL, NULL, &data));
  return test_int32(env, *(int32_t*)data);
}

static napi_value Setter(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg;
  void* data;
  CHECK_CALL(env, napi_get_cb_info(env, info, &argc, &arg, NULL, &data));
  CHECK_CALL(env, napi_get_value_int32(env, arg, (int32_t*)data));
  return NULL;
}

static napi_value Method(napi_env env, napi_callback_info info) {
  napi_value this_arg;
  CHECK_CALL(env, napi_get_cb_info(env, info, NULL, NULL, &this_arg, NULL));
  return this_arg;
}

static int32_t accessor_value = 5;

static napi_value DefineProps(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value sym, value;
  CHECK_CALL(env, napi_create_symbol(env, NULL, &sym));
  CHECK_CALL(env, napi_create_string_utf8(env, "v", 1, &value));
  napi_property_descriptor props[] = {
      {"readonly", NULL, NULL, NULL, NULL, value, napi_enumerable, NULL},
      {"writable", NULL, NULL, NULL, NULL, value, napi_writable | napi_enumerable, NULL},
      {"hidden", NULL, NULL, NULL, NULL, value, napi_writable | napi_configurable, NULL},
      {"plain", NULL, NULL, NULL, NULL, value, napi_default_jsproperty, NULL},
      {"method", NULL, Method, NULL, NULL, NULL, napi_default_method, NULL},
      {"accessor", NULL, NULL, Getter, Setter, NULL, napi_enumerable, &accessor_value},
      {"getterOnly", NULL, NULL, Getter, NULL, NULL, napi_default, &accessor_value},
      {NULL, sym, NULL, NULL, NULL, value, napi_enumerable, NULL},
  };
  CHECK_CALL(env, napi_define_properties(env, args[0], sizeof(props) / sizeof(props[0]), props));
  return sym;
}

static napi_value DefineBadName(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_property_descriptor prop = {NULL, test_int32(env, 1), NULL, NULL, NULL,
                                   args[0], napi_default, NULL};
  return STATUS_OF(env, napi_define_properties(env, args[0], 1, &prop));
}

static napi_value PropertyNames(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value result;
  CHECK_CALL(env, napi_get_property_names(env, args[0], &result));
  return result;
}

static napi_value AllPropertyNames(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  int32_t mode, filter, conversion;
  napi_value result;
  CHECK_CALL(env, napi_get_value_int32(env, args[1], &mode));
  CHECK_CALL(env, napi_get_value_int32(env, args[2], &filter));
  CHECK_CALL(env, napi_get_value_int32(env, args[3], &conversion));
  CHECK_CALL(env, napi_get_all_property_names(
                      env, args[0], (napi_key_collection_mode)mode,
                      (napi_key_filter)filter, (napi_key_conversion)conversion,
                      &result));
  return result;
}

static napi_value GetPrototype(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value result;
  CHECK_CALL(env, napi_get_prototype(env, args[0], &result));
  return result;
}

static napi_value Freeze(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  CHECK_CALL(env, napi_object_freeze(env, args[0]));
  return args[0];
}

static napi_value Seal(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  CHECK_CALL(env, napi_object_seal(env, args[0]));
  return args[0];
}

static napi_value Arrays(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value result, a, b;
  bool is_array;
  uint32_t length;
  CHECK_CALL(env, napi_create_object(env, &result));
  CHECK_CALL(env, napi_create_array(env, &a));
  test_set(env, result, "empty", a);
  CHECK_CALL(env, napi_create_array_with_length(env, 3, &b));
  test_set(env, result, "three", b);
  CHECK_CALL(env, napi_is_array(env, args[0], &is_array));
  test_set(env, result, "argIsArray", test_bool(env, is_array));
  if (is_array) {
    CHECK_CALL(env, napi_get_array_length(env, args[0], &length));
    test_set(env, result, "argLength", test_int32(env, (int32_t)length));
  } else {
    test_set(env, result, "lengthStatus",
             STATUS_OF(env, napi_get_array_length(env, args[0], &length)));
  }
  return result;
}

static const napi_type_tag tags[2] = {
    {0xdaf987b3cc62481aULL, 0xb745b0497f299531ULL},
    {0xbb7936c374084d9bULL, 0xa9548d0762eeedb9ULL},
};

static napi_value TypeTag(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t which;
  CHECK_CALL(env, napi_get_value_uint32(env, args[1], &which));
  return STATUS_OF(env, napi_type_tag_object(env, args[0], &tags[which]));
}

static napi_value CheckTypeTag(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t which;
  bool result;
  CHECK_CALL(env, napi_get_value_uint32(env, args[1], &which));
  CHECK_CALL(env, napi_check_object_type_tag(env, args[0], &tags[which], &result));
  return test_bool(env, result);
}

static napi_value PropertyKeys(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value key, value;
  if (node_api_create_property_key_utf8 == NULL) return test_undefined(env);
  CHECK_CALL(env, node_api_create_property_key_utf8(env, "alpha", NAPI_AUTO_LENGTH, &key));
  CHECK_CALL(env, napi_set_property(env, args[0], key, test_int32(env, 1)));
  CHECK_CALL(env, node_api_create_property_key_latin1(env, "b\xe9ta", 4, &key));
  CHECK_CALL(env, napi_set_property(env, args[0], key, test_int32(env, 2)));
  CHECK_CALL(env, node_api_create_property_key_utf16(env, u"gamma!", 5, &key));
  CHECK_CALL(env, napi_set_property(env, args[0], key, test_int32(env, 3)));
  CHECK_CALL(env, napi_get_property(env, args[0], key, &value));
  return value;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("get", Get),
      METHOD("set", Set),
      METHOD("has", Has),
      METHOD("hasOwn", HasOwn),
      METHOD("delete", Delete),
      METHOD("getNamed", GetNamed),
      METHOD("setNamed", SetNamed),
      METHOD("hasNamed", HasNamed),
      METHOD("element", Element),
      METHOD("getStatus", GetStatus),
      METHOD("nullArgs", NullArgs),
      METHOD("defineProps", DefineProps),
      METHOD("defineBadName", DefineBadName),
      METHOD("propertyNames", PropertyNames),
      METHOD("allPropertyNames", AllPropertyNames),
      METHOD("getPrototype", GetPrototype),
      METHOD("freeze", Freeze),
      METHOD("seal", Seal),
      METHOD("arrays", Arrays),
      METHOD("typeTag", TypeTag),
      METHOD("checkTypeTag", CheckTypeTag),
      METHOD("propertyKeys", PropertyKeys),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
