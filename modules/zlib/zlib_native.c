/* The zlib plugin's native half: one z_stream per JavaScript engine
 * object (Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip),
 * fed input and drained of output by `process`, on the system's zlib. */
#include <stdlib.h>
#include <string.h>

#include <node_api.h>
#include <zlib.h>

#include "sdk/mosaic_plugin.h"

/* node's engine modes */
enum { kNone, kDeflate, kInflate, kGzip, kGunzip, kDeflateRaw, kInflateRaw, kUnzip };

typedef struct {
  z_stream strm;
  int mode;
  int initialized;
  int level, window_bits, mem_level, strategy;
  size_t chunk_size;
} engine_t;

static int is_compressing(int mode) {
  return mode == kDeflate || mode == kGzip || mode == kDeflateRaw;
}

static void engine_end(engine_t* e) {
  if (!e->initialized) return;
  if (is_compressing(e->mode)) deflateEnd(&e->strm);
  else inflateEnd(&e->strm);
  e->initialized = 0;
}

static void free_engine(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  engine_end(data);
  free(data);
}

/* zlib's windowBits for node's mode: gzip +16, auto-detect +32, raw -n. */
static int mode_window_bits(int mode, int bits) {
  switch (mode) {
    case kGzip: case kGunzip: return bits + 16;
    case kUnzip: return bits + 32;
    case kDeflateRaw: case kInflateRaw: return -bits;
    default: return bits;
  }
}

static int engine_init(engine_t* e) {
  memset(&e->strm, 0, sizeof(e->strm));
  int bits = mode_window_bits(e->mode, e->window_bits);
  int rc = is_compressing(e->mode) ?
      deflateInit2(&e->strm, e->level, Z_DEFLATED, bits, e->mem_level, e->strategy) :
      inflateInit2(&e->strm, bits);
  e->initialized = rc == Z_OK;
  return rc;
}

static int32_t arg_int(napi_env env, napi_value value, int32_t fallback) {
  int32_t result = fallback;
  napi_valuetype type;
  if (value != NULL && napi_typeof(env, value, &type) == napi_ok && type == napi_number) {
    napi_get_value_int32(env, value, &result);
  }
  return result;
}

static engine_t* engine_arg(napi_env env, napi_value value) {
  void* data = NULL;
  napi_get_value_external(env, value, &data);
  return data;
}

static napi_value make_int(napi_env env, int64_t value) {
  napi_value result;
  napi_create_int64(env, value, &result);
  return result;
}

/* create(mode, level, windowBits, memLevel, strategy, chunkSize) ->
 * [engine, 0] or [null, zlib error code] */
static napi_value Create(napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  engine_t* e = calloc(1, sizeof(engine_t));
  napi_value pair, value;
  napi_create_array_with_length(env, 2, &pair);
  if (e == NULL) {
    napi_get_null(env, &value);
    napi_set_element(env, pair, 0, value);
    napi_set_element(env, pair, 1, make_int(env, Z_MEM_ERROR));
    return pair;
  }
  e->mode = arg_int(env, argv[0], kDeflate);
  e->level = arg_int(env, argv[1], Z_DEFAULT_COMPRESSION);
  e->window_bits = arg_int(env, argv[2], 15);
  e->mem_level = arg_int(env, argv[3], 8);
  e->strategy = arg_int(env, argv[4], Z_DEFAULT_STRATEGY);
  e->chunk_size = (size_t)arg_int(env, argv[5], 16384);
  int rc = engine_init(e);
  if (rc != Z_OK) {
    free(e);
    napi_get_null(env, &value);
  } else {
    napi_create_external(env, e, free_engine, NULL, &value);
  }
  napi_set_element(env, pair, 0, value);
  napi_set_element(env, pair, 1, make_int(env, rc));
  return pair;
}

static int append(char** out, size_t* length, size_t* capacity, const char* data, size_t n) {
  if (*length + n > *capacity) {
    size_t grown = *capacity ? *capacity : 16384;
    while (grown < *length + n) grown *= 2;
    char* p = realloc(*out, grown);
    if (p == NULL) return 0;
    *out = p;
    *capacity = grown;
  }
  memcpy(*out + *length, data, n);
  *length += n;
  return 1;
}

/* process(engine, input, flush) -> { output: Buffer, ended: bool, code, message }
 * Runs the engine over all of `input` with `flush`, collecting what it
 * writes. A gunzip engine goes on to a following gzip member, as node's
 * does. `code` is zlib's (0 or 1 fine; negative an error, with its
 * message). */
static napi_value Process(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  engine_t* e = engine_arg(env, argv[0]);
  void* input = NULL;
  size_t input_length = 0;
  napi_get_typedarray_info(env, argv[1], NULL, &input_length, &input, NULL, NULL);
  int flush = arg_int(env, argv[2], Z_NO_FLUSH);
  napi_value result;
  napi_create_object(env, &result);
  if (e == NULL || !e->initialized) {
    napi_set_named_property(env, result, "code", make_int(env, Z_STREAM_ERROR));
    return result;
  }
  char* out = NULL;
  size_t out_length = 0, out_capacity = 0;
  char* chunk = malloc(e->chunk_size);
  int rc = Z_OK;
  int ended = 0;
  e->strm.next_in = (Bytef*)input;
  e->strm.avail_in = (uInt)input_length;
  for (;;) {
    e->strm.next_out = (Bytef*)chunk;
    e->strm.avail_out = (uInt)e->chunk_size;
    rc = is_compressing(e->mode) ? deflate(&e->strm, flush) : inflate(&e->strm, flush);
    size_t produced = e->chunk_size - e->strm.avail_out;
    if (produced > 0 && !append(&out, &out_length, &out_capacity, chunk, produced)) {
      rc = Z_MEM_ERROR;
      break;
    }
    if (rc == Z_STREAM_END) {
      /* Another gzip member may follow. */
      if (e->mode == kGunzip && e->strm.avail_in > 0 && e->strm.next_in[0] == 0x1f) {
        inflateReset(&e->strm);
        continue;
      }
      ended = 1;
      break;
    }
    if (rc == Z_BUF_ERROR) {
      /* With Z_FINISH, a full output chunk: there is more to come. */
      if (e->strm.avail_out == 0) continue;
      /* Otherwise no progress was possible: all input used and output
       * flushed. */
      rc = Z_OK;
      break;
    }
    if (rc != Z_OK) break;
    if (e->strm.avail_out != 0 && e->strm.avail_in == 0) break;
  }
  free(chunk);
  napi_value buffer;
  void* data;
  napi_create_buffer_copy(env, out_length, out_length ? out : "", &data, &buffer);
  free(out);
  napi_set_named_property(env, result, "output", buffer);
  napi_value flag;
  napi_get_boolean(env, ended, &flag);
  napi_set_named_property(env, result, "ended", flag);
  napi_set_named_property(env, result, "code", make_int(env, rc));
  if (rc < 0 && e->strm.msg != NULL) {
    napi_value message;
    napi_create_string_utf8(env, e->strm.msg, NAPI_AUTO_LENGTH, &message);
    napi_set_named_property(env, result, "message", message);
  }
  return result;
}

/* reset(engine): back to its initial state */
static napi_value Reset(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  engine_t* e = engine_arg(env, argv[0]);
  if (e != NULL && e->initialized) {
    if (is_compressing(e->mode)) deflateReset(&e->strm);
    else inflateReset(&e->strm);
  }
  return NULL;
}

/* close(engine): frees zlib's state now */
static napi_value Close(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  engine_t* e = engine_arg(env, argv[0]);
  if (e != NULL) engine_end(e);
  return NULL;
}

/* crc32(view, initial) -> uint32 */
static napi_value Crc32(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void* data = NULL;
  size_t length = 0;
  napi_get_typedarray_info(env, argv[0], NULL, &length, &data, NULL, NULL);
  uint32_t initial = 0;
  napi_get_value_uint32(env, argv[1], &initial);
  napi_value result;
  napi_create_uint32(env, (uint32_t)crc32(initial, data, (uInt)length), &result);
  return result;
}

napi_value mosaic_plugin_init(napi_env env, napi_value exports) {
  static const mosaic_function kMethods[] = {
      {"create", Create}, {"process", Process}, {"reset", Reset},
      {"close", Close},   {"crc32", Crc32},
  };
  if (mosaic_export_functions(env, exports, kMethods, sizeof(kMethods) / sizeof(kMethods[0])) !=
      napi_ok) {
    return NULL;
  }
  napi_set_named_property(env, exports, "ZLIB_VERNUM", make_int(env, ZLIB_VERNUM));
  return exports;
}
