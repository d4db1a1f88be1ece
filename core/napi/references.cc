// References, finalizers and handle scopes: napi_create_reference & co.,
// napi_add_finalizer, node_api_post_finalizer, napi_open_handle_scope & co.,
// napi_adjust_external_memory.
#include "core/napi/napi_internal.h"

namespace mosaic {
namespace napi {

// ---------------------------------------------------------------------------
// TrackedFinalizer

TrackedFinalizer::TrackedFinalizer(napi_env env,
                                   napi_finalize cb,
                                   void* data,
                                   void* hint)
    : env_(env), cb_(cb), data_(data), hint_(hint) {
  Link(&env->finalizing_refs);
}

TrackedFinalizer::~TrackedFinalizer() {
  Unlink();
  env_->DequeueFinalizer(this);
  if (env_->instance_data == this) env_->instance_data = nullptr;
}

void TrackedFinalizer::Finalize() {
  Unlink();
  env_->DequeueFinalizer(this);
  if (env_->instance_data == this) env_->instance_data = nullptr;
  napi_finalize cb = cb_;
  cb_ = nullptr;
  napi_env env = env_;
  void* data = data_;
  void* hint = hint_;
  delete this;
  env->CallFinalizer(cb, data, hint);
}

// ---------------------------------------------------------------------------
// Reference

namespace {

// Values a weak V8 handle can point at (everything else is simply released
// when the count drops to 0).
inline bool CanBeHeldWeakly(v8::Local<v8::Value> value) {
  return value->IsObject() || value->IsSymbol();
}

}  // namespace

Reference::Reference(napi_env env,
                     v8::Local<v8::Value> value,
                     uint32_t initial_refcount,
                     Ownership ownership,
                     napi_finalize finalize_cb,
                     void* finalize_data,
                     void* finalize_hint,
                     bool enforce_uncaught_policy)
    : env_(env),
      persistent_(env->isolate, value),
      refcount_(initial_refcount),
      ownership_(ownership),
      can_be_weak_(CanBeHeldWeakly(value)),
      enforce_uncaught_policy_(enforce_uncaught_policy),
      cb_(finalize_cb),
      data_(finalize_data),
      hint_(finalize_hint) {
  Link(finalize_cb != nullptr ? &env->finalizing_refs : &env->plain_refs);
  if (refcount_ == 0) MakeWeak();
}

Reference* Reference::New(napi_env env,
                          v8::Local<v8::Value> value,
                          uint32_t initial_refcount,
                          Ownership ownership,
                          napi_finalize finalize_cb,
                          void* finalize_data,
                          void* finalize_hint,
                          bool enforce_uncaught_policy) {
  return new Reference(env, value, initial_refcount, ownership, finalize_cb,
                       finalize_data, finalize_hint, enforce_uncaught_policy);
}

Reference::~Reference() {
  Unlink();
  env_->DequeueFinalizer(this);
  persistent_.Reset();
}

void Reference::MakeWeak() {
  if (persistent_.IsEmpty()) return;
  if (can_be_weak_) {
    persistent_.SetWeak(this, WeakCallback, v8::WeakCallbackType::kParameter);
  } else {
    persistent_.Reset();
  }
}

uint32_t Reference::Ref() {
  // A collected (or released) value stays gone.
  if (persistent_.IsEmpty()) return 0;
  if (++refcount_ == 1 && can_be_weak_) persistent_.ClearWeak();
  return refcount_;
}

uint32_t Reference::Unref() {
  if (persistent_.IsEmpty() || refcount_ == 0) return 0;
  if (--refcount_ == 0) MakeWeak();
  return refcount_;
}

v8::Local<v8::Value> Reference::Get(v8::Isolate* isolate) const {
  if (persistent_.IsEmpty()) return v8::Local<v8::Value>();
  return v8::Local<v8::Value>::New(isolate, persistent_);
}

void Reference::ResetFinalizer() {
  cb_ = nullptr;
  data_ = nullptr;
  hint_ = nullptr;
}

void Reference::WeakCallback(const v8::WeakCallbackInfo<Reference>& info) {
  Reference* reference = info.GetParameter();
  // First-pass weak callback: reset the handle, touch nothing else of V8.
  reference->persistent_.Reset();
  if (reference->cb_ != nullptr || reference->ownership_ == Ownership::kRuntime) {
    reference->env_->InvokeFinalizerFromGC(reference);
  }
}

void Reference::Finalize() {
  // From the finalizer queue (the value was collected) or from env teardown
  // (the value may still be alive: it is released).
  Unlink();
  env_->DequeueFinalizer(this);
  persistent_.Reset();
  bool delete_me = ownership_ == Ownership::kRuntime;
  napi_finalize cb = cb_;
  cb_ = nullptr;
  napi_env env = env_;
  void* data = data_;
  void* hint = hint_;
  bool enforce = enforce_uncaught_policy_;
  // A runtime-owned reference goes away before its finalizer runs; a
  // userland one may be deleted by its finalizer: don't touch it after.
  if (delete_me) delete this;
  env->CallFinalizer(cb, data, hint, enforce);
}

}  // namespace napi
}  // namespace mosaic

using mosaic::napi::ClearLastError;
using mosaic::napi::JsValue;
using mosaic::napi::Ownership;
using mosaic::napi::Reference;
using mosaic::napi::SetLastError;
using mosaic::napi::V8Value;

// ---------------------------------------------------------------------------
// References

napi_status NAPI_CDECL napi_create_reference(napi_env env,
                                             napi_value value,
                                             uint32_t initial_refcount,
                                             napi_ref* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v8_value = V8Value(value);
  // Node-API 10 allows references to every value type; earlier versions to
  // objects (functions, externals) and symbols only.
  if (env->module_api_version < 10) {
    NAPI_RETURN_IF_FALSE(env, v8_value->IsObject() || v8_value->IsSymbol(),
                         napi_invalid_arg);
  }
  Reference* reference =
      Reference::New(env, v8_value, initial_refcount, Ownership::kUserland);
  *result = reinterpret_cast<napi_ref>(reference);
  return ClearLastError(env);
}

// Deletes a reference; allowed from finalizers running inside the GC.
napi_status NAPI_CDECL napi_delete_reference(napi_env env, napi_ref ref) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, ref);
  delete reinterpret_cast<Reference*>(ref);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_reference_ref(napi_env env,
                                          napi_ref ref,
                                          uint32_t* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, ref);
  uint32_t count = reinterpret_cast<Reference*>(ref)->Ref();
  if (result != nullptr) *result = count;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_reference_unref(napi_env env,
                                            napi_ref ref,
                                            uint32_t* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, ref);
  Reference* reference = reinterpret_cast<Reference*>(ref);
  NAPI_RETURN_IF_FALSE(env, reference->refcount() != 0, napi_generic_failure);
  uint32_t count = reference->Unref();
  if (result != nullptr) *result = count;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_reference_value(napi_env env,
                                                napi_ref ref,
                                                napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, ref);
  NAPI_CHECK_ARG(env, result);
  *result = JsValue(reinterpret_cast<Reference*>(ref)->Get(env->isolate));
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Finalizers

napi_status NAPI_CDECL napi_add_finalizer(napi_env env,
                                          napi_value js_object,
                                          void* finalize_data,
                                          napi_finalize finalize_cb,
                                          void* finalize_hint,
                                          napi_ref* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, js_object);
  NAPI_CHECK_ARG(env, finalize_cb);
  v8::Local<v8::Value> value = V8Value(js_object);
  NAPI_RETURN_IF_FALSE(env, value->IsObject(), napi_invalid_arg);
  Reference* reference = Reference::New(
      env, value, 0,
      result != nullptr ? Ownership::kUserland : Ownership::kRuntime,
      finalize_cb, finalize_data, finalize_hint);
  if (result != nullptr) *result = reinterpret_cast<napi_ref>(reference);
  return ClearLastError(env);
}

napi_status NAPI_CDECL node_api_post_finalizer(napi_env env,
                                               napi_finalize finalize_cb,
                                               void* finalize_data,
                                               void* finalize_hint) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, finalize_cb);
  auto* finalizer = new mosaic::napi::TrackedFinalizer(env, finalize_cb,
                                                       finalize_data,
                                                       finalize_hint);
  env->EnqueueFinalizer(finalizer);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_adjust_external_memory(napi_env env,
                                                   int64_t change_in_bytes,
                                                   int64_t* adjusted_value) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, adjusted_value);
  *adjusted_value =
      env->isolate->AdjustAmountOfExternalAllocatedMemory(change_in_bytes);
  return ClearLastError(env);
}

// ---------------------------------------------------------------------------
// Handle scopes

using mosaic::napi::HandleScopeSlot;

napi_status NAPI_CDECL napi_open_handle_scope(napi_env env,
                                              napi_handle_scope* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  HandleScopeSlot* slot = env->handle_scopes.Push();
  ::new (slot->storage) v8::HandleScope(env->isolate);
  slot->escapable = false;
  slot->escape_called = false;
  *result = reinterpret_cast<napi_handle_scope>(slot);
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_close_handle_scope(napi_env env,
                                               napi_handle_scope scope) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, scope);
  HandleScopeSlot* slot = env->handle_scopes.Top();
  // V8 scopes must be closed innermost first.
  if (slot == nullptr || reinterpret_cast<HandleScopeSlot*>(scope) != slot ||
      slot->escapable) {
    return SetLastError(env, napi_handle_scope_mismatch);
  }
  reinterpret_cast<v8::HandleScope*>(slot->storage)->~HandleScope();
  env->handle_scopes.Pop();
  return ClearLastError(env);
}

napi_status NAPI_CDECL
napi_open_escapable_handle_scope(napi_env env,
                                 napi_escapable_handle_scope* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, result);
  HandleScopeSlot* slot = env->handle_scopes.Push();
  ::new (slot->storage) v8::EscapableHandleScope(env->isolate);
  slot->escapable = true;
  slot->escape_called = false;
  *result = reinterpret_cast<napi_escapable_handle_scope>(slot);
  return ClearLastError(env);
}

napi_status NAPI_CDECL
napi_close_escapable_handle_scope(napi_env env,
                                  napi_escapable_handle_scope scope) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, scope);
  HandleScopeSlot* slot = env->handle_scopes.Top();
  if (slot == nullptr || reinterpret_cast<HandleScopeSlot*>(scope) != slot ||
      !slot->escapable) {
    return SetLastError(env, napi_handle_scope_mismatch);
  }
  reinterpret_cast<v8::EscapableHandleScope*>(slot->storage)
      ->~EscapableHandleScope();
  env->handle_scopes.Pop();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_escape_handle(napi_env env,
                                          napi_escapable_handle_scope scope,
                                          napi_value escapee,
                                          napi_value* result) {
  NAPI_CHECK_ENV_NOT_IN_GC(env);
  NAPI_CHECK_ARG(env, scope);
  NAPI_CHECK_ARG(env, escapee);
  NAPI_CHECK_ARG(env, result);
  HandleScopeSlot* slot = reinterpret_cast<HandleScopeSlot*>(scope);
  NAPI_RETURN_IF_FALSE(env, slot->escapable, napi_invalid_arg);
  NAPI_RETURN_IF_FALSE(env, !slot->escape_called, napi_escape_called_twice);
  slot->escape_called = true;
  *result = JsValue(reinterpret_cast<v8::EscapableHandleScope*>(slot->storage)
                        ->Escape(V8Value(escapee)));
  return ClearLastError(env);
}
