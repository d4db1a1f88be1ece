/* A third-party Mosaic plugin built with plain gcc against the SDK header and
 * the Node-API headers only (see build.sh). It provides the builtin module
 * 'greeter': a native function plus JavaScript on top of it. */
#include <stdio.h>
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

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "greet", NAPI_AUTO_LENGTH, Greet, NULL, &fn);
  napi_set_named_property(env, exports, "greet", fn);
  return exports;
}

static mosaic_js_file js_files[1];
static const mosaic_builtin_entry builtins[] = {{"greeter", "greeter.js"}};
static const mosaic_plugin_dependency dependencies[] = {{"path", "^1.0.0"}};
static mosaic_plugin_manifest manifest = {
    sizeof(mosaic_plugin_manifest), MOSAIC_PLUGIN_ABI_MAJOR, MOSAIC_PLUGIN_ABI_MINOR,
    8, "greeter", "0.3.1", dependencies, 1, builtins, 1, js_files, 1, Init};

MOSAIC_PLUGIN_EXPORT const mosaic_plugin_manifest* mosaic_plugin_get_manifest(void) {
  js_files[0].path = "greeter.js";
  js_files[0].source = greeter_js_start;
  js_files[0].length = (size_t)(greeter_js_end - greeter_js_start);
  js_files[0].ascii = 1;
  return &manifest;
}
