/* Lets the fs plugin's native half load into the real node as a .node
 * addon: node calls napi_register_module_v1, which hands over to the
 * plugin's initialiser. Test-only; not part of the plugin build. */
#define NAPI_VERSION 8
#include <node_api.h>

napi_value mosaic_plugin_init(napi_env env, napi_value exports);

NAPI_MODULE_EXPORT napi_value napi_register_module_v1(napi_env env, napi_value exports) {
  return mosaic_plugin_init(env, exports);
}

NAPI_MODULE_EXPORT int32_t node_api_module_get_api_version_v1(void) {
  return NAPI_VERSION;
}
