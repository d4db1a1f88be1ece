/* The perf_hooks plugin's native half (Node-API + libuv).
 *
 *  - Histograms: an HDR histogram (values bucketed to `figures`
 *    significant decimal digits between `lowest` and `highest`, as
 *    HdrHistogram does, so min/max/mean/stddev/percentiles match Node's),
 *    plus Node's separate count/exceeds counters. A histogram is a plain
 *    object wrapping the native state; the functions below take it as
 *    their first argument.
 *  - Event loop delay: a histogram with an unref'd repeating uv_timer that
 *    records the time between its callbacks (in ns).
 *
 *  - Garbage collections ('gc' entries): while JS observes them, the
 *    core's GC observer (ABI 1.4) records each collection here, from
 *    inside the collector; an unref'd zero-delay uv_timer then hands the
 *    batch to JS, as Node's unref'd immediate does (a collection right
 *    before the process exits is not reported, as in Node).
 *
 * Timestamps handed to JS are milliseconds (double) since this plugin was
 * initialised; perf_hooks.js maps them onto performance.now(). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <node_api.h>
#include <uv.h>

#include "sdk/mosaic_plugin.h"

/* ------------------------------------------------------------------------ */
/* HDR histogram */

typedef struct {
  int64_t lowest;
  int64_t highest;
  int32_t figures;
  int32_t unit_magnitude;
  int32_t sub_bucket_half_count_magnitude;
  int32_t sub_bucket_count;
  int32_t sub_bucket_half_count;
  int64_t sub_bucket_mask;
  int32_t bucket_count;
  int32_t counts_len;
  int64_t total_count;
  int64_t min_value;
  int64_t max_value;
  int64_t* counts;
} hdr_t;

static int hdr_setup(hdr_t* h, int64_t lowest, int64_t highest, int32_t figures) {
  if (lowest < 1 || figures < 1 || figures > 5 || highest < 2 * lowest) return -1;
  int64_t single_unit_limit = 2;
  for (int i = 0; i < figures; i++) single_unit_limit *= 10;
  int32_t sub_bucket_count_magnitude = (int32_t)ceil(log2((double)single_unit_limit));
  h->sub_bucket_half_count_magnitude =
      (sub_bucket_count_magnitude > 1 ? sub_bucket_count_magnitude : 1) - 1;
  h->unit_magnitude = 63 - __builtin_clzll((uint64_t)lowest);
  if (h->unit_magnitude + h->sub_bucket_half_count_magnitude > 61) return -1;
  h->sub_bucket_count = 1 << (h->sub_bucket_half_count_magnitude + 1);
  h->sub_bucket_half_count = h->sub_bucket_count / 2;
  h->sub_bucket_mask = ((int64_t)h->sub_bucket_count - 1) << h->unit_magnitude;
  /* Buckets needed to reach `highest`. */
  int64_t smallest_untrackable = ((int64_t)h->sub_bucket_count) << h->unit_magnitude;
  int32_t buckets = 1;
  while (smallest_untrackable <= highest) {
    if (smallest_untrackable > INT64_MAX / 2) {
      buckets++;
      break;
    }
    smallest_untrackable <<= 1;
    buckets++;
  }
  h->bucket_count = buckets;
  h->counts_len = (buckets + 1) * (h->sub_bucket_count / 2);
  h->counts = calloc((size_t)h->counts_len, sizeof(int64_t));
  if (h->counts == NULL) return -1;
  h->lowest = lowest;
  h->highest = highest;
  h->figures = figures;
  h->total_count = 0;
  h->min_value = INT64_MAX;
  h->max_value = 0;
  return 0;
}

static void hdr_free(hdr_t* h) {
  free(h->counts);
  h->counts = NULL;
}

static int32_t bucket_index(const hdr_t* h, int64_t value) {
  int32_t pow2ceiling = 64 - __builtin_clzll((uint64_t)(value | h->sub_bucket_mask));
  return pow2ceiling - h->unit_magnitude - (h->sub_bucket_half_count_magnitude + 1);
}

static int32_t sub_bucket_index(const hdr_t* h, int64_t value, int32_t bucket) {
  return (int32_t)(value >> (bucket + h->unit_magnitude));
}

static int32_t counts_index(const hdr_t* h, int32_t bucket, int32_t sub) {
  int32_t base = (bucket + 1) << h->sub_bucket_half_count_magnitude;
  return base + (sub - h->sub_bucket_half_count);
}

static int32_t counts_index_for(const hdr_t* h, int64_t value) {
  int32_t bucket = bucket_index(h, value);
  return counts_index(h, bucket, sub_bucket_index(h, value, bucket));
}

static int64_t value_from_index(const hdr_t* h, int32_t bucket, int32_t sub) {
  return ((int64_t)sub) << (bucket + h->unit_magnitude);
}

static int64_t value_at_index(const hdr_t* h, int32_t index) {
  int32_t bucket = (index >> h->sub_bucket_half_count_magnitude) - 1;
  int32_t sub = (index & (h->sub_bucket_half_count - 1)) + h->sub_bucket_half_count;
  if (bucket < 0) {
    sub -= h->sub_bucket_half_count;
    bucket = 0;
  }
  return value_from_index(h, bucket, sub);
}

static int64_t range_size(const hdr_t* h, int64_t value) {
  int32_t bucket = bucket_index(h, value);
  int32_t sub = sub_bucket_index(h, value, bucket);
  int32_t adjusted = sub >= h->sub_bucket_count ? bucket + 1 : bucket;
  return ((int64_t)1) << (h->unit_magnitude + adjusted);
}

static int64_t lowest_equivalent(const hdr_t* h, int64_t value) {
  int32_t bucket = bucket_index(h, value);
  return value_from_index(h, bucket, sub_bucket_index(h, value, bucket));
}

static int64_t highest_equivalent(const hdr_t* h, int64_t value) {
  return lowest_equivalent(h, value) + range_size(h, value) - 1;
}

static int64_t median_equivalent(const hdr_t* h, int64_t value) {
  return lowest_equivalent(h, value) + (range_size(h, value) >> 1);
}

static int hdr_record_n(hdr_t* h, int64_t value, int64_t n) {
  if (value < 0 || value > h->highest) return 0;
  int32_t index = counts_index_for(h, value);
  if (index < 0 || index >= h->counts_len) return 0;
  h->counts[index] += n;
  h->total_count += n;
  if (value != 0 && value < h->min_value) h->min_value = value;
  if (value > h->max_value) h->max_value = value;
  return 1;
}

static void hdr_reset(hdr_t* h) {
  memset(h->counts, 0, sizeof(int64_t) * (size_t)h->counts_len);
  h->total_count = 0;
  h->min_value = INT64_MAX;
  h->max_value = 0;
}

static int64_t hdr_min(const hdr_t* h) {
  if (h->counts[0] > 0) return 0;
  if (h->min_value == INT64_MAX) return INT64_MAX;
  return lowest_equivalent(h, h->min_value);
}

static int64_t hdr_max(const hdr_t* h) {
  if (h->max_value == 0) return 0;
  return highest_equivalent(h, h->max_value);
}

static double hdr_mean(const hdr_t* h) {
  /* An integer sum, as HdrHistogram keeps it (so results match Node's). */
  uint64_t total = 0;
  for (int32_t i = 0; i < h->counts_len; i++) {
    if (h->counts[i] != 0) {
      total += (uint64_t)h->counts[i] * (uint64_t)median_equivalent(h, value_at_index(h, i));
    }
  }
  return (double)(int64_t)total / (double)h->total_count;
}

static double hdr_stddev(const hdr_t* h) {
  double mean = hdr_mean(h);
  double sum = 0;
  for (int32_t i = 0; i < h->counts_len; i++) {
    if (h->counts[i] != 0) {
      double dev = (double)median_equivalent(h, value_at_index(h, i)) - mean;
      sum += dev * dev * (double)h->counts[i];
    }
  }
  return sqrt(sum / (double)h->total_count);
}

static int64_t hdr_value_at_percentile(const hdr_t* h, double percentile) {
  double requested = percentile < 100.0 ? percentile : 100.0;
  int64_t wanted = (int64_t)((requested / 100.0) * (double)h->total_count + 0.5);
  if (wanted < 1) wanted = 1;
  int64_t seen = 0;
  int64_t value = 0;
  for (int32_t i = 0; i < h->counts_len; i++) {
    seen += h->counts[i];
    if (seen >= wanted) {
      value = value_at_index(h, i);
      break;
    }
  }
  if (percentile == 0.0) return lowest_equivalent(h, value);
  return highest_equivalent(h, value);
}

/* Percentile iteration with one tick per half distance (HdrHistogram's
 * percentile iterator): 0, 50, 75, 87.5, ... then 100. Calls emit(percentile,
 * lowest value of the bucket reached). */
typedef void (*percentile_fn)(void* ctx, double percentile, int64_t value);

static void hdr_percentiles(const hdr_t* h, percentile_fn emit, void* ctx) {
  int32_t index = -1;
  int64_t cumulative = 0;
  int64_t count = 0;
  int64_t value = 0;
  double next_percentile = 0.0;
  for (;;) {
    if (cumulative >= h->total_count) {
      emit(ctx, 100.0, value);
      return;
    }
    if (index == -1) {
      index = 0;
      count = h->counts[0];
      cumulative += count;
      value = value_at_index(h, 0);
    }
    for (;;) {
      double current = (100.0 * (double)cumulative) / (double)h->total_count;
      if (count != 0 && next_percentile <= current) {
        emit(ctx, next_percentile, value);
        int64_t exponent = (int64_t)(log(100.0 / (100.0 - next_percentile)) / log(2)) + 1;
        double half_distance = pow(2, (double)exponent);
        next_percentile += 100.0 / half_distance;
        break;
      }
      if (index + 1 >= h->counts_len || cumulative >= h->total_count) break;
      index++;
      count = h->counts[index];
      cumulative += count;
      value = value_at_index(h, index);
    }
  }
}

/* ------------------------------------------------------------------------ */
/* Histogram objects */

typedef struct histogram_s {
  hdr_t hdr;
  int64_t count;
  int64_t exceeds;
  uint64_t prev;        /* recordDelta's previous uv_hrtime(), 0 = none */
  /* Event loop delay monitors only: */
  int is_eld;
  int64_t interval_ms;
  uv_timer_t timer;
  int timer_init;
  int running;
  int closing;
  int closed;
  int finalized;
  struct histogram_s* next_eld;
} histogram_t;

static uv_loop_t* g_loop;
static uint64_t g_base_ns;
static histogram_t* g_elds;     /* live delay monitors */

static void record(histogram_t* hist, int64_t value) {
  if (hdr_record_n(&hist->hdr, value, 1)) {
    hist->count++;
  } else {
    hist->exceeds++;
  }
}

static void record_delta(histogram_t* hist) {
  uint64_t now = uv_hrtime();
  if (hist->prev > 0) {
    int64_t delta = (int64_t)(now - hist->prev);
    if (delta > 0) record(hist, delta);
  }
  hist->prev = now;
}

static void unlink_eld(histogram_t* hist) {
  for (histogram_t** p = &g_elds; *p != NULL; p = &(*p)->next_eld) {
    if (*p == hist) {
      *p = hist->next_eld;
      return;
    }
  }
}

static void free_histogram(histogram_t* hist) {
  hdr_free(&hist->hdr);
  free(hist);
}

static void on_timer_closed(uv_handle_t* handle) {
  histogram_t* hist = (histogram_t*)handle->data;
  hist->closed = 1;
  if (hist->finalized) free_histogram(hist);
}

static void close_timer(histogram_t* hist) {
  if (!hist->timer_init || hist->closing) return;
  uv_timer_stop(&hist->timer);
  hist->running = 0;
  hist->closing = 1;
  uv_close((uv_handle_t*)&hist->timer, on_timer_closed);
}

static void finalize_histogram(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  histogram_t* hist = (histogram_t*)data;
  hist->finalized = 1;
  if (hist->is_eld) {
    unlink_eld(hist);
    if (hist->timer_init && !hist->closed) {
      close_timer(hist);  /* freed once closed */
      return;
    }
  }
  free_histogram(hist);
}

static void on_eld_timer(uv_timer_t* timer) {
  record_delta((histogram_t*)timer->data);
}

/* ------------------------------------------------------------------------ */
/* Argument helpers */

#define MAX_ARGS 4

static size_t get_args(napi_env env, napi_callback_info info, napi_value* argv) {
  size_t argc = MAX_ARGS;
  for (size_t i = 0; i < MAX_ARGS; i++) argv[i] = NULL;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return 0;
  return argc;
}

static histogram_t* unwrap(napi_env env, napi_value value) {
  void* data = NULL;
  if (value == NULL || napi_unwrap(env, value, &data) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_THIS", "Value of \"this\" must be of type Histogram");
    return NULL;
  }
  return (histogram_t*)data;
}

static napi_value number(napi_env env, double d) {
  napi_value v;
  napi_create_double(env, d, &v);
  return v;
}

static napi_value int64_value(napi_env env, int64_t i, int as_bigint) {
  napi_value v;
  if (as_bigint) {
    napi_create_bigint_int64(env, i, &v);
  } else {
    napi_create_double(env, (double)i, &v);
  }
  return v;
}

static napi_value boolean(napi_env env, int b) {
  napi_value v;
  napi_get_boolean(env, b != 0, &v);
  return v;
}

static int is_true(napi_env env, napi_value v) {
  bool b = false;
  if (v != NULL) napi_get_value_bool(env, v, &b);
  return b;
}

/* A number or a bigint as int64; returns 0 (after throwing) when not
 * representable. */
static int get_int64(napi_env env, napi_value value, int64_t* out) {
  napi_valuetype type;
  napi_typeof(env, value, &type);
  if (type == napi_bigint) {
    bool lossless = false;
    napi_get_value_bigint_int64(env, value, out, &lossless);
    if (!lossless) {
      napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "value is out of range");
      return 0;
    }
    return 1;
  }
  double d = 0;
  napi_get_value_double(env, value, &d);
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "value is out of range");
    return 0;
  }
  *out = (int64_t)d;
  return 1;
}

static napi_value wrap_new(napi_env env, histogram_t* hist) {
  napi_value obj;
  if (napi_create_object(env, &obj) != napi_ok ||
      napi_wrap(env, obj, hist, finalize_histogram, NULL, NULL) != napi_ok) {
    free_histogram(hist);
    return NULL;
  }
  return obj;
}

/* ------------------------------------------------------------------------ */
/* Binding functions */

/* create(lowest, highest, figures) -> handle */
static napi_value Create(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  int64_t lowest, highest;
  int32_t figures = 3;
  if (!get_int64(env, argv[0], &lowest) || !get_int64(env, argv[1], &highest)) return NULL;
  napi_get_value_int32(env, argv[2], &figures);
  histogram_t* hist = calloc(1, sizeof(*hist));
  if (hist == NULL || hdr_setup(&hist->hdr, lowest, highest, figures) != 0) {
    free(hist);
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "Invalid histogram range");
    return NULL;
  }
  return wrap_new(env, hist);
}

/* createEld(intervalMs) -> handle (lowest 1000 ns, highest INT64_MAX) */
static napi_value CreateEld(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  double interval = 10;
  napi_get_value_double(env, argv[0], &interval);
  histogram_t* hist = calloc(1, sizeof(*hist));
  if (hist == NULL || hdr_setup(&hist->hdr, 1000, INT64_MAX, 3) != 0) {
    free(hist);
    napi_throw_error(env, NULL, "Out of memory");
    return NULL;
  }
  hist->is_eld = 1;
  hist->interval_ms = interval < 1 ? 1 : (int64_t)interval;
  napi_value obj = wrap_new(env, hist);
  if (obj != NULL) {
    hist->next_eld = g_elds;
    g_elds = hist;
  }
  return obj;
}

/* start(handle) -> false when already running */
static napi_value Start(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  histogram_t* hist = unwrap(env, argv[0]);
  if (hist == NULL) return NULL;
  if (!hist->is_eld || hist->running || hist->closing) return boolean(env, 0);
  if (!hist->timer_init) {
    if (uv_timer_init(g_loop, &hist->timer) != 0) return boolean(env, 0);
    hist->timer.data = hist;
    hist->timer_init = 1;
  }
  hist->prev = 0;
  uv_timer_start(&hist->timer, on_eld_timer, (uint64_t)hist->interval_ms,
                 (uint64_t)hist->interval_ms);
  uv_unref((uv_handle_t*)&hist->timer);
  hist->running = 1;
  return boolean(env, 1);
}

/* stop(handle) -> false when not running */
static napi_value Stop(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  histogram_t* hist = unwrap(env, argv[0]);
  if (hist == NULL) return NULL;
  if (!hist->running) return boolean(env, 0);
  uv_timer_stop(&hist->timer);
  hist->running = 0;
  return boolean(env, 1);
}

/* record(handle, value): value is a positive int64 (number or bigint) */
static napi_value Record(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  histogram_t* hist = unwrap(env, argv[0]);
  int64_t value;
  if (hist == NULL || !get_int64(env, argv[1], &value)) return NULL;
  if (value < 1) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "value is out of range");
    return NULL;
  }
  record(hist, value);
  return NULL;
}

static napi_value RecordDelta(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  histogram_t* hist = unwrap(env, argv[0]);
  if (hist == NULL) return NULL;
  record_delta(hist);
  return NULL;
}

/* add(handle, otherHandle): merges the other's values (those out of this
 * histogram's range are dropped) and counters. */
static napi_value Add(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  histogram_t* hist = unwrap(env, argv[0]);
  if (hist == NULL) return NULL;
  histogram_t* other = unwrap(env, argv[1]);
  if (other == NULL) return NULL;
  const hdr_t* from = &other->hdr;
  for (int32_t i = 0; i < from->counts_len; i++) {
    if (from->counts[i] != 0) hdr_record_n(&hist->hdr, value_at_index(from, i), from->counts[i]);
  }
  hist->count += other->count;
  hist->exceeds += other->exceeds;
  return NULL;
}

static napi_value Reset(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  histogram_t* hist = unwrap(env, argv[0]);
  if (hist == NULL) return NULL;
  hdr_reset(&hist->hdr);
  hist->count = 0;
  hist->exceeds = 0;
  hist->prev = 0;
  return NULL;
}

/* get(handle, what, asBigInt): what is 'count', 'exceeds', 'min', 'max',
 * 'mean' or 'stddev'. */
static napi_value Get(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  histogram_t* hist = unwrap(env, argv[0]);
  if (hist == NULL) return NULL;
  char what[16] = "";
  size_t len = 0;
  napi_get_value_string_utf8(env, argv[1], what, sizeof(what), &len);
  int big = is_true(env, argv[2]);
  if (strcmp(what, "count") == 0) return int64_value(env, hist->count, big);
  if (strcmp(what, "exceeds") == 0) return int64_value(env, hist->exceeds, big);
  if (strcmp(what, "min") == 0) return int64_value(env, hdr_min(&hist->hdr), big);
  if (strcmp(what, "max") == 0) return int64_value(env, hdr_max(&hist->hdr), big);
  if (strcmp(what, "mean") == 0) return number(env, hdr_mean(&hist->hdr));
  if (strcmp(what, "stddev") == 0) return number(env, hdr_stddev(&hist->hdr));
  return NULL;
}

/* percentile(handle, p, asBigInt) */
static napi_value Percentile(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  histogram_t* hist = unwrap(env, argv[0]);
  if (hist == NULL) return NULL;
  double p = 0;
  napi_get_value_double(env, argv[1], &p);
  return int64_value(env, hdr_value_at_percentile(&hist->hdr, p), is_true(env, argv[2]));
}

typedef struct {
  napi_env env;
  napi_value array;
  uint32_t index;
  int big;
} percentile_ctx;

static void push_percentile(void* data, double percentile, int64_t value) {
  percentile_ctx* ctx = (percentile_ctx*)data;
  napi_set_element(ctx->env, ctx->array, ctx->index++, number(ctx->env, percentile));
  napi_set_element(ctx->env, ctx->array, ctx->index++, int64_value(ctx->env, value, ctx->big));
}

/* percentiles(handle, asBigInt) -> [percentile, value, percentile, value...] */
static napi_value Percentiles(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  histogram_t* hist = unwrap(env, argv[0]);
  if (hist == NULL) return NULL;
  percentile_ctx ctx = {env, NULL, 0, is_true(env, argv[1])};
  if (napi_create_array(env, &ctx.array) != napi_ok) return NULL;
  hdr_percentiles(&hist->hdr, push_percentile, &ctx);
  return ctx.array;
}

/* isHandle(value) -> whether value wraps a histogram */
static napi_value IsHandle(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  napi_valuetype type = napi_undefined;
  void* data = NULL;
  if (argv[0] != NULL) napi_typeof(env, argv[0], &type);
  int ok = type == napi_object && napi_unwrap(env, argv[0], &data) == napi_ok && data != NULL;
  if (!ok) {
    /* napi_unwrap leaves no pending exception; nothing to clear. */
  }
  return boolean(env, ok);
}

/* ------------------------------------------------------------------------ */
/* Time and loop metrics */

/* now() -> ms since the plugin's initialisation (monotonic) */
static napi_value Now(napi_env env, napi_callback_info info) {
  (void)info;
  return number(env, (double)(uv_hrtime() - g_base_ns) / 1e6);
}

/* ------------------------------------------------------------------------ */
/* Garbage collections */

/* One collection as JS gets it: 4 doubles (kind, flags, start ms, ms). */
enum { kGcFields = 4 };

static napi_env g_env;
static napi_ref g_gc_deliver; /* JS function(Float64Array) while observing */
static uv_timer_t g_gc_timer;
static int g_gc_timer_init;
static double* g_gc_batch; /* kGcFields doubles per collection */
static size_t g_gc_count, g_gc_capacity;

static const mosaic_runtime_api* gc_api(void) {
  const mosaic_runtime_api* api = mosaic_get_runtime_api();
  if (api->struct_size < offsetof(mosaic_runtime_api, remove_gc_observer) +
                             sizeof(api->remove_gc_observer)) {
    return NULL; /* a core older than ABI 1.4 */
  }
  return api;
}

static void deliver_gc(uv_timer_t* timer) {
  (void)timer;
  size_t count = g_gc_count;
  g_gc_count = 0;
  if (count == 0 || g_gc_deliver == NULL) return;
  napi_env env = g_env;
  napi_handle_scope scope;
  if (napi_open_handle_scope(env, &scope) != napi_ok) return;
  void* data = NULL;
  napi_value buffer, array, fn;
  size_t bytes = count * kGcFields * sizeof(double);
  if (napi_create_arraybuffer(env, bytes, &data, &buffer) == napi_ok &&
      napi_create_typedarray(env, napi_float64_array, count * kGcFields, buffer, 0, &array) ==
          napi_ok &&
      napi_get_reference_value(env, g_gc_deliver, &fn) == napi_ok && fn != NULL) {
    memcpy(data, g_gc_batch, bytes);
    napi_value global, result;
    napi_get_global(env, &global);
    if (napi_make_callback(env, NULL, global, fn, 1, &array, &result) ==
        napi_pending_exception) {
      napi_value error;
      napi_get_and_clear_last_exception(env, &error);
      napi_fatal_exception(env, error);
    }
  }
  napi_close_handle_scope(env, scope);
}

/* Inside the collector: no Node-API here. A collection that finds no
 * memory for its record is dropped rather than failing the collector. */
static void on_gc(void* data, uint32_t kind, uint32_t flags, uint64_t start_ns,
                  uint64_t duration_ns) {
  (void)data;
  if (g_gc_count == g_gc_capacity) {
    size_t capacity = g_gc_capacity == 0 ? 16 : g_gc_capacity * 2;
    double* grown = realloc(g_gc_batch, capacity * kGcFields * sizeof(double));
    if (grown == NULL) return;
    g_gc_batch = grown;
    g_gc_capacity = capacity;
  }
  double* entry = g_gc_batch + g_gc_count++ * kGcFields;
  entry[0] = kind;
  entry[1] = flags;
  entry[2] = (double)(start_ns - g_base_ns) / 1e6;
  entry[3] = (double)duration_ns / 1e6;
  if (!uv_is_active((uv_handle_t*)&g_gc_timer)) uv_timer_start(&g_gc_timer, deliver_gc, 0, 0);
}

static void stop_gc_observer(napi_env env) {
  if (g_gc_deliver == NULL) return;
  gc_api()->remove_gc_observer(env, on_gc, NULL);
  napi_delete_reference(env, g_gc_deliver);
  g_gc_deliver = NULL;
  uv_timer_stop(&g_gc_timer);
  g_gc_count = 0;
}

/* observeGc(deliver) -> whether collections are now reported to
 * deliver(Float64Array); observeGc(null) stops. */
static napi_value ObserveGc(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  napi_valuetype type = napi_undefined;
  if (argv[0] != NULL) napi_typeof(env, argv[0], &type);
  if (type != napi_function) {
    stop_gc_observer(env);
    return boolean(env, 1);
  }
  const mosaic_runtime_api* api = gc_api();
  if (api == NULL || !g_gc_timer_init) return boolean(env, 0);
  if (g_gc_deliver != NULL) {
    napi_delete_reference(env, g_gc_deliver);
    g_gc_deliver = NULL;
  } else if (api->add_gc_observer(env, on_gc, NULL) != napi_ok) {
    return boolean(env, 0);
  }
  g_env = env;
  napi_create_reference(env, argv[0], 1, &g_gc_deliver);
  return boolean(env, 1);
}

static void cleanup(void* arg) {
  stop_gc_observer((napi_env)arg);
  if (g_gc_timer_init) {
    uv_close((uv_handle_t*)&g_gc_timer, NULL);
    g_gc_timer_init = 0;
  }
  free(g_gc_batch);
  g_gc_batch = NULL;
  g_gc_capacity = 0;
  for (histogram_t* hist = g_elds; hist != NULL; hist = hist->next_eld) close_timer(hist);
  g_elds = NULL;
}

napi_value mosaic_plugin_init(napi_env env, napi_value exports) {
  static const mosaic_function kMethods[] = {
      {"create", Create},
      {"createEld", CreateEld},
      {"start", Start},
      {"stop", Stop},
      {"record", Record},
      {"recordDelta", RecordDelta},
      {"add", Add},
      {"reset", Reset},
      {"get", Get},
      {"percentile", Percentile},
      {"percentiles", Percentiles},
      {"isHandle", IsHandle},
      {"now", Now},
      {"observeGc", ObserveGc},
  };
  g_base_ns = uv_hrtime();
  if (napi_get_uv_event_loop(env, &g_loop) != napi_ok || g_loop == NULL) return NULL;
  if (uv_timer_init(g_loop, &g_gc_timer) == 0) {
    g_gc_timer_init = 1;
    uv_unref((uv_handle_t*)&g_gc_timer);
  }
  napi_add_env_cleanup_hook(env, cleanup, env);
  if (mosaic_export_functions(env, exports, kMethods, sizeof(kMethods) / sizeof(kMethods[0])) !=
      napi_ok) {
    return NULL;
  }
  return exports;
}
