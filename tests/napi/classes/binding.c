/* Classes and wrapping: napi_define_class (instance, static and accessor
 * members), napi_wrap/napi_unwrap/napi_remove_wrap with finalizers,
 * externals. */
#define NAPI_VERSION 9
#include <stdlib.h>

#include "../common.h"

typedef struct {
  double x;
  double y;
} Point;

static int points_finalized = 0;
static int wraps_finalized = 0;
static int externals_finalized = 0;
static napi_ref constructor_ref = NULL;

static void PointFinalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  points_finalized++;
  free(data);
}

static napi_value PointNew(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value args[2], this_arg, new_target;
  CHECK_CALL(env, napi_get_cb_info(env, info, &argc, args, &this_arg, NULL));
  CHECK_CALL(env, napi_get_new_target(env, info, &new_target));
  if (new_target == NULL) {
    napi_throw_type_error(env, "ERR_CALL_WITHOUT_NEW", "Point must be called with new");
    return NULL;
  }
  Point* p = malloc(sizeof(*p));
  p->x = 0;
  p->y = 0;
  if (argc > 0) CHECK_CALL(env, napi_get_value_double(env, args[0], &p->x));
  if (argc > 1) CHECK_CALL(env, napi_get_value_double(env, args[1], &p->y));
  CHECK_CALL(env, napi_wrap(env, this_arg, p, PointFinalize, NULL, NULL));
  return this_arg;
}

static Point* Unwrap(napi_env env, napi_callback_info info, size_t* argc,
                     napi_value* args) {
  napi_value this_arg;
  void* data = NULL;
  if (napi_get_cb_info(env, info, argc, args, &this_arg, NULL) != napi_ok) return NULL;
  if (napi_unwrap(env, this_arg, &data) != napi_ok) {
    test_throw_last_error(env, "napi_unwrap");
    return NULL;
  }
  return data;
}

static napi_value PointSum(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  Point* p = Unwrap(env, info, &argc, NULL);
  if (p == NULL) return NULL;
  return test_double(env, p->x + p->y);
}

static napi_value PointGetX(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  Point* p = Unwrap(env, info, &argc, NULL);
  if (p == NULL) return NULL;
  return test_double(env, p->x);
}

static napi_value PointSetX(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value value;
  Point* p = Unwrap(env, info, &argc, &value);
  if (p == NULL) return NULL;
  CHECK_CALL(env, napi_get_value_double(env, value, &p->x));
  return NULL;
}

/* Point.create(x, y): a static factory using the stored constructor. */
static napi_value PointCreate(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value args[2], ctor, result;
  CHECK_CALL(env, napi_get_cb_info(env, info, &argc, args, NULL, NULL));
  CHECK_CALL(env, napi_get_reference_value(env, constructor_ref, &ctor));
  CHECK_CALL(env, napi_new_instance(env, ctor, argc, args, &result));
  return result;
}

static napi_value DefineClassChecks(napi_env env, napi_callback_info info) {
  napi_value result, cls;
  (void)info;
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "nullConstructor",
           STATUS_OF(env, napi_define_class(env, "X", NAPI_AUTO_LENGTH, NULL, NULL,
                                            0, NULL, &cls)));
  test_set(env, result, "nullProperties",
           STATUS_OF(env, napi_define_class(env, "X", NAPI_AUTO_LENGTH, PointNew,
                                            NULL, 1, NULL, &cls)));
  test_set(env, result, "nullName",
           STATUS_OF(env, napi_define_class(env, NULL, NAPI_AUTO_LENGTH, PointNew,
                                            NULL, 0, NULL, &cls)));
  return result;
}

static void WrapFinalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)data;
  wraps_finalized += (int)(intptr_t)hint;
}

/* wrap(obj, tag): wraps with a static pointer; returns the status. */
static int wrap_data = 1234;

static napi_value Wrap(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  return STATUS_OF(env, napi_wrap(env, args[0], &wrap_data, WrapFinalize,
                                  (void*)(intptr_t)1, NULL));
}

/* The usual pattern: the returned reference is deleted by the finalizer. */
static void WrapFinalizeRef(napi_env env, void* data, void* hint) {
  napi_ref* slot = hint;
  (void)data;
  wraps_finalized += 100;
  napi_delete_reference(env, *slot);
  free(slot);
}

static napi_value WrapWithRef(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool delete_now;
  uint32_t count;
  napi_ref* slot = malloc(sizeof(napi_ref));
  CHECK_CALL(env, napi_get_value_bool(env, args[1], &delete_now));
  CHECK_CALL(env, napi_wrap(env, args[0], &wrap_data, WrapFinalizeRef, slot, slot));
  /* the returned reference is weak (count 0) and alive */
  CHECK_CALL(env, napi_reference_ref(env, *slot, &count));
  CHECK(env, count == 1);
  CHECK_CALL(env, napi_reference_unref(env, *slot, &count));
  CHECK(env, count == 0);
  if (delete_now) {
    /* deleting it early cancels the finalizer */
    CHECK_CALL(env, napi_delete_reference(env, *slot));
    free(slot);
  }
  return NULL;
}

static napi_value WrapNullResultChecks(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_ref ref;
  /* a finalizer is required when a reference is returned */
  return STATUS_OF(env, napi_wrap(env, args[0], &wrap_data, NULL, NULL, &ref));
}

static napi_value UnwrapValue(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data;
  napi_status status = napi_unwrap(env, args[0], &data);
  if (status != napi_ok) return STATUS_OF(env, status);
  return test_int32(env, *(int*)data);
}

static napi_value RemoveWrap(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data;
  CHECK_CALL(env, napi_remove_wrap(env, args[0], &data));
  return test_int32(env, *(int*)data);
}

static void ExternalFinalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  externals_finalized += *(int*)data;
  free(data);
}

static napi_value CreateExternal(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int* data = malloc(sizeof(int));
  napi_value result;
  CHECK_CALL(env, napi_get_value_int32(env, args[0], data));
  CHECK_CALL(env, napi_create_external(env, data, ExternalFinalize, NULL, &result));
  return result;
}

static napi_value ExternalValue(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data;
  napi_status status = napi_get_value_external(env, args[0], &data);
  if (status != napi_ok) return STATUS_OF(env, status);
  return test_int32(env, *(int*)data);
}

static napi_value Counts(napi_env env, napi_callback_info info) {
  napi_value result;
  (void)info;
  CHECK_CALL(env, napi_create_object(env, &result));
  test_set(env, result, "points", test_int32(env, points_finalized));
  test_set(env, result, "wraps", test_int32(env, wraps_finalized));
  test_set(env, result, "externals", test_int32(env, externals_finalized));
  return result;
}

NAPI_MODULE_INIT() {
  napi_value version, cls;
  CHECK_CALL(env, napi_create_string_utf8(env, "1.0", NAPI_AUTO_LENGTH, &version));
  napi_property_descriptor members[] = {
      {"sum", NULL, PointSum, NULL, NULL, NULL, napi_default_method, NULL},
      {"x", NULL, NULL, PointGetX, PointSetX, NULL, napi_enumerable | napi_configurable, NULL},
      {"kind", NULL, NULL, NULL, NULL, version, napi_enumerable, NULL},
      {"create", NULL, PointCreate, NULL, NULL, NULL, napi_static | napi_default_method, NULL},
      {"VERSION", NULL, NULL, NULL, NULL, version, napi_static | napi_enumerable, NULL},
  };
  CHECK_CALL(env, napi_define_class(env, "Point", NAPI_AUTO_LENGTH, PointNew, NULL,
                                    sizeof(members) / sizeof(members[0]), members, &cls));
  CHECK_CALL(env, napi_create_reference(env, cls, 1, &constructor_ref));
  CHECK_CALL(env, napi_set_named_property(env, exports, "Point", cls));
  napi_property_descriptor methods[] = {
      METHOD("defineClassChecks", DefineClassChecks),
      METHOD("wrap", Wrap),
      METHOD("wrapWithRef", WrapWithRef),
      METHOD("wrapNullResultChecks", WrapNullResultChecks),
      METHOD("unwrap", UnwrapValue),
      METHOD("removeWrap", RemoveWrap),
      METHOD("createExternal", CreateExternal),
      METHOD("externalValue", ExternalValue),
      METHOD("counts", Counts),
  };
  EXPORT_METHODS(env, exports, methods);
  return exports;
}
