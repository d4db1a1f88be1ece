// Classes and native wrapping: napi_define_class, napi_wrap, napi_unwrap,
// napi_remove_wrap, napi_create_external, napi_get_value_external.
#include <vector>

#include "core/napi/napi_internal.h"

using mosaic::napi::ClearLastError;
using mosaic::napi::JsValue;
using mosaic::napi::Ownership;
using mosaic::napi::Reference;
using mosaic::napi::SetLastError;
using mosaic::napi::StrongLocal;
using mosaic::napi::V8Value;

namespace {

v8::PropertyAttribute TemplateAttributes(const napi_property_descriptor* p) {
  unsigned attributes = v8::None;
  // Accessors have no writable bit (V8 would throw on assignment).
  if (p->getter == nullptr && p->setter == nullptr &&
      (p->attributes & napi_writable) == 0) {
    attributes |= v8::ReadOnly;
  }
  if ((p->attributes & napi_enumerable) == 0) attributes |= v8::DontEnum;
  if ((p->attributes & napi_configurable) == 0) attributes |= v8::DontDelete;
  return static_cast<v8::PropertyAttribute>(attributes);
}

}  // namespace

napi_status NAPI_CDECL
napi_define_class(napi_env env,
                  const char* utf8name,
                  size_t length,
                  napi_callback constructor,
                  void* data,
                  size_t property_count,
                  const napi_property_descriptor* properties,
                  napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_TRAP(env);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, constructor);
  if (property_count > 0) NAPI_CHECK_ARG(env, properties);

  v8::Isolate* isolate = env->isolate;
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::FunctionTemplate> tpl;
  NAPI_RETURN_IF_NOT_OK(
      mosaic::napi::NewFunctionTemplate(env, constructor, data, &tpl));
  v8::Local<v8::String> name;
  NAPI_CHECK_NEW_FROM_UTF8_LEN(env, name, utf8name, length,
                               v8::NewStringType::kInternalized);
  tpl->SetClassName(name);

  // Prototype members go on the template; static members, and prototype
  // values that are objects (templates only take primitives), are defined
  // on the instantiated function afterwards.
  std::vector<napi_property_descriptor> statics;
  std::vector<const napi_property_descriptor*> prototype_objects;
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tpl);
  v8::Local<v8::ObjectTemplate> prototype = tpl->PrototypeTemplate();
  for (size_t i = 0; i < property_count; i++) {
    const napi_property_descriptor* p = &properties[i];
    if ((p->attributes & napi_static) != 0) {
      statics.push_back(*p);
      continue;
    }
    v8::Local<v8::Name> property_name;
    NAPI_RETURN_IF_NOT_OK(
        mosaic::napi::NameFromDescriptor(env, p, &property_name));
    v8::PropertyAttribute attributes = TemplateAttributes(p);
    if (p->getter != nullptr || p->setter != nullptr) {
      v8::Local<v8::FunctionTemplate> getter;
      v8::Local<v8::FunctionTemplate> setter;
      if (p->getter != nullptr) {
        NAPI_RETURN_IF_NOT_OK(mosaic::napi::NewFunctionTemplate(
            env, p->getter, p->data, &getter));
      }
      if (p->setter != nullptr) {
        NAPI_RETURN_IF_NOT_OK(mosaic::napi::NewFunctionTemplate(
            env, p->setter, p->data, &setter));
      }
      prototype->SetAccessorProperty(property_name, getter, setter, attributes);
    } else if (p->method != nullptr) {
      v8::Local<v8::FunctionTemplate> method;
      NAPI_RETURN_IF_NOT_OK(mosaic::napi::NewFunctionTemplate(
          env, p->method, p->data, &method, signature));
      prototype->Set(property_name, method, attributes);
    } else {
      v8::Local<v8::Value> value = p->value != nullptr
                                       ? V8Value(p->value)
                                       : v8::Undefined(isolate).As<v8::Value>();
      if (value->IsObject()) {
        prototype_objects.push_back(p);
      } else {
        prototype->Set(property_name, value, attributes);
      }
    }
  }

  v8::Local<v8::Context> context = env->context();
  v8::MaybeLocal<v8::Function> maybe_ctor = tpl->GetFunction(context);
  NAPI_RETURN_IF_FALSE(env, !maybe_ctor.IsEmpty(), napi_generic_failure);
  v8::Local<v8::Function> ctor = maybe_ctor.ToLocalChecked();

  if (!prototype_objects.empty()) {
    v8::Local<v8::Value> proto_value;
    NAPI_RETURN_IF_FALSE(
        env,
        ctor->Get(context, v8::String::NewFromUtf8Literal(
                               isolate, "prototype",
                               v8::NewStringType::kInternalized))
                .ToLocal(&proto_value) &&
            proto_value->IsObject(),
        napi_generic_failure);
    v8::Local<v8::Object> proto = proto_value.As<v8::Object>();
    for (const napi_property_descriptor* p : prototype_objects) {
      v8::Local<v8::Name> property_name;
      NAPI_RETURN_IF_NOT_OK(
          mosaic::napi::NameFromDescriptor(env, p, &property_name));
      NAPI_RETURN_IF_FALSE(
          env,
          proto
              ->DefineOwnProperty(context, property_name, V8Value(p->value),
                                  TemplateAttributes(p))
              .FromMaybe(false),
          napi_generic_failure);
    }
  }

  *result = JsValue(scope.Escape(ctor));
  if (!statics.empty()) {
    for (napi_property_descriptor& p : statics) {
      p.attributes = static_cast<napi_property_attributes>(p.attributes &
                                                           ~napi_static);
    }
    NAPI_RETURN_IF_NOT_OK(
        napi_define_properties(env, *result, statics.size(), statics.data()));
  }
  return NAPI_TRAPPED_STATUS(env);
}

// ---------------------------------------------------------------------------
// Wrapping: a private slot on the object holds an External pointing at the
// Reference that owns the native pointer and its finalizer.

napi_status NAPI_CDECL napi_wrap(napi_env env,
                                 napi_value js_object,
                                 void* native_object,
                                 napi_finalize finalize_cb,
                                 void* finalize_hint,
                                 napi_ref* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, js_object);
  v8::Local<v8::Value> value = V8Value(js_object);
  NAPI_RETURN_IF_FALSE(env, value->IsObject(), napi_invalid_arg);
  v8::Local<v8::Object> obj = value.As<v8::Object>();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Private> key = StrongLocal(env->isolate_data->wrapper_key);

  // An object can be wrapped once.
  NAPI_RETURN_IF_FALSE(env, !obj->HasPrivate(context, key).FromMaybe(true),
                       napi_invalid_arg);

  Reference* reference;
  if (result != nullptr) {
    // The addon deletes the returned reference, and may only do so from the
    // finalizer: a finalizer is required.
    NAPI_CHECK_ARG(env, finalize_cb);
    reference = Reference::New(env, obj, 0, Ownership::kUserland, finalize_cb,
                               native_object, finalize_hint);
  } else {
    reference = Reference::New(env, obj, 0, Ownership::kRuntime, finalize_cb,
                               native_object,
                               finalize_cb == nullptr ? nullptr : finalize_hint);
  }
  if (!obj->SetPrivate(context, key, v8::External::New(env->isolate, reference))
           .FromMaybe(false)) {
    delete reference;
    return SetLastError(env, napi_generic_failure);
  }
  if (result != nullptr) *result = reinterpret_cast<napi_ref>(reference);
  return ClearLastError(env);
}

namespace {

// Hot path (ObjectWrap methods): no TryCatch, GetPrivate runs no JS.
napi_status Unwrap(napi_env env, napi_value js_object, void** result,
                   bool remove) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, js_object);
  if (!remove) NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> value = V8Value(js_object);
  NAPI_RETURN_IF_FALSE(env, value->IsObject(), napi_invalid_arg);
  v8::Local<v8::Object> obj = value.As<v8::Object>();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Private> key = StrongLocal(env->isolate_data->wrapper_key);
  v8::Local<v8::Value> slot;
  NAPI_RETURN_IF_FALSE(env, obj->GetPrivate(context, key).ToLocal(&slot),
                       napi_generic_failure);
  NAPI_RETURN_IF_FALSE(env, slot->IsExternal(), napi_invalid_arg);
  auto* reference =
      static_cast<Reference*>(slot.As<v8::External>()->Value());
  if (result != nullptr) *result = reference->data();
  if (remove) {
    NAPI_RETURN_IF_FALSE(env, obj->DeletePrivate(context, key).FromMaybe(false),
                         napi_generic_failure);
    if (reference->ownership() == Ownership::kUserland) {
      // The addon still owns (and deletes) the reference; the finalizer
      // must not run any more.
      reference->ResetFinalizer();
    } else {
      delete reference;
    }
  }
  return ClearLastError(env);
}

}  // namespace

napi_status NAPI_CDECL napi_unwrap(napi_env env,
                                   napi_value js_object,
                                   void** result) {
  return Unwrap(env, js_object, result, false);
}

napi_status NAPI_CDECL napi_remove_wrap(napi_env env,
                                        napi_value js_object,
                                        void** result) {
  return Unwrap(env, js_object, result, true);
}

// ---------------------------------------------------------------------------
// Externals

napi_status NAPI_CDECL napi_create_external(napi_env env,
                                            void* data,
                                            napi_finalize finalize_cb,
                                            void* finalize_hint,
                                            napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::External> external = v8::External::New(env->isolate, data);
  if (finalize_cb != nullptr) {
    // Deletes itself after running the finalizer.
    Reference::New(env, external, 0, Ownership::kRuntime, finalize_cb, data,
                   finalize_hint);
  }
  *result = JsValue(external);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_value_external(napi_env env,
                                               napi_value value,
                                               void** result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsExternal(), napi_invalid_arg);
  *result = v.As<v8::External>()->Value();
  return ClearLastError(env);
}
