// Objects and properties: creation, property and element access,
// napi_define_properties, key enumeration, prototypes, freeze/seal, arrays,
// type tags.
#include "core/napi/napi_internal.h"

using mosaic::napi::ClearLastError;
using mosaic::napi::JsValue;
using mosaic::napi::SetLastError;
using mosaic::napi::StrongLocal;
using mosaic::napi::V8Value;

namespace mosaic {
namespace napi {

napi_status NameFromDescriptor(napi_env env,
                               const napi_property_descriptor* descriptor,
                               v8::Local<v8::Name>* result) {
  if (descriptor->utf8name != nullptr) {
    v8::Local<v8::String> name;
    NAPI_CHECK_NEW_KEY_FROM_UTF8(env, name, descriptor->utf8name);
    *result = name;
    return napi_ok;
  }
  NAPI_RETURN_IF_FALSE(env, descriptor->name != nullptr, napi_name_expected);
  v8::Local<v8::Value> name = V8Value(descriptor->name);
  NAPI_RETURN_IF_FALSE(env, name->IsName(), napi_name_expected);
  *result = name.As<v8::Name>();
  return napi_ok;
}

}  // namespace napi
}  // namespace mosaic

// ---------------------------------------------------------------------------
// Creation

napi_status NAPI_CDECL napi_create_object(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Object::New(env->isolate));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_array(napi_env env, napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(v8::Array::New(env->isolate));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_array_with_length(napi_env env,
                                                     size_t length,
                                                     napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  // V8 takes an int; like node, larger lengths wrap (and V8 clamps
  // negatives to 0).
  *result = JsValue(v8::Array::New(env->isolate, static_cast<int>(length)));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_is_array(napi_env env,
                                     napi_value value,
                                     bool* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsArray();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_array_length(napi_env env,
                                             napi_value value,
                                             uint32_t* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsArray(), napi_array_expected);
  *result = v.As<v8::Array>()->Length();
  return napi_ok;
}

// ---------------------------------------------------------------------------
// Properties by key

napi_status NAPI_CDECL napi_set_property(napi_env env,
                                         napi_value object,
                                         napi_value key,
                                         napi_value value) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> set = obj->Set(context, V8Value(key), V8Value(value));
  NAPI_RETURN_IF_FALSE(env, set.FromMaybe(false), napi_generic_failure);
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_has_property(napi_env env,
                                         napi_value object,
                                         napi_value key,
                                         bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, key);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> has = obj->Has(context, V8Value(key));
  NAPI_RETURN_IF_FALSE(env, has.IsJust(), napi_generic_failure);
  *result = has.FromJust();
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_get_property(napi_env env,
                                         napi_value object,
                                         napi_value key,
                                         napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::MaybeLocal<v8::Value> got = obj->Get(context, V8Value(key));
  NAPI_RETURN_IF_FALSE(env, !got.IsEmpty(), napi_generic_failure);
  *result = JsValue(got.ToLocalChecked());
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_delete_property(napi_env env,
                                            napi_value object,
                                            napi_value key,
                                            bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, key);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> deleted = obj->Delete(context, V8Value(key));
  NAPI_RETURN_IF_FALSE(env, deleted.IsJust(), napi_generic_failure);
  if (result != nullptr) *result = deleted.FromJust();
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_has_own_property(napi_env env,
                                             napi_value object,
                                             napi_value key,
                                             bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, key);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Local<v8::Value> k = V8Value(key);
  NAPI_RETURN_IF_FALSE(env, k->IsName(), napi_name_expected);
  v8::Maybe<bool> has = obj->HasOwnProperty(context, k.As<v8::Name>());
  NAPI_RETURN_IF_FALSE(env, has.IsJust(), napi_generic_failure);
  *result = has.FromJust();
  return NAPI_TRAPPED_STATUS(env);
}

// ---------------------------------------------------------------------------
// Properties by UTF-8 name (hot paths: the key is internalized directly)

napi_status NAPI_CDECL napi_set_named_property(napi_env env,
                                               napi_value object,
                                               const char* utf8name,
                                               napi_value value) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Local<v8::String> key;
  NAPI_CHECK_NEW_KEY_FROM_UTF8(env, key, utf8name);
  v8::Maybe<bool> set = obj->Set(context, key, V8Value(value));
  NAPI_RETURN_IF_FALSE(env, set.FromMaybe(false), napi_generic_failure);
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_has_named_property(napi_env env,
                                               napi_value object,
                                               const char* utf8name,
                                               bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Local<v8::String> key;
  NAPI_CHECK_NEW_KEY_FROM_UTF8(env, key, utf8name);
  v8::Maybe<bool> has = obj->Has(context, key);
  NAPI_RETURN_IF_FALSE(env, has.IsJust(), napi_generic_failure);
  *result = has.FromJust();
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_get_named_property(napi_env env,
                                               napi_value object,
                                               const char* utf8name,
                                               napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::String> key;
  NAPI_CHECK_NEW_KEY_FROM_UTF8(env, key, utf8name);
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::MaybeLocal<v8::Value> got = obj->Get(context, key);
  NAPI_RETURN_IF_FALSE(env, !got.IsEmpty(), napi_generic_failure);
  *result = JsValue(got.ToLocalChecked());
  return NAPI_TRAPPED_STATUS(env);
}

// ---------------------------------------------------------------------------
// Elements

napi_status NAPI_CDECL napi_set_element(napi_env env,
                                        napi_value object,
                                        uint32_t index,
                                        napi_value value) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> set = obj->Set(context, index, V8Value(value));
  NAPI_RETURN_IF_FALSE(env, set.FromMaybe(false), napi_generic_failure);
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_has_element(napi_env env,
                                        napi_value object,
                                        uint32_t index,
                                        bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> has = obj->Has(context, index);
  NAPI_RETURN_IF_FALSE(env, has.IsJust(), napi_generic_failure);
  *result = has.FromJust();
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_get_element(napi_env env,
                                        napi_value object,
                                        uint32_t index,
                                        napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::MaybeLocal<v8::Value> got = obj->Get(context, index);
  NAPI_RETURN_IF_FALSE(env, !got.IsEmpty(), napi_generic_failure);
  *result = JsValue(got.ToLocalChecked());
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_delete_element(napi_env env,
                                           napi_value object,
                                           uint32_t index,
                                           bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> deleted = obj->Delete(context, index);
  NAPI_RETURN_IF_FALSE(env, deleted.IsJust(), napi_generic_failure);
  if (result != nullptr) *result = deleted.FromJust();
  return NAPI_TRAPPED_STATUS(env);
}

// ---------------------------------------------------------------------------
// napi_define_properties

napi_status NAPI_CDECL
napi_define_properties(napi_env env,
                       napi_value object,
                       size_t property_count,
                       const napi_property_descriptor* properties) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  if (property_count > 0) NAPI_CHECK_ARG(env, properties);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);

  for (size_t i = 0; i < property_count; i++) {
    const napi_property_descriptor* p = &properties[i];
    v8::Local<v8::Name> name;
    NAPI_RETURN_IF_NOT_OK(mosaic::napi::NameFromDescriptor(env, p, &name));
    bool enumerable = (p->attributes & napi_enumerable) != 0;
    bool configurable = (p->attributes & napi_configurable) != 0;
    bool writable = (p->attributes & napi_writable) != 0;

    if (p->getter != nullptr || p->setter != nullptr) {
      v8::Local<v8::Function> getter;
      v8::Local<v8::Function> setter;
      if (p->getter != nullptr) {
        NAPI_RETURN_IF_NOT_OK(
            mosaic::napi::NewFunction(env, p->getter, p->data, &getter));
      }
      if (p->setter != nullptr) {
        NAPI_RETURN_IF_NOT_OK(
            mosaic::napi::NewFunction(env, p->setter, p->data, &setter));
      }
      v8::PropertyDescriptor descriptor(getter, setter);
      descriptor.set_enumerable(enumerable);
      descriptor.set_configurable(configurable);
      v8::Maybe<bool> defined = obj->DefineProperty(context, name, descriptor);
      NAPI_RETURN_IF_FALSE(env, defined.FromMaybe(false), napi_invalid_arg);
    } else if (p->method != nullptr) {
      v8::Local<v8::Function> method;
      NAPI_RETURN_IF_NOT_OK(
          mosaic::napi::NewFunction(env, p->method, p->data, &method));
      v8::PropertyDescriptor descriptor(method, writable);
      descriptor.set_enumerable(enumerable);
      descriptor.set_configurable(configurable);
      v8::Maybe<bool> defined = obj->DefineProperty(context, name, descriptor);
      NAPI_RETURN_IF_FALSE(env, defined.FromMaybe(false),
                           napi_generic_failure);
    } else {
      v8::Local<v8::Value> value = p->value != nullptr
                                       ? V8Value(p->value)
                                       : v8::Undefined(env->isolate).As<v8::Value>();
      v8::Maybe<bool> defined = v8::Nothing<bool>();
      if (enumerable && writable && configurable) {
        // Plain data property, the fast way.
        defined = obj->CreateDataProperty(context, name, value);
      } else {
        v8::PropertyDescriptor descriptor(value, writable);
        descriptor.set_enumerable(enumerable);
        descriptor.set_configurable(configurable);
        defined = obj->DefineProperty(context, name, descriptor);
      }
      NAPI_RETURN_IF_FALSE(env, defined.FromMaybe(false), napi_invalid_arg);
    }
  }
  return NAPI_TRAPPED_STATUS(env);
}

// ---------------------------------------------------------------------------
// Keys

napi_status NAPI_CDECL
napi_get_all_property_names(napi_env env,
                            napi_value object,
                            napi_key_collection_mode key_mode,
                            napi_key_filter key_filter,
                            napi_key_conversion key_conversion,
                            napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);

  unsigned filter = v8::PropertyFilter::ALL_PROPERTIES;
  if (key_filter & napi_key_writable) filter |= v8::PropertyFilter::ONLY_WRITABLE;
  if (key_filter & napi_key_enumerable) {
    filter |= v8::PropertyFilter::ONLY_ENUMERABLE;
  }
  if (key_filter & napi_key_configurable) {
    filter |= v8::PropertyFilter::ONLY_CONFIGURABLE;
  }
  if (key_filter & napi_key_skip_strings) filter |= v8::PropertyFilter::SKIP_STRINGS;
  if (key_filter & napi_key_skip_symbols) filter |= v8::PropertyFilter::SKIP_SYMBOLS;

  v8::KeyCollectionMode collection_mode;
  switch (key_mode) {
    case napi_key_include_prototypes:
      collection_mode = v8::KeyCollectionMode::kIncludePrototypes;
      break;
    case napi_key_own_only:
      collection_mode = v8::KeyCollectionMode::kOwnOnly;
      break;
    default:
      return SetLastError(env, napi_invalid_arg);
  }
  v8::KeyConversionMode conversion_mode;
  switch (key_conversion) {
    case napi_key_keep_numbers:
      conversion_mode = v8::KeyConversionMode::kKeepNumbers;
      break;
    case napi_key_numbers_to_strings:
      conversion_mode = v8::KeyConversionMode::kConvertToString;
      break;
    default:
      return SetLastError(env, napi_invalid_arg);
  }

  v8::MaybeLocal<v8::Array> names = obj->GetPropertyNames(
      context, collection_mode, static_cast<v8::PropertyFilter>(filter),
      v8::IndexFilter::kIncludeIndices, conversion_mode);
  NAPI_RETURN_IF_FALSE(env, !names.IsEmpty(), napi_generic_failure);
  *result = JsValue(names.ToLocalChecked());
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_get_property_names(napi_env env,
                                               napi_value object,
                                               napi_value* result) {
  return napi_get_all_property_names(
      env, object, napi_key_include_prototypes,
      static_cast<napi_key_filter>(napi_key_enumerable | napi_key_skip_symbols),
      napi_key_numbers_to_strings, result);
}

// ---------------------------------------------------------------------------
// Prototype, integrity

napi_status NAPI_CDECL napi_get_prototype(napi_env env,
                                          napi_value object,
                                          napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  *result = JsValue(obj->GetPrototype());
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_object_freeze(napi_env env, napi_value object) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> frozen =
      obj->SetIntegrityLevel(context, v8::IntegrityLevel::kFrozen);
  NAPI_RETURN_IF_FALSE(env, frozen.FromMaybe(false), napi_generic_failure);
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_object_seal(napi_env env, napi_value object) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);
  v8::Maybe<bool> sealed =
      obj->SetIntegrityLevel(context, v8::IntegrityLevel::kSealed);
  NAPI_RETURN_IF_FALSE(env, sealed.FromMaybe(false), napi_generic_failure);
  return NAPI_TRAPPED_STATUS(env);
}

// ---------------------------------------------------------------------------
// Type tags: a 128-bit tag in a private slot, stored as a BigInt.


napi_status NAPI_CDECL napi_type_tag_object(napi_env env,
                                            napi_value object,
                                            const napi_type_tag* type_tag) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, type_tag);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);  // externals are objects
  v8::Local<v8::Private> key = StrongLocal(env->isolate_data->type_tag_key);
  v8::Maybe<bool> has = obj->HasPrivate(context, key);
  NAPI_RETURN_IF_FALSE(env, has.IsJust(), napi_generic_failure);
  NAPI_RETURN_IF_FALSE(env, !has.FromJust(), napi_invalid_arg);
  uint64_t words[2] = {type_tag->lower, type_tag->upper};
  v8::MaybeLocal<v8::BigInt> tag = v8::BigInt::NewFromWords(context, 0, 2, words);
  NAPI_RETURN_IF_FALSE(env, !tag.IsEmpty(), napi_generic_failure);
  v8::Maybe<bool> set = obj->SetPrivate(context, key, tag.ToLocalChecked());
  NAPI_RETURN_IF_FALSE(env, set.FromMaybe(false), napi_generic_failure);
  return NAPI_TRAPPED_STATUS(env);
}

napi_status NAPI_CDECL napi_check_object_type_tag(napi_env env,
                                                  napi_value object,
                                                  const napi_type_tag* type_tag,
                                                  bool* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, type_tag);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> obj;
  NAPI_CHECK_TO_OBJECT(env, context, obj, object);  // externals are objects
  v8::MaybeLocal<v8::Value> maybe_tag =
      obj->GetPrivate(context, StrongLocal(env->isolate_data->type_tag_key));
  NAPI_RETURN_IF_FALSE(env, !maybe_tag.IsEmpty(), napi_generic_failure);
  v8::Local<v8::Value> tag = maybe_tag.ToLocalChecked();
  *result = false;
  if (tag->IsBigInt()) {
    int sign = 0;
    int count = 2;
    uint64_t words[2] = {0, 0};
    tag.As<v8::BigInt>()->ToWordsArray(&sign, &count, words);
    if (sign == 0 && count <= 2) {
      *result = words[0] == type_tag->lower && words[1] == type_tag->upper;
    }
  }
  return NAPI_TRAPPED_STATUS(env);
}
