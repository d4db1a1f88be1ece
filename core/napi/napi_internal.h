// Internals shared by the Node-API implementation files: struct napi_env__,
// value conversions, argument-checking macros, references and finalizers.
// Only core/napi/*.cc include this.
#ifndef MOSAIC_CORE_NAPI_NAPI_INTERNAL_H_
#define MOSAIC_CORE_NAPI_NAPI_INTERNAL_H_

#include "core/napi/node_api_all.h"

#include "core/napi/v8_headers.h"

#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/napi/napi_loader.h"

namespace mosaic {
class Runtime;
}

namespace mosaic {
namespace napi {

// ---------------------------------------------------------------------------
// napi_value <-> v8::Local. A napi_value is the handle's slot address, the
// very pointer a v8::Local wraps: converting either way costs nothing.
static_assert(sizeof(v8::Local<v8::Value>) == sizeof(napi_value),
              "v8::Local and napi_value must have the same size");

inline v8::Local<v8::Value> V8Value(napi_value value) {
  v8::Local<v8::Value> local;
  std::memcpy(static_cast<void*>(&local), &value, sizeof(value));
  return local;
}

template <typename T>
inline napi_value JsValue(v8::Local<T> local) {
  return reinterpret_cast<napi_value>(*local);
}

// The small integer a value is, read from its tagged word the way V8's own
// inline API reads it: most numbers crossing Node-API are Smis, and each
// V8 call saved is a call through libnode's PLT.
inline bool ReadSmi(napi_value value, int32_t* out) {
  using v8::internal::Internals;
  v8::internal::Address raw = *reinterpret_cast<const v8::internal::Address*>(value);
  if (Internals::HasHeapObjectTag(raw)) return false;
  *out = Internals::SmiValue(raw);
  return true;
}

// A Local aliasing a strong Global's slot, without creating a handle (the
// Global keeps the slot alive). Only for Globals that stay strong and set
// while the Local is used.
template <typename T>
inline v8::Local<T> StrongLocal(const v8::Global<T>& global) {
  static_assert(sizeof(v8::Global<T>) == sizeof(v8::Local<T>),
                "Global and Local must both be one slot pointer");
  v8::Local<T> local;
  std::memcpy(static_cast<void*>(&local), static_cast<const void*>(&global),
              sizeof(local));
  return local;
}

// ---------------------------------------------------------------------------
// Per-isolate state shared by every env of the isolate.
// Internalized property names by the address and text of the C string they
// came from. The names passed to napi_*_named_property and
// napi_define_properties are nearly always string literals, so this skips
// UTF-8 decoding and the string-table lookup on every call. The text is
// compared too: a caller may reuse one buffer for different names.
class PropertyKeyCache {
 public:
  // The internalized string for `utf8` (NUL-terminated), or empty if V8
  // cannot create it.
  v8::MaybeLocal<v8::String> Get(v8::Isolate* isolate, const char* utf8);

 private:
  static constexpr size_t kSlots = 128;
  static constexpr size_t kMaxLength = 31;  // longer names are not cached
  struct Slot {
    const char* address = nullptr;
    size_t length = 0;
    char text[kMaxLength];
    v8::Global<v8::String> key;
  };
  Slot slots_[kSlots];
};

struct IsolateData {
  explicit IsolateData(v8::Isolate* isolate);

  v8::Isolate* const isolate;
  v8::Global<v8::Private> wrapper_key;   // napi_wrap's hidden slot
  v8::Global<v8::Private> type_tag_key;  // napi_type_tag_object's slot
  v8::Global<v8::Object> buffer_prototype;
  bool buffer_prototype_looked_up = false;
  PropertyKeyCache property_keys;
  // Set once the runtime's teardown started (the first of our cleanup hooks
  // ran): JavaScript can no longer be called.
  bool stopping = false;
};

// Finds or creates the isolate's data. Main thread of the isolate only.
IsolateData* GetIsolateData(v8::Isolate* isolate);

// Buffer.prototype for new buffers, or an empty handle (plain Uint8Array).
v8::Local<v8::Object> BufferPrototype(napi_env env);

bool ForceUncaughtExceptionsPolicy();

// A Buffer whose memory is not zero-filled (the runtime API's
// create_buffer_uninitialized).
// The Serializer and Deserializer classes of the runtime API's
// get_value_serializer (serdes.cc).
void NewValueSerializerClasses(napi_env env, v8::Local<v8::Function>* serializer,
                               v8::Local<v8::Function>* deserializer);

napi_status CreateUninitializedBuffer(napi_env env, size_t length, void** data,
                                      napi_value* result);

// ---------------------------------------------------------------------------
// Tracked native resources: everything an env must finalize or free at
// teardown (references, finalizers, function callback data, external
// strings) links itself into one of the env's intrusive lists.
class RefTracker {
 public:
  RefTracker() = default;
  RefTracker(const RefTracker&) = delete;
  RefTracker& operator=(const RefTracker&) = delete;
  virtual ~RefTracker() = default;

  // Runs the finalizer (if any) and frees what it can. Must Unlink() first.
  virtual void Finalize() = 0;

  void Link(RefTracker* list_head) {
    prev_ = list_head;
    next_ = list_head->next_;
    if (next_ != nullptr) next_->prev_ = this;
    list_head->next_ = this;
  }
  void Unlink() {
    if (prev_ != nullptr) prev_->next_ = next_;
    if (next_ != nullptr) next_->prev_ = prev_;
    prev_ = nullptr;
    next_ = nullptr;
  }
  // Finalizes every element; finalizers may unlink or delete other elements.
  static void FinalizeAll(RefTracker* list_head) {
    while (list_head->next_ != nullptr) {
      RefTracker* item = list_head->next_;
      item->Finalize();
      if (list_head->next_ == item) item->Unlink();  // defensive
    }
  }

  // Membership in the env's queue of finalizers waiting to run on the loop.
  RefTracker* queue_prev_ = nullptr;
  RefTracker* queue_next_ = nullptr;
  bool queued_ = false;

 private:
  RefTracker* prev_ = nullptr;
  RefTracker* next_ = nullptr;
};

class RefListHead final : public RefTracker {
 public:
  void Finalize() override {}
};

enum class Ownership {
  kRuntime,   // deleted by the runtime once its finalizer ran
  kUserland,  // the addon deletes it with napi_delete_reference
};

// A bare finalizer: instance data and node_api_post_finalizer.
class TrackedFinalizer final : public RefTracker {
 public:
  TrackedFinalizer(napi_env env, napi_finalize cb, void* data, void* hint);
  ~TrackedFinalizer() override;
  void Finalize() override;
  void* data() const { return data_; }

 private:
  napi_env env_;
  napi_finalize cb_;
  void* data_;
  void* hint_;
};

// napi_ref, and the hidden references behind napi_wrap, napi_add_finalizer,
// externals and external array buffers.
class Reference final : public RefTracker {
 public:
  static Reference* New(napi_env env,
                        v8::Local<v8::Value> value,
                        uint32_t initial_refcount,
                        Ownership ownership,
                        napi_finalize finalize_cb = nullptr,
                        void* finalize_data = nullptr,
                        void* finalize_hint = nullptr,
                        bool enforce_uncaught_policy = true);
  ~Reference() override;

  uint32_t Ref();
  uint32_t Unref();
  uint32_t refcount() const { return refcount_; }
  // The value, or an empty handle once it was collected (or released).
  v8::Local<v8::Value> Get(v8::Isolate* isolate) const;
  void* data() const { return data_; }
  Ownership ownership() const { return ownership_; }
  // Drops the finalizer: it will not be called.
  void ResetFinalizer();
  void Finalize() override;

 private:
  Reference(napi_env env,
            v8::Local<v8::Value> value,
            uint32_t initial_refcount,
            Ownership ownership,
            napi_finalize finalize_cb,
            void* finalize_data,
            void* finalize_hint,
            bool enforce_uncaught_policy);
  void MakeWeak();
  static void WeakCallback(const v8::WeakCallbackInfo<Reference>& info);

  napi_env env_;
  v8::Global<v8::Value> persistent_;
  uint32_t refcount_;
  Ownership ownership_;
  bool can_be_weak_;
  bool enforce_uncaught_policy_;
  napi_finalize cb_;
  void* data_;
  void* hint_;
};

// ---------------------------------------------------------------------------
// napi_open_handle_scope & co. Scopes live in a chunked stack owned by the
// env (no allocation per scope once warm); napi_handle_scope points at a slot.
struct HandleScopeSlot {
  alignas(v8::EscapableHandleScope) unsigned char
      storage[sizeof(v8::EscapableHandleScope)];
  bool escapable;
  bool escape_called;
};

class HandleScopeStack {
 public:
  HandleScopeSlot* Push() {
    size_t chunk = depth_ / kChunkSize;
    if (chunk == chunks_.size()) {
      chunks_.emplace_back(new HandleScopeSlot[kChunkSize]);
    }
    return &chunks_[chunk][depth_++ % kChunkSize];
  }
  HandleScopeSlot* Top() {
    if (depth_ == 0) return nullptr;
    size_t index = depth_ - 1;
    return &chunks_[index / kChunkSize][index % kChunkSize];
  }
  void Pop() { --depth_; }
  int depth() const { return static_cast<int>(depth_); }

 private:
  static constexpr size_t kChunkSize = 32;
  std::vector<std::unique_ptr<HandleScopeSlot[]>> chunks_;
  size_t depth_ = 0;
};

struct UserCleanupHook;

}  // namespace napi
}  // namespace mosaic

// ---------------------------------------------------------------------------
struct napi_env__ {
  napi_env__(mosaic::Runtime* runtime,
             v8::Local<v8::Context> context,
             int32_t module_api_version,
             std::string filename);
  ~napi_env__();
  napi_env__(const napi_env__&) = delete;
  napi_env__& operator=(const napi_env__&) = delete;

  v8::Isolate* const isolate;
  mosaic::Runtime* const runtime;
  mosaic::napi::IsolateData* const isolate_data;
  v8::Global<v8::Context> context_persistent;
  const int32_t module_api_version;
  const std::string filename;  // file:// URL (node_api_get_module_file_name)

  napi_extended_error_info last_error;
  v8::Global<v8::Value> last_exception;

  mosaic::napi::HandleScopeStack handle_scopes;
  int open_callback_scopes = 0;
  bool in_gc_finalizer = false;

  // References & finalizers. Those with a finalizer are finalized first at
  // teardown: their finalizers may delete references of the other list.
  mosaic::napi::RefListHead finalizing_refs;
  mosaic::napi::RefListHead plain_refs;
  mosaic::napi::TrackedFinalizer* instance_data = nullptr;
  std::vector<mosaic::napi::UserCleanupHook*> cleanup_hooks;
  // Async cleanup hooks that were started and have not completed.
  int running_async_cleanup_hooks = 0;

  v8::Local<v8::Context> context() const {
    return mosaic::napi::StrongLocal(context_persistent);
  }
  int open_handle_scopes() const { return handle_scopes.depth(); }
  bool can_call_into_js() const {
    return !isolate_data->stopping && !isolate->IsExecutionTerminating();
  }

  void Ref() { ++refs_; }
  void Unref();

  // Aborts when a finalizer running inside the garbage collector calls a
  // Node-API function that needs the JS heap.
  void CheckGCAccess() const {
    if (in_gc_finalizer) FatalGCAccess();
  }
  [[noreturn]] static void FatalGCAccess();

  // Calls into the addon: checks the addon closed its handle scopes, and
  // hands an exception it left pending to `on_exception`.
  template <typename Call, typename OnException>
  void CallIntoModule(Call&& call, OnException&& on_exception);
  // ... rethrowing the exception into JavaScript.
  template <typename Call>
  void CallIntoModule(Call&& call);

  // Runs an addon finalizer (not from the GC: JS may be called). An exception
  // it throws goes to process 'uncaughtException' (or, when
  // `enforce_uncaught_policy` is false, to a DEP0168 warning unless the
  // addon is experimental or the runtime forces the policy).
  void CallFinalizer(napi_finalize cb, void* data, void* hint,
                     bool enforce_uncaught_policy = true);
  void HandleCallbackException(v8::Local<v8::Value> error,
                               bool enforce_uncaught_policy);

  // A finalizer whose object the GC just collected. Experimental addons get
  // it right away, inside the GC (only basic APIs allowed); the others get it
  // from the loop, where JavaScript can run.
  void InvokeFinalizerFromGC(mosaic::napi::RefTracker* finalizer);
  void EnqueueFinalizer(mosaic::napi::RefTracker* finalizer);
  void DequeueFinalizer(mosaic::napi::RefTracker* finalizer);
  void DrainFinalizerQueue();

  // The runtime's cleanup hook for this env.
  void TearDown();
  // Turns the loop until the started async cleanup hooks completed.
  void WaitForAsyncCleanupHooks();
  bool torn_down() const { return torn_down_; }

 private:
  static void OnDrainIdle(uv_idle_t* handle);

  int refs_ = 1;
  bool torn_down_ = false;
  mosaic::napi::RefTracker* queue_head_ = nullptr;
  mosaic::napi::RefTracker* queue_tail_ = nullptr;
  uv_idle_t* drain_handle_ = nullptr;
  bool drain_scheduled_ = false;
};

struct napi_callback_info__ {
  const v8::FunctionCallbackInfo<v8::Value>& info;
  void* data;
};

namespace mosaic {
namespace napi {

// ---------------------------------------------------------------------------
// Status bookkeeping.
inline napi_status SetLastError(napi_env env,
                                napi_status status,
                                uint32_t engine_error_code = 0,
                                void* engine_reserved = nullptr) {
  env->last_error.error_code = status;
  env->last_error.engine_error_code = engine_error_code;
  env->last_error.engine_reserved = engine_reserved;
  return status;
}

inline napi_status ClearLastError(napi_env env) {
  env->last_error.error_code = napi_ok;
  env->last_error.engine_error_code = 0;
  env->last_error.engine_reserved = nullptr;
  env->last_error.error_message = nullptr;
  return napi_ok;
}

// A TryCatch that turns what it caught into the env's pending exception.
class ExceptionTrap : public v8::TryCatch {
 public:
  explicit ExceptionTrap(napi_env env) : v8::TryCatch(env->isolate), env_(env) {}
  ~ExceptionTrap() {
    if (HasCaught() && !HasTerminated()) {
      env_->last_exception.Reset(env_->isolate, Exception());
    }
  }

 private:
  napi_env env_;
};

// Sets `error` as the env's pending exception (what napi_throw does).
inline void SetPendingException(napi_env env, v8::Local<v8::Value> error) {
  env->last_exception.Reset(env->isolate, error);
}

enum class ErrorKind { kError, kTypeError, kRangeError, kSyntaxError };

// Creates an error of `kind` with `message` and, when non-NULL, a `code`
// property, and makes it the pending exception. For internal throws
// (invalid typed array length & co.).
void ThrowErrorWithCode(napi_env env,
                        ErrorKind kind,
                        const char* code,
                        const char* message);

// Builds a v8::Function / FunctionTemplate that calls `cb` with `data`.
napi_status NewFunction(napi_env env,
                        napi_callback cb,
                        void* data,
                        v8::Local<v8::Function>* result);
napi_status NewFunctionTemplate(
    napi_env env,
    napi_callback cb,
    void* data,
    v8::Local<v8::FunctionTemplate>* result,
    v8::Local<v8::Signature> signature = v8::Local<v8::Signature>());

// The property key of a napi_property_descriptor.
napi_status NameFromDescriptor(napi_env env,
                               const napi_property_descriptor* descriptor,
                               v8::Local<v8::Name>* result);

// Creates the env of one module instance, owned by the runtime (torn down by
// a cleanup hook).
napi_env NewEnv(Runtime* runtime,
                v8::Local<v8::Context> context,
                int32_t module_api_version,
                std::string filename_url);

std::string PathToFileURL(const std::string& path);

// Emits process.emitWarning(message, 'DeprecationWarning', code), or prints
// it when there is no process object.
void EmitDeprecationWarning(napi_env env, const char* message, const char* code);

// A scope for native callbacks made from the loop (async work completion,
// thread-safe function calls, finalizers): on leaving the outermost one
// without an exception pending, the nextTick queue and microtasks drain.
class CallbackScope {
 public:
  explicit CallbackScope(napi_env env);
  ~CallbackScope();
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;
  void MarkAsFailed() { failed_ = true; }

 private:
  napi_env env_;
  bool failed_ = false;
};

}  // namespace napi
}  // namespace mosaic

template <typename Call, typename OnException>
inline void napi_env__::CallIntoModule(Call&& call, OnException&& on_exception) {
  int scopes_before = open_handle_scopes();
  int callback_scopes_before = open_callback_scopes;
  mosaic::napi::ClearLastError(this);
  call(this);
  if (open_handle_scopes() != scopes_before ||
      open_callback_scopes != callback_scopes_before) {
    napi_fatal_error("napi_env__::CallIntoModule", NAPI_AUTO_LENGTH,
                     "a Node-API callback returned with handle or callback "
                     "scopes it opened still open",
                     NAPI_AUTO_LENGTH);
  }
  if (!last_exception.IsEmpty()) {
    v8::Local<v8::Value> error = last_exception.Get(isolate);
    last_exception.Reset();
    on_exception(error);
  }
}

template <typename Call>
inline void napi_env__::CallIntoModule(Call&& call) {
  CallIntoModule(std::forward<Call>(call), [this](v8::Local<v8::Value> error) {
    if (!can_call_into_js()) return;
    isolate->ThrowException(error);
  });
}

// ---------------------------------------------------------------------------
// Argument checks. Each returns from the calling Node-API function.
#define NAPI_CHECK_ENV(env)                                                    \
  do {                                                                         \
    if ((env) == nullptr) return napi_invalid_arg;                             \
  } while (0)

// For functions that touch the JS heap (not callable from GC finalizers).
#define NAPI_CHECK_ENV_NOT_IN_GC(env)                                          \
  do {                                                                         \
    NAPI_CHECK_ENV(env);                                                       \
    (env)->CheckGCAccess();                                                    \
  } while (0)

#define NAPI_CHECK_ARG(env, arg)                                               \
  do {                                                                         \
    if ((arg) == nullptr)                                                      \
      return ::mosaic::napi::SetLastError((env), napi_invalid_arg);            \
  } while (0)

#define NAPI_RETURN_IF_FALSE(env, condition, status)                           \
  do {                                                                         \
    if (!(condition)) return ::mosaic::napi::SetLastError((env), (status));    \
  } while (0)

#define NAPI_RETURN_IF_NOT_OK(call)                                            \
  do {                                                                         \
    napi_status status_of_call = (call);                                       \
    if (status_of_call != napi_ok) return status_of_call;                      \
  } while (0)

// For functions that may run JavaScript: refuse while an exception is pending
// or when JavaScript cannot run, then clear the last error. Follow with
// NAPI_TRAP where JavaScript can actually run.
#define NAPI_PREAMBLE(env)                                                     \
  do {                                                                         \
    NAPI_CHECK_ENV_NOT_IN_GC(env);                                             \
    if (!(env)->last_exception.IsEmpty())                                      \
      return ::mosaic::napi::SetLastError((env), napi_pending_exception);      \
    if (!(env)->can_call_into_js())                                            \
      return ::mosaic::napi::SetLastError(                                     \
          (env), (env)->module_api_version >= 10 ? napi_cannot_run_js          \
                                                 : napi_pending_exception);    \
    ::mosaic::napi::ClearLastError(env);                                       \
  } while (0)

#define NAPI_TRAP(env) ::mosaic::napi::ExceptionTrap napi_trap_((env))

// The status at the end of a trapped function.
#define NAPI_TRAPPED_STATUS(env)                                               \
  (napi_trap_.HasCaught()                                                      \
       ? ::mosaic::napi::SetLastError((env), napi_pending_exception)           \
       : napi_ok)

// Coerces `src` to an object (primitives are wrapped; undefined and null
// throw, and the status is napi_object_expected). Needs NAPI_TRAP.
#define NAPI_CHECK_TO_OBJECT(env, context, result, src)                        \
  do {                                                                         \
    NAPI_CHECK_ARG((env), (src));                                              \
    v8::Local<v8::Value> value_to_convert = ::mosaic::napi::V8Value(src);      \
    if (value_to_convert->IsObject()) {                                        \
      (result) = value_to_convert.As<v8::Object>();                            \
    } else {                                                                   \
      v8::MaybeLocal<v8::Object> maybe_object =                                \
          value_to_convert->ToObject((context));                               \
      NAPI_RETURN_IF_FALSE((env), !maybe_object.IsEmpty(),                     \
                           napi_object_expected);                              \
      (result) = maybe_object.ToLocalChecked();                                \
    }                                                                          \
  } while (0)

// A function value, else napi_invalid_arg (like node).
#define NAPI_CHECK_TO_FUNCTION(env, result, src)                               \
  do {                                                                         \
    NAPI_CHECK_ARG((env), (src));                                              \
    v8::Local<v8::Value> value_to_convert = ::mosaic::napi::V8Value(src);      \
    NAPI_RETURN_IF_FALSE((env), value_to_convert->IsFunction(),                \
                         napi_invalid_arg);                                    \
    (result) = value_to_convert.As<v8::Function>();                            \
  } while (0)

// A UTF-8 C string as a V8 string; napi_invalid_arg for NULL or a length
// over INT_MAX, napi_generic_failure when V8 refuses it.
#define NAPI_CHECK_NEW_FROM_UTF8_LEN(env, result, str, len, type)              \
  do {                                                                         \
    NAPI_RETURN_IF_FALSE((env),                                                \
                         (len) == NAPI_AUTO_LENGTH || (len) <= INT_MAX,        \
                         napi_invalid_arg);                                    \
    NAPI_RETURN_IF_FALSE((env), (str) != nullptr, napi_invalid_arg);           \
    v8::MaybeLocal<v8::String> maybe_string = v8::String::NewFromUtf8(         \
        (env)->isolate, (str), (type),                                         \
        (len) == NAPI_AUTO_LENGTH ? -1 : static_cast<int>(len));               \
    NAPI_RETURN_IF_FALSE((env), !maybe_string.IsEmpty(),                       \
                         napi_generic_failure);                                \
    (result) = maybe_string.ToLocalChecked();                                  \
  } while (0)

#define NAPI_CHECK_NEW_FROM_UTF8(env, result, str)                             \
  NAPI_CHECK_NEW_FROM_UTF8_LEN((env), (result), (str), NAPI_AUTO_LENGTH,       \
                               v8::NewStringType::kNormal)

// An internalized key (cheaper property lookups).
#define NAPI_CHECK_NEW_KEY_FROM_UTF8(env, result, str)                         \
  do {                                                                         \
    NAPI_RETURN_IF_FALSE((env), (str) != nullptr, napi_invalid_arg);           \
    NAPI_RETURN_IF_FALSE(                                                      \
        (env),                                                                 \
        (env)->isolate_data->property_keys.Get((env)->isolate, (str))          \
            .ToLocal(&(result)),                                               \
        napi_generic_failure);                                                 \
  } while (0)

#endif  // MOSAIC_CORE_NAPI_NAPI_INTERNAL_H_
