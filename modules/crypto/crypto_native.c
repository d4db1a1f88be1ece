/* The crypto plugin's native half, on BoringSSL (Debian's
 * android-libboringssl; the plugin is opened RTLD_DEEPBIND, so these
 * symbols bind to BoringSSL, not to the OpenSSL 3 libnode carries):
 * random bytes, message digests and HMACs, PBKDF2 (the callback forms of
 * random fills and PBKDF2 on the thread pool). */
#define _GNU_SOURCE /* dladdr */
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include <node_api.h>
#include <openssl/digest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/mem.h>
#include <openssl/rand.h>

#include "sdk/mosaic_plugin.h"

#define MAX_ARGS 5

static void get_args(napi_env env, napi_callback_info info, napi_value* argv) {
  size_t argc = MAX_ARGS;
  for (size_t i = 0; i < MAX_ARGS; i++) argv[i] = NULL;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
}

/* The bytes of a TypedArray or DataView argument. */
static int view_bytes(napi_env env, napi_value value, uint8_t** data, size_t* length) {
  bool is_typed = false, is_view = false;
  napi_is_typedarray(env, value, &is_typed);
  if (is_typed) {
    napi_typedarray_type type;
    size_t count;
    void* base;
    napi_get_typedarray_info(env, value, &type, &count, &base, NULL, NULL);
    size_t element = 1;
    switch (type) {
      case napi_int16_array: case napi_uint16_array: element = 2; break;
      case napi_int32_array: case napi_uint32_array: case napi_float32_array: element = 4; break;
      case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: element = 8; break;
      default: break;
    }
    *data = base;
    *length = count * element;
    return 1;
  }
  napi_is_dataview(env, value, &is_view);
  if (is_view) {
    void* base;
    napi_get_dataview_info(env, value, length, &base, NULL, NULL);
    *data = base;
    return 1;
  }
  return 0;
}

static napi_value buffer_of(napi_env env, const uint8_t* data, size_t length) {
  napi_value result = NULL;
  void* out = NULL;
  napi_create_buffer_copy(env, length, length ? (const void*)data : "", &out, &result);
  return result;
}

static const EVP_MD* digest_named(napi_env env, napi_value name) {
  char text[64];
  size_t length = 0;
  if (napi_get_value_string_utf8(env, name, text, sizeof(text), &length) != napi_ok) return NULL;
  return EVP_get_digestbyname(text);
}

/* The bytes (view, offset, size) of argv[0..2] name, when in range. */
static int fill_range(napi_env env, napi_value* argv, uint8_t** out, size_t* out_length) {
  uint8_t* data;
  size_t length;
  if (!view_bytes(env, argv[0], &data, &length)) return 0;
  double offset = 0, size = 0;
  napi_get_value_double(env, argv[1], &offset);
  napi_get_value_double(env, argv[2], &size);
  if (offset < 0 || size < 0 || offset + size > (double)length) return 0;
  *out = data + (size_t)offset;
  *out_length = (size_t)size;
  return 1;
}

/* randomFill(view, offset, size): fills the bytes with the CSPRNG. */
static napi_value RandomFill(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  uint8_t* out;
  size_t length;
  if (fill_range(env, argv, &out, &length)) RAND_bytes(out, length);
  return NULL;
}

/* A hash or HMAC in progress, behind one pair of update/digest functions. */
typedef struct {
  int hmac;
  EVP_MD_CTX* md;
  HMAC_CTX* mac;
} digest_t;

static void free_digest(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  digest_t* d = data;
  EVP_MD_CTX_free(d->md);
  HMAC_CTX_free(d->mac);
  free(d);
}

static napi_value wrap_digest(napi_env env, digest_t* d) {
  napi_value result = NULL;
  if (napi_create_external(env, d, free_digest, NULL, &result) != napi_ok) {
    free_digest(env, d, NULL);
    return NULL;
  }
  return result;
}

static digest_t* unwrap(napi_env env, napi_value value) {
  void* data = NULL;
  napi_get_value_external(env, value, &data);
  return data;
}

/* hashNew(name) -> a digest context, or null for an unknown algorithm */
static napi_value HashNew(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  const EVP_MD* md = digest_named(env, argv[0]);
  napi_value null_value;
  napi_get_null(env, &null_value);
  digest_t* d = md == NULL ? NULL : calloc(1, sizeof(digest_t));
  if (d == NULL) return null_value;
  d->md = EVP_MD_CTX_new();
  if (d->md == NULL || !EVP_DigestInit_ex(d->md, md, NULL)) {
    free_digest(env, d, NULL);
    return null_value;
  }
  return wrap_digest(env, d);
}

/* hmacNew(name, keyView) -> an HMAC context, or null for an unknown digest */
static napi_value HmacNew(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  const EVP_MD* md = digest_named(env, argv[0]);
  napi_value null_value;
  napi_get_null(env, &null_value);
  uint8_t* key;
  size_t key_length;
  if (md == NULL || !view_bytes(env, argv[1], &key, &key_length)) return null_value;
  digest_t* d = calloc(1, sizeof(digest_t));
  if (d == NULL) return null_value;
  d->hmac = 1;
  d->mac = HMAC_CTX_new();
  if (d->mac == NULL ||
      !HMAC_Init_ex(d->mac, key_length ? key : (const uint8_t*)"", key_length, md, NULL)) {
    free_digest(env, d, NULL);
    return null_value;
  }
  return wrap_digest(env, d);
}

/* update(context, view) */
static napi_value Update(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  uint8_t* data;
  size_t length;
  digest_t* d = unwrap(env, argv[0]);
  if (d == NULL || !view_bytes(env, argv[1], &data, &length)) return NULL;
  if (d->hmac) HMAC_Update(d->mac, data, length);
  else EVP_DigestUpdate(d->md, data, length);
  return NULL;
}

/* digest(context) -> Buffer */
static napi_value Digest(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  digest_t* d = unwrap(env, argv[0]);
  uint8_t out[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (d == NULL) return NULL;
  int ok = d->hmac ? HMAC_Final(d->mac, out, &length) : EVP_DigestFinal_ex(d->md, out, &length);
  return ok ? buffer_of(env, out, length) : NULL;
}

/* hashCopy(context) -> an independent hash context in the same state */
static napi_value HashCopy(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  digest_t* d = unwrap(env, argv[0]);
  digest_t* copy = d == NULL || d->hmac ? NULL : calloc(1, sizeof(digest_t));
  if (copy == NULL) return NULL;
  copy->md = EVP_MD_CTX_new();
  if (copy->md == NULL || !EVP_MD_CTX_copy_ex(copy->md, d->md)) {
    free_digest(env, copy, NULL);
    return NULL;
  }
  return wrap_digest(env, copy);
}

/* pbkdf2(password, salt, iterations, keylen, digestName) -> Buffer, or
 * null for an unknown digest */
static napi_value Pbkdf2(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  uint8_t *password, *salt;
  size_t password_length, salt_length;
  int32_t iterations = 0, key_length = 0;
  napi_value null_value;
  napi_get_null(env, &null_value);
  const EVP_MD* md = digest_named(env, argv[4]);
  if (md == NULL || !view_bytes(env, argv[0], &password, &password_length) ||
      !view_bytes(env, argv[1], &salt, &salt_length)) {
    return null_value;
  }
  napi_get_value_int32(env, argv[2], &iterations);
  napi_get_value_int32(env, argv[3], &key_length);
  napi_value result = NULL;
  void* out = NULL;
  if (napi_create_buffer(env, (size_t)key_length, &out, &result) != napi_ok) return NULL;
  if (!PKCS5_PBKDF2_HMAC((const char*)password, password_length, salt, salt_length,
                         (unsigned)iterations, md, (size_t)key_length, out)) {
    return null_value;
  }
  return result;
}

/* Work for the thread pool (libuv's, through Node-API async work), as
 * node does it: the views it reads and fills stay referenced until it is
 * done, then callback(ok) runs on the loop. */
typedef struct {
  napi_async_work work;
  napi_ref callback;
  napi_ref views[3];
  int ok;
  uint8_t* out;
  size_t out_length;
  /* pbkdf2's inputs (random fills need none) */
  const EVP_MD* md;
  const uint8_t* password;
  size_t password_length;
  const uint8_t* salt;
  size_t salt_length;
  unsigned iterations;
} job_t;

static void execute_random_fill(napi_env env, void* data) {
  (void)env;
  job_t* job = data;
  job->ok = RAND_bytes(job->out, job->out_length);
}

static void execute_pbkdf2(napi_env env, void* data) {
  (void)env;
  job_t* job = data;
  job->ok = PKCS5_PBKDF2_HMAC((const char*)job->password, job->password_length, job->salt,
                              job->salt_length, job->iterations, job->md, job->out_length,
                              job->out);
}

static void complete_job(napi_env env, napi_status status, void* data) {
  job_t* job = data;
  napi_value callback, global, ok;
  napi_get_reference_value(env, job->callback, &callback);
  napi_get_global(env, &global);
  napi_get_boolean(env, status == napi_ok && job->ok, &ok);
  napi_delete_reference(env, job->callback);
  for (int i = 0; i < 3; i++) {
    if (job->views[i] != NULL) napi_delete_reference(env, job->views[i]);
  }
  napi_delete_async_work(env, job->work);
  free(job);
  napi_call_function(env, global, callback, 1, &ok, NULL);
}

/* Queues `job` (whose views[] the caller filled from `views`). */
static napi_value queue_job(napi_env env, job_t* job, napi_async_execute_callback execute,
                            napi_value callback, napi_value* views, int view_count) {
  napi_value name;
  napi_create_string_utf8(env, "mosaic:crypto", NAPI_AUTO_LENGTH, &name);
  napi_create_reference(env, callback, 1, &job->callback);
  for (int i = 0; i < view_count; i++) napi_create_reference(env, views[i], 1, &job->views[i]);
  if (napi_create_async_work(env, NULL, name, execute, complete_job, job, &job->work) != napi_ok ||
      napi_queue_async_work(env, job->work) != napi_ok) {
    napi_throw_error(env, NULL, "could not queue crypto work");
  }
  return NULL;
}

/* randomFillJob(view, offset, size, callback(ok)) */
static napi_value RandomFillJob(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  uint8_t* out;
  size_t length;
  if (!fill_range(env, argv, &out, &length)) {
    /* The JavaScript side checked the range: a callback must not be lost. */
    napi_throw_range_error(env, NULL, "randomFillJob: range out of bounds");
    return NULL;
  }
  job_t* job = calloc(1, sizeof(job_t));
  if (job == NULL) {
    napi_throw_error(env, NULL, "out of memory");
    return NULL;
  }
  job->out = out;
  job->out_length = length;
  return queue_job(env, job, execute_random_fill, argv[3], argv, 1);
}

/* pbkdf2Job(password, salt, iterations, digestName, key, callback(ok)):
 * fills the view `key`; false when the digest is unknown. */
static napi_value Pbkdf2Job(napi_env env, napi_callback_info info) {
  napi_value argv[6];
  size_t argc = 6;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_value result;
  job_t* job = calloc(1, sizeof(job_t));
  if (job == NULL) {
    napi_throw_error(env, NULL, "out of memory");
    return NULL;
  }
  uint8_t *password, *salt;
  int32_t iterations = 0;
  job->md = digest_named(env, argv[3]);
  if (job->md == NULL || !view_bytes(env, argv[0], &password, &job->password_length) ||
      !view_bytes(env, argv[1], &salt, &job->salt_length) ||
      !view_bytes(env, argv[4], &job->out, &job->out_length)) {
    free(job);
    napi_get_boolean(env, false, &result);
    return result;
  }
  job->password = password;
  job->salt = salt;
  napi_get_value_int32(env, argv[2], &iterations);
  job->iterations = (unsigned)iterations;
  napi_value views[3] = {argv[0], argv[1], argv[4]};
  queue_job(env, job, execute_pbkdf2, argv[5], views, 3);
  napi_get_boolean(env, true, &result);
  return result;
}

/* timingSafeEqual(a, b): same-length views, compared in constant time */
static napi_value TimingSafeEqual(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  uint8_t *a, *b;
  size_t a_length, b_length;
  napi_value result;
  int equal = view_bytes(env, argv[0], &a, &a_length) && view_bytes(env, argv[1], &b, &b_length) &&
              a_length == b_length && CRYPTO_memcmp(a, b, a_length) == 0;
  napi_get_boolean(env, equal, &result);
  return result;
}

/* The file the digest functions come from (tests prove it is BoringSSL). */
static napi_value CryptoLibrary(napi_env env, napi_callback_info info) {
  (void)info;
  Dl_info dl;
  napi_value result = NULL;
  if (dladdr((void*)&EVP_DigestInit_ex, &dl) && dl.dli_fname != NULL) {
    napi_create_string_utf8(env, dl.dli_fname, NAPI_AUTO_LENGTH, &result);
  }
  return result;
}

napi_value mosaic_plugin_init(napi_env env, napi_value exports) {
  static const mosaic_function kMethods[] = {
      {"randomFill", RandomFill}, {"hashNew", HashNew},   {"hmacNew", HmacNew},
      {"update", Update},         {"digest", Digest},     {"hashCopy", HashCopy},
      {"pbkdf2", Pbkdf2},         {"timingSafeEqual", TimingSafeEqual},
      {"cryptoLibrary", CryptoLibrary}, {"randomFillJob", RandomFillJob},
      {"pbkdf2Job", Pbkdf2Job},
  };
  if (mosaic_export_functions(env, exports, kMethods, sizeof(kMethods) / sizeof(kMethods[0])) !=
      napi_ok) {
    return NULL;
  }
  return exports;
}
