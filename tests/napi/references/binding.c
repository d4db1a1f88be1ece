/* References and finalizers: strong/weak references and their counts,
 * collection of weakly held values, napi_add_finalizer, externals,
 * node_api_post_finalizer, napi_adjust_external_memory. */
#define NAPI_VERSION 9
#include <stdlib.h>

#include "../common.h"

extern napi_status node_api_post_finalizer(napi_env env,
                                           napi_finalize finalize_cb,
                                           void* finalize_data,
                                           void* finalize_hint)
    __attribute__((weak));

#define MAX_REFS 16
static napi_ref refs[MAX_REFS];
static int finalized = 0;
static int posted = 0;

static napi_value Create(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  uint32_t slot, count;
  CHECK_CALL(env, napi_get_value_uint32(env, args[0], &slot));
  CHECK_CALL(env, napi_get_value_uint32(env, args[2], &count));
  CHECK(env, slot < MAX_REFS);
  return STATUS_OF(env, napi_create_reference(env, args[1], count, &refs[slot]));
}

static napi_value Value(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t slot;
  napi_value result;
  CHECK_CALL(env, napi_get_value_uint32(env, args[0], &slot));
  CHECK_CALL(env, napi_get_reference_value(env, refs[slot], &result));
  return result;  /* NULL → undefined once collected */
}

static napi_value IsEmpty(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t slot;
  napi_value result;
  CHECK_CALL(env, napi_get_value_uint32(env, args[0], &slot));
  CHECK_CALL(env, napi_get_reference_value(env, refs[slot], &result));
  return test_bool(env, result == NULL);
}

static napi_value Ref(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t slot, count;
  CHECK_CALL(env, napi_get_value_uint32(env, args[0], &slot));
  CHECK_CALL(env, napi_reference_ref(env, refs[slot], &count));
  return test_int32(env, (int32_t)count);
}

static napi_value Unref(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t slot, count = 12345;
  CHECK_CALL(env, napi_get_value_uint32(env, args[0], &slot));
  napi_status status = napi_reference_unref(env, refs[slot], &count);
  if (status != napi_ok) return STATUS_OF(env, -(int)status);
  return test_int32(env, (int32_t)count);
}

static napi_value Delete(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t slot;
  CHECK_CALL(env, napi_get_value_uint32(env, args[0], &slot));
  CHECK_CALL(env, napi_delete_reference(env, refs[slot]));
  refs[slot] = NULL;
  return NULL;
}

static void CountFinalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  finalized += (int)(intptr_t)data;
}

/* addFinalizer(obj, amount, withRef) */
static napi_value AddFinalizer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int32_t amount;
  bool with_ref;
  napi_ref ref;
  CHECK_CALL(env, napi_get_value_int32(env, args[1], &amount));
  CHECK_CALL(env, napi_get_value_bool(env, args[2], &with_ref));
  CHECK_CALL(env, napi_add_finalizer(env, args[0], (void*)(intptr_t)amount,
                                     CountFinalize, NULL, with_ref ? &ref : NULL));
  if (with_ref) {
    /* delete it right away: that cancels the finalizer */
    CHECK_CALL(env, napi_delete_reference(env, ref));
  }
  return NULL;
}

static napi_value AddFinalizerChecks(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value result;
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "nullCallback",
           STATUS_OF(env, napi_add_finalizer(env, args[0], NULL, NULL, NULL, NULL)));
  test_set(env, result, "primitive",
           STATUS_OF(env, napi_add_finalizer(env, test_int32(env, 1), NULL,
                                             CountFinalize, NULL, NULL)));
  return result;
}

static napi_value CreateExternal(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t amount;
  napi_value result;
  CHECK_CALL(env, napi_get_value_int32(env, args[0], &amount));
  CHECK_CALL(env, napi_create_external(env, (void*)(intptr_t)amount, CountFinalize,
                                       NULL, &result));
  return result;
}

static napi_value Finalized(napi_env env, napi_callback_info info) {
  (void)info;
  return test_int32(env, finalized);
}

static void Posted(napi_env env, void* data, void* hint) {
  napi_value value;
  (void)hint;
  /* A posted finalizer may use any Node-API function. */
  if (napi_create_object(env, &value) == napi_ok) posted += (int)(intptr_t)data;
}

static napi_value PostFinalizer(napi_env env, napi_callback_info info) {
  (void)info;
  if (node_api_post_finalizer == NULL) return test_bool(env, false);
  CHECK_CALL(env, node_api_post_finalizer(env, Posted, (void*)(intptr_t)3, NULL));
  return test_bool(env, true);
}

static napi_value PostedCount(napi_env env, napi_callback_info info) {
  (void)info;
  return test_int32(env, posted);
}

static napi_value AdjustExternalMemory(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t change;
  int64_t adjusted;
  CHECK_CALL(env, napi_get_value_int32(env, args[0], &change));
  CHECK_CALL(env, napi_adjust_external_memory(env, change, &adjusted));
  return test_double(env, (double)adjusted);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      METHOD("create", Create),
      METHOD("value", Value),
      METHOD("isEmpty", IsEmpty),
      METHOD("ref", Ref),
      METHOD("unref", Unref),
      METHOD("delete", Delete),
      METHOD("addFinalizer", AddFinalizer),
      METHOD("addFinalizerChecks", AddFinalizerChecks),
      METHOD("createExternal", CreateExternal),
      METHOD("finalized", Finalized),
      METHOD("postFinalizer", PostFinalizer),
      METHOD("postedCount", PostedCount),
      METHOD("adjustExternalMemory", AdjustExternalMemory),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
