/* A pure-JavaScript plugin whose manifest the ABI tests vary with -D flags:
 * PLUGIN_NAME, PLUGIN_VERSION, DEP_NAME/DEP_RANGE, ABI_MAJOR, NAPI_VERSION. */
#include "mosaic_plugin.h"

#ifndef PLUGIN_NAME
#define PLUGIN_NAME "fixture"
#endif
#ifndef PLUGIN_VERSION
#define PLUGIN_VERSION "1.2.3"
#endif
#ifndef ABI_MAJOR
#define ABI_MAJOR MOSAIC_PLUGIN_ABI_MAJOR
#endif
#ifndef NAPI_VERSION_NEEDED
#define NAPI_VERSION_NEEDED 8
#endif

static const char kSource[] =
    "exports.name = " "'" PLUGIN_NAME "'" ";\n"
    "exports.deps = Object.keys(process.versions).filter((k) => k.startsWith('fix'));\n";
static const mosaic_js_file kFiles[] = {{"index.js", kSource, sizeof(kSource) - 1, 1}};
static const mosaic_builtin_entry kBuiltins[] = {{PLUGIN_NAME, "index.js"}};
#ifdef DEP_NAME
static const mosaic_plugin_dependency kDeps[] = {{DEP_NAME, DEP_RANGE}};
#define DEP_COUNT 1
#else
static const mosaic_plugin_dependency kDeps[] = {{0, 0}};
#define DEP_COUNT 0
#endif

/* -DABI_1_0 builds the manifest as the 1.0 SDK did: minor 0 and a struct
 * that ends before the fields 1.1 appended. */
#ifdef ABI_1_0
#define MANIFEST_SIZE offsetof(mosaic_plugin_manifest, code_caches)
#define ABI_MINOR 0
#else
#define MANIFEST_SIZE sizeof(mosaic_plugin_manifest)
#define ABI_MINOR MOSAIC_PLUGIN_ABI_MINOR
#endif

static const mosaic_plugin_manifest kManifest = {
    MANIFEST_SIZE, ABI_MAJOR, ABI_MINOR,
    NAPI_VERSION_NEEDED, PLUGIN_NAME, PLUGIN_VERSION, kDeps, DEP_COUNT,
    kBuiltins, 1, kFiles, 1, 0};

MOSAIC_PLUGIN_EXPORT const mosaic_plugin_manifest* mosaic_plugin_get_manifest(void) {
  return &kManifest;
}
