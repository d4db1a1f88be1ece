/* The Mosaic plugin SDK: the one C header (beside Node-API's) a plugin is
 * built against.
 *
 * A plugin is a shared object exporting `mosaic_plugin_get_manifest`. The
 * manifest names the plugin, its version, the ABI it was built for, the
 * plugins it needs, the builtin module ids it provides, its embedded
 * JavaScript and its optional Node-API initialiser. The runtime loads
 * plugins lazily on first `require`, dependencies first.
 *
 * ABI rules: a plugin built for ABI major M loads into any core of major M
 * whose minor is >= the plugin's. Structs only grow at the end; every
 * struct carries its size so either side can tell what the other knows.
 */
#ifndef MOSAIC_SDK_MOSAIC_PLUGIN_H_
#define MOSAIC_SDK_MOSAIC_PLUGIN_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <node_api.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MOSAIC_PLUGIN_ABI_MAJOR 1
#define MOSAIC_PLUGIN_ABI_MINOR 5

#define MOSAIC_PLUGIN_EXPORT __attribute__((visibility("default")))

/* A plugin this one needs, with an npm-style semver range ("^1.0.0"). */
typedef struct mosaic_plugin_dependency {
  const char* name;
  const char* range;
} mosaic_plugin_dependency;

/* One embedded JavaScript file. `path` is relative to the plugin root
 * ("fs.js", "lib/streams.js"); `source` is UTF-8 and need not be
 * NUL-terminated. `ascii` lets the runtime use it without copying. */
typedef struct mosaic_js_file {
  const char* path;
  const char* source;
  size_t length;
  int32_t ascii;
} mosaic_js_file;

/* A builtin module id the plugin provides ("fs/promises") and the embedded
 * file that implements it ("promises.js"). */
typedef struct mosaic_builtin_entry {
  const char* id;
  const char* path;
} mosaic_builtin_entry;

/* ABI 1.1: a V8 code cache of one embedded file, made at build time by the
 * core it was built with. A runtime whose V8 rejects it compiles the file
 * from source instead. */
typedef struct mosaic_code_cache {
  const char* path;
  const unsigned char* data;
  size_t length;
} mosaic_code_cache;

typedef struct mosaic_plugin_manifest {
  uint32_t struct_size;      /* sizeof(mosaic_plugin_manifest) of the builder */
  uint32_t abi_major;        /* MOSAIC_PLUGIN_ABI_MAJOR at build time */
  uint32_t abi_minor;        /* MOSAIC_PLUGIN_ABI_MINOR at build time */
  int32_t napi_version;      /* lowest Node-API version the plugin needs */
  const char* name;          /* "fs" */
  const char* version;       /* semver, "1.0.0" */
  const mosaic_plugin_dependency* dependencies;
  size_t dependency_count;
  const mosaic_builtin_entry* builtins;
  size_t builtin_count;
  const mosaic_js_file* js_files;
  size_t js_file_count;
  /* Creates the native binding object handed to the plugin's JS as
   * `binding`; NULL for pure-JavaScript plugins. */
  napi_addon_register_func init;
  /* ABI 1.1 (present when struct_size covers them). */
  const mosaic_code_cache* code_caches;
  size_t code_cache_count;
} mosaic_plugin_manifest;

typedef const mosaic_plugin_manifest* (*mosaic_plugin_get_manifest_func)(void);

/* One garbage collection (ABI 1.4): `kind` is V8's GCType bit (1 scavenge,
 * 2 minor mark-compact, 4 mark-sweep-compact, 8 incremental marking, 16
 * weak callbacks: the values of perf_hooks' NODE_PERFORMANCE_GC_*), `flags`
 * V8's GCCallbackFlags (NODE_PERFORMANCE_GC_FLAGS_*); times are uv_hrtime()
 * nanoseconds. */
typedef void (*mosaic_gc_observer)(void* data, uint32_t kind, uint32_t flags,
                                   uint64_t start_ns, uint64_t duration_ns);

/* Which of the V8 heap's figures get_heap_statistics (ABI 1.5) reports. */
typedef enum {
  mosaic_heap_statistics = 0,       /* an object: v8.getHeapStatistics() */
  mosaic_heap_space_statistics = 1, /* an array: v8.getHeapSpaceStatistics() */
  mosaic_heap_code_statistics = 2,  /* an object: v8.getHeapCodeStatistics() */
} mosaic_heap_statistics_kind;

/* ABI 1.2: the runtime services Node-API lacks, one table exported by the
 * executable. It only grows at the end: a plugin that uses a member added
 * after 1.2 checks `struct_size` covers it first. Every member follows
 * Node-API's conventions (status result, `napi_get_last_error_info`). */
typedef struct mosaic_runtime_api {
  uint32_t struct_size; /* sizeof(mosaic_runtime_api) of the core */
  uint32_t abi_minor;   /* MOSAIC_PLUGIN_ABI_MINOR of the core */

  /* A JS string over `length` Latin-1 bytes at `data`, not copied into the
   * JS heap: for large strings, where the copy costs more than the string.
   * `data` must come from malloc(); the runtime owns it from this call on
   * (also when the call fails) and frees it once the garbage collector
   * drops the string -- from the collector itself, so the memory does not
   * wait for the event loop as napi finalizers do. */
  napi_status (*create_external_latin1)(napi_env env, char* data, size_t length,
                                        napi_value* result);
  /* The same for `length` UTF-16 code units. */
  napi_status (*create_external_utf16)(napi_env env, char16_t* data, size_t length,
                                       napi_value* result);
  /* A Buffer whose memory is not zero-filled, for callers that overwrite all
   * of it at once (Buffer.allocUnsafe, decoders). */
  napi_status (*create_buffer_uninitialized)(napi_env env, size_t length, void** data,
                                             napi_value* result);

  /* ABI 1.3 */

  /* The characters of an external string (one whose text lives outside the
   * JS heap, as create_external_* makes them), without a copy: `*data` is
   * set to them, `*length` to their count (bytes when `*one_byte`, UTF-16
   * units otherwise). For any other string `*data` is NULL and the caller
   * copies as usual. The pointer stays valid while the string is alive and
   * must not be written through. */
  napi_status (*get_external_string)(napi_env env, napi_value value, const void** data,
                                     size_t* length, bool* one_byte);
  /* A Uint32Array of one element, the isolate's zero-fill switch: while the
   * element is 0, new ArrayBuffers (`new Uint8Array(n)` included) are not
   * zero-filled. For JavaScript that overwrites fresh memory at once: set it
   * to 0 right before the one allocation and back to 1 in a `finally`, as
   * node's buffer module does with its zeroFill field. Never leave it 0. */
  napi_status (*get_zero_fill_toggle)(napi_env env, napi_value* result);

  /* ABI 1.4 */

  /* Calls `observer(data, ...)` at the end of every garbage collection of
   * env's isolate until removed (perf_hooks' 'gc' entries). It runs inside
   * the collector, on the JavaScript thread: it must not call Node-API or
   * run JavaScript -- record the event and deliver it later, e.g. from a
   * libuv timer. Adding the same (observer, data) twice is
   * napi_invalid_arg. */
  napi_status (*add_gc_observer)(napi_env env, mosaic_gc_observer observer, void* data);
  /* Stops those calls; napi_invalid_arg if the pair was not added. */
  napi_status (*remove_gc_observer)(napi_env env, mosaic_gc_observer observer, void* data);

  /* ABI 1.5: what the v8 builtin reports of, and sets in, the engine. */

  /* The heap's figures as node's v8 module reports them (its field names,
   * numbers in bytes): see mosaic_heap_statistics_kind. */
  napi_status (*get_heap_statistics)(napi_env env, mosaic_heap_statistics_kind kind,
                                     napi_value* result);
  /* Sets engine flags while running (v8.setFlagsFromString), `length`
   * bytes at `flags`; flags the engine does not know are ignored. */
  napi_status (*set_engine_flags)(napi_env env, const char* flags, size_t length);
  /* The engine's code cache version tag (v8.cachedDataVersionTag()). */
  napi_status (*get_cached_data_version_tag)(napi_env env, uint32_t* result);
  /* Writes a snapshot of env's heap, in the .heapsnapshot JSON format that
   * browsers' developer tools read, to the file at `path` (NUL-terminated);
   * napi_generic_failure, with errno set, if the file cannot be written. */
  napi_status (*write_heap_snapshot)(napi_env env, const char* path);
  /* The engine's value serializer as node's v8 module documents it: two
   * constructors, Serializer (writeHeader, writeValue, releaseBuffer,
   * transferArrayBuffer, writeUint32, writeUint64, writeDouble,
   * writeRawBytes, _setTreatArrayBufferViewsAsHostObjects) and
   * Deserializer(buffer) (readHeader, readValue, transferArrayBuffer,
   * getWireFormatVersion, readUint32, readUint64, readDouble,
   * _readRawBytes). They call the hooks their instances have at the time:
   * _writeHostObject, _getDataCloneError, _getSharedArrayBufferId,
   * _readHostObject. New constructors at every call. */
  napi_status (*get_value_serializer)(napi_env env, napi_value* serializer,
                                      napi_value* deserializer);
} mosaic_runtime_api;

/* The table of the runtime the calling plugin is loaded into. */
const mosaic_runtime_api* mosaic_get_runtime_api(void);

/* A native function a plugin's initialiser exports (header-only helper,
 * not part of the ABI). */
typedef struct mosaic_function {
  const char* name;
  napi_callback callback;
} mosaic_function;

/* exports[name] = a Node-API function, for each of the `count` entries. */
static inline napi_status mosaic_export_functions(napi_env env, napi_value exports,
                                                  const mosaic_function* functions,
                                                  size_t count) {
  for (size_t i = 0; i < count; i++) {
    napi_value fn;
    napi_status status = napi_create_function(env, functions[i].name, NAPI_AUTO_LENGTH,
                                              functions[i].callback, NULL, &fn);
    if (status == napi_ok) status = napi_set_named_property(env, exports, functions[i].name, fn);
    if (status != napi_ok) return status;
  }
  return napi_ok;
}

/* Every plugin exports this symbol (the build macro generates it). */
MOSAIC_PLUGIN_EXPORT const mosaic_plugin_manifest* mosaic_plugin_get_manifest(void);

#ifdef __cplusplus
}
#endif

#endif /* MOSAIC_SDK_MOSAIC_PLUGIN_H_ */
