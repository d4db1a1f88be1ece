/* The zlib plugin's native half: one z_stream per JavaScript engine
 * object (Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip),
 * fed input and drained of output by `process` (or, on the thread pool,
 * `processAsync`), on the system's zlib. */
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
  int busy;           /* a processAsync is running on the thread pool */
  int close_pending;  /* close() came meanwhile: end when it is done */
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

/* One run of an engine over an input: what it wrote, zlib's code, whether
 * the stream ended, zlib's message on an error. Plain C: it runs on the
 * loop thread (process) or on the thread pool (processAsync). */
typedef struct {
  engine_t* e;
  const uint8_t* input;
  size_t input_length;
  int flush;
  char* out;
  size_t out_length;
  int rc;
  int ended;
  int no_engine;  /* closed or never made: only rc is set */
  const char* message;
} run_t;

/* Runs the engine over all of the input with `flush`, collecting what it
 * writes. A gunzip engine goes on to a following gzip member, as node's
 * does. The code is zlib's (0 or 1 fine; negative an error). */
static void run_engine(run_t* run) {
  engine_t* e = run->e;
  if (e == NULL || !e->initialized) {
    run->rc = Z_STREAM_ERROR;
    run->no_engine = 1;
    return;
  }
  size_t out_capacity = 0;
  char* chunk = malloc(e->chunk_size);
  if (chunk == NULL) {
    run->rc = Z_MEM_ERROR;
    return;
  }
  int rc = Z_OK;
  e->strm.next_in = (Bytef*)run->input;
  e->strm.avail_in = (uInt)run->input_length;
  for (;;) {
    e->strm.next_out = (Bytef*)chunk;
    e->strm.avail_out = (uInt)e->chunk_size;
    rc = is_compressing(e->mode) ? deflate(&e->strm, run->flush) : inflate(&e->strm, run->flush);
    size_t produced = e->chunk_size - e->strm.avail_out;
    if (produced > 0 && !append(&run->out, &run->out_length, &out_capacity, chunk, produced)) {
      rc = Z_MEM_ERROR;
      break;
    }
    if (rc == Z_STREAM_END) {
      /* Another gzip member may follow. */
      if (e->mode == kGunzip && e->strm.avail_in > 0 && e->strm.next_in[0] == 0x1f) {
        inflateReset(&e->strm);
        continue;
      }
      run->ended = 1;
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
  run->rc = rc;
  if (rc < 0) run->message = e->strm.msg;
}

/* { output: Buffer, ended: bool, code, message } of a run (freeing its
 * output). */
static napi_value run_result(napi_env env, run_t* run) {
  napi_value result;
  napi_create_object(env, &result);
  napi_set_named_property(env, result, "code", make_int(env, run->rc));
  if (run->no_engine) return result;
  napi_value buffer;
  void* data;
  napi_create_buffer_copy(env, run->out_length, run->out_length ? run->out : "", &data, &buffer);
  free(run->out);
  run->out = NULL;
  napi_set_named_property(env, result, "output", buffer);
  napi_value flag;
  napi_get_boolean(env, run->ended, &flag);
  napi_set_named_property(env, result, "ended", flag);
  if (run->message != NULL) {
    napi_value message;
    napi_create_string_utf8(env, run->message, NAPI_AUTO_LENGTH, &message);
    napi_set_named_property(env, result, "message", message);
  }
  return result;
}

static void run_from_args(napi_env env, napi_value* argv, run_t* run) {
  memset(run, 0, sizeof(*run));
  run->e = engine_arg(env, argv[0]);
  void* input = NULL;
  napi_get_typedarray_info(env, argv[1], NULL, &run->input_length, &input, NULL, NULL);
  run->input = input;
  run->flush = arg_int(env, argv[2], Z_NO_FLUSH);
}

/* process(engine, input, flush) -> { output, ended, code, message } */
static napi_value Process(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  run_t run;
  run_from_args(env, argv, &run);
  run_engine(&run);
  return run_result(env, &run);
}

/* A process() on the thread pool. The engine and the input stay
 * referenced until it is done; a close() meanwhile waits for it. */
typedef struct {
  run_t run;
  napi_async_work work;
  napi_ref engine, input, callback;
} job_t;

static void execute_job(napi_env env, void* data) {
  (void)env;
  run_engine(&((job_t*)data)->run);
}

static void complete_job(napi_env env, napi_status status, void* data) {
  (void)status;
  job_t* job = data;
  napi_value callback, global, result = run_result(env, &job->run);
  engine_t* e = job->run.e;
  if (e != NULL) {
    e->busy = 0;
    if (e->close_pending) engine_end(e);
  }
  napi_get_reference_value(env, job->callback, &callback);
  napi_get_global(env, &global);
  napi_delete_reference(env, job->callback);
  napi_delete_reference(env, job->engine);
  napi_delete_reference(env, job->input);
  napi_delete_async_work(env, job->work);
  free(job);
  napi_call_function(env, global, callback, 1, &result, NULL);
}

/* processAsync(engine, input, flush, callback(result)) */
static napi_value ProcessAsync(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  job_t* job = calloc(1, sizeof(job_t));
  if (job == NULL) {
    napi_throw_error(env, NULL, "out of memory");
    return NULL;
  }
  run_from_args(env, argv, &job->run);
  if (job->run.e != NULL) job->run.e->busy = 1;
  napi_value name;
  napi_create_string_utf8(env, "mosaic:zlib", NAPI_AUTO_LENGTH, &name);
  napi_create_reference(env, argv[0], 1, &job->engine);
  napi_create_reference(env, argv[1], 1, &job->input);
  napi_create_reference(env, argv[3], 1, &job->callback);
  if (napi_create_async_work(env, NULL, name, execute_job, complete_job, job, &job->work) != napi_ok ||
      napi_queue_async_work(env, job->work) != napi_ok) {
    napi_throw_error(env, NULL, "could not queue zlib work");
  }
  return NULL;
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
  if (e != NULL && e->busy) e->close_pending = 1;
  else if (e != NULL) engine_end(e);
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
      {"create", Create}, {"process", Process}, {"processAsync", ProcessAsync},
      {"reset", Reset},   {"close", Close},     {"crc32", Crc32},
  };
  if (mosaic_export_functions(env, exports, kMethods, sizeof(kMethods) / sizeof(kMethods[0])) !=
      napi_ok) {
    return NULL;
  }
  napi_set_named_property(env, exports, "ZLIB_VERNUM", make_int(env, ZLIB_VERNUM));
  return exports;
}
