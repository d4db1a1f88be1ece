// Includes the Node-API headers with every declaration visible, whichever
// copy of them the include path finds first.
//
// Three header sets can be on the include path: the pinned npm
// `node-api-headers` (third_party/.deps/node-api-headers/include), a newer
// npm release (1.5.0, which tools/setup pins), and the copy shipped inside
// Debian's libnode-dev (Node 18.20, in the V8 include directory). They differ
// in which functions they declare and in the spelling of the "basic" (nogc)
// env and finalizer types. The implementation must compile against any of
// them, so this header:
//   * forces NAPI_VERSION to NAPI_VERSION_EXPERIMENTAL (spelled exactly like
//     libnode's own definition, so that header's redefinition is benign) and
//     defines NAPI_EXPERIMENTAL: every declaration becomes visible;
//   * opts out of the const "basic env" typedefs: `node_api_basic_env` and
//     `node_api_nogc_env` are plain `napi_env`, and the basic finalizer types
//     are plain `napi_finalize`. This changes nothing in the C ABI;
//   * re-declares the functions that some header sets lack, with exactly the
//     signatures the headers that have them use.
//
// Every file of the implementation includes this header first (directly or
// via napi_internal.h); nothing in core/napi includes <node_api.h> itself.
#ifndef MOSAIC_CORE_NAPI_NODE_API_ALL_H_
#define MOSAIC_CORE_NAPI_NODE_API_ALL_H_

#ifdef SRC_JS_NATIVE_API_H_
#error "core/napi/node_api_all.h must come before any other Node-API header"
#endif

#ifndef NAPI_EXPERIMENTAL
#define NAPI_EXPERIMENTAL
#endif
#undef NAPI_VERSION
#define NAPI_VERSION NAPI_VERSION_EXPERIMENTAL
#ifndef NODE_API_EXPERIMENTAL_NOGC_ENV_OPT_OUT
#define NODE_API_EXPERIMENTAL_NOGC_ENV_OPT_OUT
#endif
#ifndef NODE_API_EXPERIMENTAL_BASIC_ENV_OPT_OUT
#define NODE_API_EXPERIMENTAL_BASIC_ENV_OPT_OUT
#endif

#include <node_api.h>  // NOLINT(build/include_subdir)

#if !defined(NAPI_VERSION_EXPERIMENTAL) || NAPI_VERSION_EXPERIMENTAL != 2147483647
#error "unexpected Node-API headers"
#endif

EXTERN_C_START

// Node-API 10 (node-api-headers >= 1.5.0) and experimental additions that
// older header sets do not declare. Redeclaring them where a header already
// does is harmless: the signatures are identical once the opt-outs above are
// in force.
NAPI_EXTERN napi_status NAPI_CDECL
node_api_create_external_string_latin1(napi_env env,
                                       char* str,
                                       size_t length,
                                       napi_finalize finalize_callback,
                                       void* finalize_hint,
                                       napi_value* result,
                                       bool* copied);
NAPI_EXTERN napi_status NAPI_CDECL
node_api_create_external_string_utf16(napi_env env,
                                      char16_t* str,
                                      size_t length,
                                      napi_finalize finalize_callback,
                                      void* finalize_hint,
                                      napi_value* result,
                                      bool* copied);
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_property_key_latin1(
    napi_env env, const char* str, size_t length, napi_value* result);
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_property_key_utf8(
    napi_env env, const char* str, size_t length, napi_value* result);
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_property_key_utf16(
    napi_env env, const char16_t* str, size_t length, napi_value* result);
NAPI_EXTERN napi_status NAPI_CDECL
node_api_post_finalizer(napi_env env,
                        napi_finalize finalize_cb,
                        void* finalize_data,
                        void* finalize_hint);
NAPI_EXTERN napi_status NAPI_CDECL
node_api_create_buffer_from_arraybuffer(napi_env env,
                                        napi_value arraybuffer,
                                        size_t byte_offset,
                                        size_t byte_length,
                                        napi_value* result);

EXTERN_C_END

#endif  // MOSAIC_CORE_NAPI_NODE_API_ALL_H_
