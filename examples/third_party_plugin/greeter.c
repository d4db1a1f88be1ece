/* A third-party Mosaic plugin built with plain gcc against the SDK header and
 * the Node-API headers only (see build.sh). It provides the builtin module
 * 'greeter': a native function plus JavaScript on top of it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <node_api.h>

#include "mosaic_plugin.h"

/* The plugin's JavaScript, embedded straight from greeter.js. */
__asm__(
    ".section .rodata\n"
    ".global greeter_js_start\n"
    ".hidden greeter_js_start\n"
    "greeter_js_start:\n"
    ".incbin \"greeter.js\"\n"
    ".global greeter_js_end\n"
    ".hidden greeter_js_end\n"
    "greeter_js_end:\n"
    ".previous\n");
extern const char greeter_js_start[];
extern const char greeter_js_end[];

/* greet(name) -> "Hello, <name>!" */
static napi_value Greet(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  char name[256];
  size_t length = 0;
  char out[300];
  napi_value result;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return NULL;
  if (argc < 1 || napi_get_value_string_utf8(env, argv[0], name, sizeof(name), &length) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The \"name\" argument must be of type string");
    return NULL;
  }
  snprintf(out, sizeof(out), "Hello, %s!", name);
  napi_create_string_utf8(env, out, NAPI_AUTO_LENGTH, &result);
  return result;
}

static int64_t Int64Arg(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int64_t n = -1;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 ||
      napi_get_value_int64(env, argv[0], &n) != napi_ok || n < 0) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "n must be a non-negative integer");
    return -1;
  }
  return n;
}

/* cheers(n) -> "é" n times: a Latin-1 string handed to the runtime without
 * a copy (the runtime's table, ABI 1.2). */
static napi_value Cheers(napi_env env, napi_callback_info info) {
  int64_t n = Int64Arg(env, info);
  napi_value result;
  char* text;
  if (n < 0) return NULL;
  text = malloc(n > 0 ? (size_t)n : 1);
  if (text == NULL) return NULL;
  memset(text, 0xE9, (size_t)n);
  if (mosaic_get_runtime_api()->create_external_latin1(env, text, (size_t)n, &result) != napi_ok) {
    return NULL;
  }
  return result;
}

/* countdown(n) -> Buffer [n-1, ..., 1, 0] (mod 256), created without
 * zero-filling since every byte is written. */
static napi_value Countdown(napi_env env, napi_callback_info info) {
  int64_t n = Int64Arg(env, info);
  napi_value result;
  unsigned char* bytes;
  int64_t i;
  if (n < 0) return NULL;
  if (mosaic_get_runtime_api()->create_buffer_uninitialized(env, (size_t)n, (void**)&bytes,
                                                            &result) != napi_ok) {
    return NULL;
  }
  for (i = 0; i < n; i++) bytes[i] = (unsigned char)(n - 1 - i);
  return result;
}

/* externalLength(s) -> how many characters of `s` live outside the JS heap
 * (all of them for an external string, else 0): read in place through the
 * runtime's table (ABI 1.3). */
static napi_value ExternalLength(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg, result;
  const void* data;
  size_t length;
  bool one_byte;
  if (napi_get_cb_info(env, info, &argc, &arg, NULL, NULL) != napi_ok) return NULL;
  if (mosaic_get_runtime_api()->get_external_string(env, arg, &data, &length, &one_byte) !=
      napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The argument must be of type string");
    return NULL;
  }
  napi_create_int64(env, data != NULL ? (int64_t)length : 0, &result);
  return result;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"greet", NULL, Greet, NULL, NULL, NULL, napi_default, NULL},
      {"cheers", NULL, Cheers, NULL, NULL, NULL, napi_default, NULL},
      {"countdown", NULL, Countdown, NULL, NULL, NULL, napi_default, NULL},
      {"externalLength", NULL, ExternalLength, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods);
  return exports;
}

static mosaic_js_file js_files[1];
static const mosaic_builtin_entry builtins[] = {{"greeter", "greeter.js"}};
static const mosaic_plugin_dependency dependencies[] = {{"path", "^1.0.0"}};
static mosaic_plugin_manifest manifest = {
    sizeof(mosaic_plugin_manifest), MOSAIC_PLUGIN_ABI_MAJOR, MOSAIC_PLUGIN_ABI_MINOR,
    8, "greeter", "0.3.1", dependencies, 1, builtins, 1, js_files, 1, Init, NULL, 0};

MOSAIC_PLUGIN_EXPORT const mosaic_plugin_manifest* mosaic_plugin_get_manifest(void) {
  js_files[0].path = "greeter.js";
  js_files[0].source = greeter_js_start;
  js_files[0].length = (size_t)(greeter_js_end - greeter_js_start);
  js_files[0].ascii = 1;
  return &manifest;
}
