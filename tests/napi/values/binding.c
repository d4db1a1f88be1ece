/* Primitive values: numbers, strings, symbols, booleans, typeof, coercion,
 * strict equality, singletons, external strings, last-error messages. */
#define NAPI_VERSION 9
#include <stdlib.h>

#include "../common.h"

/* Newer than what node 20 declares: used only when the runtime has them. */
extern napi_status node_api_create_external_string_latin1(
    napi_env env, char* str, size_t length, napi_finalize finalize_callback,
    void* finalize_hint, napi_value* result, bool* copied)
    __attribute__((weak));
extern napi_status node_api_create_external_string_utf16(
    napi_env env, char16_t* str, size_t length,
    napi_finalize finalize_callback, void* finalize_hint, napi_value* result,
    bool* copied) __attribute__((weak));

static napi_value ToDouble(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  double value;
  CHECK_CALL(env, napi_get_value_double(env, args[0], &value));
  return test_double(env, value);
}

static napi_value ToInt32(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t value;
  CHECK_CALL(env, napi_get_value_int32(env, args[0], &value));
  return test_int32(env, value);
}

static napi_value ToUint32(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t value;
  napi_value result;
  CHECK_CALL(env, napi_get_value_uint32(env, args[0], &value));
  CHECK_CALL(env, napi_create_uint32(env, value, &result));
  return result;
}

/* Returns the int64 as a decimal string (exact). */
static napi_value ToInt64String(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int64_t value;
  char text[32];
  CHECK_CALL(env, napi_get_value_int64(env, args[0], &value));
  snprintf(text, sizeof(text), "%lld", (long long)value);
  return test_string(env, text);
}

static napi_value CreateInt64(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  double value;
  napi_value result;
  CHECK_CALL(env, napi_get_value_double(env, args[0], &value));
  CHECK_CALL(env, napi_create_int64(env, (int64_t)value, &result));
  return result;
}

static napi_value TypeOf(napi_env env, napi_callback_info info) {
  static const char* const names[] = {"undefined", "null",     "boolean",
                                      "number",    "string",   "symbol",
                                      "object",    "function", "external",
                                      "bigint"};
  GET_ARGS(env, info, 1);
  napi_valuetype type;
  CHECK_CALL(env, napi_typeof(env, args[0], &type));
  return test_string(env, names[type]);
}

static napi_value CreateExternal(napi_env env, napi_callback_info info) {
  static int dummy;
  napi_value result;
  (void)info;
  CHECK_CALL(env, napi_create_external(env, &dummy, NULL, NULL, &result));
  return result;
}

/* Status of napi_get_value_<kind> on the argument. */
static napi_value GetValueStatus(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  char kind[16];
  size_t len;
  double d;
  int32_t i32;
  bool b;
  char buf[8];
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], kind, sizeof(kind),
                                             &len));
  if (strcmp(kind, "double") == 0)
    return STATUS_OF(env, napi_get_value_double(env, args[1], &d));
  if (strcmp(kind, "int32") == 0)
    return STATUS_OF(env, napi_get_value_int32(env, args[1], &i32));
  if (strcmp(kind, "bool") == 0)
    return STATUS_OF(env, napi_get_value_bool(env, args[1], &b));
  if (strcmp(kind, "string") == 0)
    return STATUS_OF(
        env, napi_get_value_string_utf8(env, args[1], buf, sizeof(buf), &len));
  return NULL;
}

/* [copied text, reported length] for napi_get_value_string_<enc> into a
 * buffer of `bufsize` (0 → length query with a NULL buffer). */
static napi_value CopyString(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  char enc[16];
  size_t len;
  uint32_t bufsize;
  napi_value result, text, length;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], enc, sizeof(enc),
                                             &len));
  CHECK_CALL(env, napi_get_value_uint32(env, args[2], &bufsize));
  CHECK_CALL(env, napi_create_array_with_length(env, 2, &result));
  if (strcmp(enc, "utf16") == 0) {
    char16_t* buf = bufsize ? malloc(bufsize * sizeof(char16_t)) : NULL;
    CHECK_CALL(env, napi_get_value_string_utf16(env, args[1], buf, bufsize,
                                                &len));
    CHECK_CALL(env, napi_create_string_utf16(env, buf ? buf : u"", buf ? len : 0,
                                             &text));
    free(buf);
  } else {
    char* buf = bufsize ? malloc(bufsize) : NULL;
    if (strcmp(enc, "latin1") == 0) {
      CHECK_CALL(env, napi_get_value_string_latin1(env, args[1], buf, bufsize,
                                                   &len));
      CHECK_CALL(env, napi_create_string_latin1(env, buf ? buf : "",
                                                buf ? len : 0, &text));
    } else {
      CHECK_CALL(env, napi_get_value_string_utf8(env, args[1], buf, bufsize,
                                                 &len));
      CHECK_CALL(env, napi_create_string_utf8(env, buf ? buf : "",
                                              buf ? len : 0, &text));
    }
    if (buf != NULL && bufsize > 0) CHECK(env, buf[len] == '\0');
    free(buf);
  }
  CHECK_CALL(env, napi_create_uint32(env, (uint32_t)len, &length));
  CHECK_CALL(env, napi_set_element(env, result, 0, text));
  CHECK_CALL(env, napi_set_element(env, result, 1, length));
  return result;
}

/* Creates a string from the first `n` bytes/units of a fixed source. */
static napi_value CreateStrings(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t n;
  napi_value result, s;
  CHECK_CALL(env, napi_get_value_int32(env, args[0], &n));
  size_t length = n < 0 ? NAPI_AUTO_LENGTH : (size_t)n;
  CHECK_CALL(env, napi_create_object(env, &result));
  CHECK_CALL(env, napi_create_string_utf8(env, "h\xc3\xa9llo", length, &s));
  test_set(env, result, "utf8", s);
  CHECK_CALL(env, napi_create_string_latin1(env, "h\xe9llo", length, &s));
  test_set(env, result, "latin1", s);
  CHECK_CALL(env, napi_create_string_utf16(env, u"h\u00e9llo", length, &s));
  test_set(env, result, "utf16", s);
  return result;
}

static napi_value StringArgChecks(napi_env env, napi_callback_info info) {
  napi_value result, s;
  size_t len;
  (void)info;
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "nullEmpty",
           STATUS_OF(env, napi_create_string_utf8(env, NULL, 0, &s)));
  test_set(env, result, "nullEmptyValue", s);
  test_set(env, result, "nullWithLength",
           STATUS_OF(env, napi_create_string_utf8(env, NULL, 3, &s)));
  test_set(env, result, "nullResult",
           STATUS_OF(env, napi_create_string_utf8(env, "x", 1, NULL)));
  test_set(env, result, "tooLong",
           STATUS_OF(env, napi_create_string_utf8(env, "x", (size_t)INT32_MAX + 1u, &s)));
  test_set(env, result, "lengthNoResult",
           STATUS_OF(env, napi_get_value_string_utf8(env, s, NULL, 0, NULL)));
  CHECK_CALL(env, napi_create_string_utf8(env, "abc", 3, &s));
  len = 99;
  test_set(env, result, "zeroBufsize",
           STATUS_OF(env, napi_get_value_string_utf8(env, s, (char*)&len, 0, &len)));
  test_set(env, result, "zeroBufsizeLength", test_int32(env, (int32_t)len));
  return result;
}

static napi_value CreateSymbol(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_valuetype type;
  napi_value result;
  CHECK_CALL(env, napi_typeof(env, args[0], &type));
  CHECK_CALL(env, napi_create_symbol(env, type == napi_undefined ? NULL : args[0],
                                     &result));
  return result;
}

static napi_value SymbolFor(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  char desc[64];
  size_t len;
  napi_value result;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], desc, sizeof(desc),
                                             &len));
  CHECK_CALL(env, node_api_symbol_for(env, desc, len, &result));
  return result;
}

static napi_value GetBoolean(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool value;
  napi_value result;
  CHECK_CALL(env, napi_get_value_bool(env, args[0], &value));
  CHECK_CALL(env, napi_get_boolean(env, !value, &result));
  return result;
}

static napi_value Coerce(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  char kind[16];
  size_t len;
  napi_value result = NULL;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], kind, sizeof(kind),
                                             &len));
  if (strcmp(kind, "bool") == 0) {
    CHECK_CALL(env, napi_coerce_to_bool(env, args[1], &result));
  } else if (strcmp(kind, "number") == 0) {
    CHECK_CALL(env, napi_coerce_to_number(env, args[1], &result));
  } else if (strcmp(kind, "object") == 0) {
    CHECK_CALL(env, napi_coerce_to_object(env, args[1], &result));
  } else {
    CHECK_CALL(env, napi_coerce_to_string(env, args[1], &result));
  }
  return result;
}

/* Returns the status (and leaves the exception pending for JS to see). */
static napi_value CoerceToNumberStatus(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value result, error;
  napi_status status = napi_coerce_to_number(env, args[0], &result);
  bool pending;
  CHECK_CALL(env, napi_is_exception_pending(env, &pending));
  CHECK_CALL(env, napi_get_and_clear_last_exception(env, &error));
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "status", test_int32(env, status));
  test_set(env, result, "pending", test_bool(env, pending));
  test_set(env, result, "error", error);
  return result;
}

static napi_value StrictEquals(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool equal;
  CHECK_CALL(env, napi_strict_equals(env, args[0], args[1], &equal));
  return test_bool(env, equal);
}

static napi_value Singletons(napi_env env, napi_callback_info info) {
  napi_value result, v;
  (void)info;
  CHECK_CALL(env, napi_create_object(env, &result));
  CHECK_CALL(env, napi_get_undefined(env, &v));
  test_set(env, result, "undefined", v);
  CHECK_CALL(env, napi_get_null(env, &v));
  test_set(env, result, "null", v);
  CHECK_CALL(env, napi_get_global(env, &v));
  test_set(env, result, "global", v);
  CHECK_CALL(env, napi_get_boolean(env, true, &v));
  test_set(env, result, "true", v);
  return result;
}

/* {status, message} of napi_get_last_error_info after a failing call. */
static napi_value LastErrorAfter(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  char kind[32];
  size_t len;
  napi_value obj, num, str, result;
  double d;
  bool b;
  char buf[4];
  uint32_t u;
  int64_t i64;
  napi_status status;
  napi_ref to_delete = NULL;
  const napi_extended_error_info* error_info;
  CHECK_CALL(env, napi_get_value_string_utf8(env, args[0], kind, sizeof(kind),
                                             &len));
  CHECK_CALL(env, napi_create_object(env, &obj));
  CHECK_CALL(env, napi_create_int32(env, 1, &num));
  CHECK_CALL(env, napi_create_string_utf8(env, "s", 1, &str));
  if (strcmp(kind, "invalid_arg") == 0) {
    status = napi_get_value_double(env, NULL, &d);
  } else if (strcmp(kind, "string_expected") == 0) {
    status = napi_get_value_string_utf8(env, num, buf, sizeof(buf), &len);
  } else if (strcmp(kind, "number_expected") == 0) {
    status = napi_get_value_double(env, str, &d);
  } else if (strcmp(kind, "boolean_expected") == 0) {
    status = napi_get_value_bool(env, num, &b);
  } else if (strcmp(kind, "array_expected") == 0) {
    status = napi_get_array_length(env, obj, &u);
  } else if (strcmp(kind, "name_expected") == 0) {
    status = napi_has_own_property(env, obj, num, &b);
  } else if (strcmp(kind, "bigint_expected") == 0) {
    status = napi_get_value_bigint_int64(env, num, &i64, &b);
  } else if (strcmp(kind, "date_expected") == 0) {
    status = napi_get_date_value(env, num, &d);
  } else if (strcmp(kind, "arraybuffer_expected") == 0) {
    status = napi_detach_arraybuffer(env, obj);
  } else if (strcmp(kind, "generic_failure") == 0) {
    /* unref of a reference whose count is already 0 */
    CHECK_CALL(env, napi_create_reference(env, obj, 0, &to_delete));
    status = napi_reference_unref(env, to_delete, &u);
  } else {
    status = napi_get_undefined(env, &obj);
  }
  if (napi_get_last_error_info(env, &error_info) != napi_ok) return NULL;
  {
    /* Copy before the next call overwrites the info. */
    int32_t code = error_info->error_code;
    const char* message = error_info->error_message;
    if (to_delete != NULL) CHECK_CALL(env, napi_delete_reference(env, to_delete));
    CHECK_CALL(env, napi_create_object(env, &result));
    test_set(env, result, "status", test_int32(env, status));
    test_set(env, result, "code", test_int32(env, code));
    test_set(env, result, "message", test_string(env, message));
  }
  return result;
}

static int external_finalized = 0;

static void FreeExternalString(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  external_finalized++;
  free(data);
}

static napi_value HasExternalStrings(napi_env env, napi_callback_info info) {
  (void)info;
  return test_bool(env, node_api_create_external_string_latin1 != NULL &&
                            node_api_create_external_string_utf16 != NULL);
}

static napi_value CreateExternalStrings(napi_env env, napi_callback_info info) {
  napi_value result, s;
  bool copied = true;
  char* latin1 = malloc(32);
  char16_t* utf16 = malloc(32 * sizeof(char16_t));
  (void)info;
  strcpy(latin1, "external latin1 \xe9");
  {
    const char16_t text[] = u"external utf16 \u20ac";
    memcpy(utf16, text, sizeof(text));
  }
  CHECK_CALL(env, napi_create_array_with_length(env, 3, &result));
  CHECK_CALL(env, node_api_create_external_string_latin1(
                      env, latin1, NAPI_AUTO_LENGTH, FreeExternalString, NULL,
                      &s, &copied));
  CHECK_CALL(env, napi_set_element(env, result, 0, s));
  CHECK_CALL(env, node_api_create_external_string_utf16(
                      env, utf16, 16, FreeExternalString, NULL, &s, &copied));
  CHECK_CALL(env, napi_set_element(env, result, 1, s));
  CHECK_CALL(env, napi_set_element(env, result, 2, test_bool(env, copied)));
  return result;
}

static napi_value ExternalFinalizedCount(napi_env env, napi_callback_info info) {
  (void)info;
  return test_int32(env, external_finalized);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("toDouble", ToDouble),
      METHOD("toInt32", ToInt32),
      METHOD("toUint32", ToUint32),
      METHOD("toInt64String", ToInt64String),
      METHOD("createInt64", CreateInt64),
      METHOD("typeOf", TypeOf),
      METHOD("createExternal", CreateExternal),
      METHOD("getValueStatus", GetValueStatus),
      METHOD("copyString", CopyString),
      METHOD("createStrings", CreateStrings),
      METHOD("stringArgChecks", StringArgChecks),
      METHOD("createSymbol", CreateSymbol),
      METHOD("symbolFor", SymbolFor),
      METHOD("negate", GetBoolean),
      METHOD("coerce", Coerce),
      METHOD("coerceToNumberStatus", CoerceToNumberStatus),
      METHOD("strictEquals", StrictEquals),
      METHOD("singletons", Singletons),
      METHOD("lastErrorAfter", LastErrorAfter),
      METHOD("hasExternalStrings", HasExternalStrings),
      METHOD("createExternalStrings", CreateExternalStrings),
      METHOD("externalFinalizedCount", ExternalFinalizedCount),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
