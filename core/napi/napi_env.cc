// struct napi_env__: construction, teardown, the finalizer queue, calling
// into addons, per-isolate state, and napi_get_last_error_info.
#include <unistd.h>

#include <atomic>
#include <climits>
#include <cstdio>
#include <mutex>
#include <unordered_map>

#include "core/napi/napi_internal.h"
#include "core/runtime.h"

namespace mosaic {
namespace napi {

namespace {

std::mutex isolates_mutex;
// Intentionally leaked: an IsolateData nobody disposed must not be destroyed
// by static destructors after its isolate is gone.
auto* const isolates = new std::unordered_map<v8::Isolate*, IsolateData*>();

std::atomic<bool> force_uncaught_policy{false};

// Native callbacks (CallbackScope) currently on the stack, per thread (one
// isolate per thread).
thread_local int native_callback_depth = 0;

}  // namespace

IsolateData::IsolateData(v8::Isolate* isolate) : isolate(isolate) {
  v8::HandleScope scope(isolate);
  wrapper_key.Reset(
      isolate,
      v8::Private::New(isolate,
                       v8::String::NewFromUtf8Literal(
                           isolate, "mosaic:napi:wrapper",
                           v8::NewStringType::kInternalized)));
  type_tag_key.Reset(
      isolate,
      v8::Private::New(isolate,
                       v8::String::NewFromUtf8Literal(
                           isolate, "mosaic:napi:type_tag",
                           v8::NewStringType::kInternalized)));
}

v8::MaybeLocal<v8::String> PropertyKeyCache::Get(v8::Isolate* isolate, const char* utf8) {
  size_t length = strlen(utf8);
  if (length > kMaxLength) {
    return v8::String::NewFromUtf8(isolate, utf8, v8::NewStringType::kInternalized);
  }
  uintptr_t address = reinterpret_cast<uintptr_t>(utf8);
  Slot& slot = slots_[(address ^ (address >> 7) ^ (address >> 15)) % kSlots];
  if (slot.address == utf8 && slot.length == length && memcmp(slot.text, utf8, length) == 0) {
    return slot.key.Get(isolate);
  }
  v8::Local<v8::String> key;
  if (!v8::String::NewFromUtf8(isolate, utf8, v8::NewStringType::kInternalized,
                               static_cast<int>(length))
           .ToLocal(&key)) {
    return {};
  }
  slot.address = utf8;
  slot.length = length;
  memcpy(slot.text, utf8, length);
  slot.key.Reset(isolate, key);
  return key;
}

IsolateData* GetIsolateData(v8::Isolate* isolate) {
  std::lock_guard<std::mutex> lock(isolates_mutex);
  auto it = isolates->find(isolate);
  if (it != isolates->end()) return it->second;
  IsolateData* data = new IsolateData(isolate);
  isolates->emplace(isolate, data);
  return data;
}

void SetBufferPrototype(v8::Isolate* isolate, v8::Local<v8::Object> prototype) {
  IsolateData* data = GetIsolateData(isolate);
  data->buffer_prototype.Reset(isolate, prototype);
  data->buffer_prototype_looked_up = true;
}

void DisposeIsolateData(v8::Isolate* isolate) {
  IsolateData* data = nullptr;
  {
    std::lock_guard<std::mutex> lock(isolates_mutex);
    auto it = isolates->find(isolate);
    if (it == isolates->end()) return;
    data = it->second;
    isolates->erase(it);
  }
  delete data;
}

void SetForceUncaughtExceptionsPolicy(bool force) {
  force_uncaught_policy.store(force);
}

bool ForceUncaughtExceptionsPolicy() {
  return force_uncaught_policy.load(std::memory_order_relaxed);
}

v8::Local<v8::Object> BufferPrototype(napi_env env) {
  IsolateData* data = env->isolate_data;
  if (!data->buffer_prototype.IsEmpty()) {
    return StrongLocal(data->buffer_prototype);
  }
  if (data->buffer_prototype_looked_up) return v8::Local<v8::Object>();
  // The core did not hand us Buffer.prototype (yet): use globalThis.Buffer's,
  // once it exists.
  v8::Isolate* isolate = env->isolate;
  v8::Local<v8::Context> context = env->context();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> buffer;
  v8::Local<v8::Value> prototype;
  if (context->Global()
          ->Get(context, v8::String::NewFromUtf8Literal(
                             isolate, "Buffer", v8::NewStringType::kInternalized))
          .ToLocal(&buffer) &&
      buffer->IsFunction() &&
      buffer.As<v8::Object>()
          ->Get(context, v8::String::NewFromUtf8Literal(
                             isolate, "prototype",
                             v8::NewStringType::kInternalized))
          .ToLocal(&prototype) &&
      prototype->IsObject()) {
    data->buffer_prototype.Reset(isolate, prototype.As<v8::Object>());
    data->buffer_prototype_looked_up = true;
    return StrongLocal(data->buffer_prototype);
  }
  return v8::Local<v8::Object>();
}

std::string PathToFileURL(const std::string& path) {
  if (path.compare(0, 7, "file://") == 0) return path;
  std::string absolute;
  if (path.empty() || path[0] != '/') {
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof(cwd)) != nullptr) {
      absolute = cwd;
      if (absolute.empty() || absolute.back() != '/') absolute += '/';
    }
  }
  absolute += path;
  static const char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  url.reserve(url.size() + absolute.size());
  for (unsigned char c : absolute) {
    // url.pathToFileURL(): the WHATWG path percent-encode set plus '%', '\\'.
    bool encode = c <= 0x20 || c >= 0x7F || c == '"' || c == '#' ||
                  c == '%' || c == '<' || c == '>' || c == '?' || c == '`' ||
                  c == '{' || c == '}' || c == '\\';
    if (encode) {
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 0xF];
    } else {
      url += static_cast<char>(c);
    }
  }
  return url;
}

void EmitDeprecationWarning(napi_env env, const char* message, const char* code) {
  v8::Isolate* isolate = env->isolate;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> process;
  v8::Local<v8::Value> emit_warning;
  if (context->Global()
          ->Get(context, v8::String::NewFromUtf8Literal(isolate, "process"))
          .ToLocal(&process) &&
      process->IsObject() &&
      process.As<v8::Object>()
          ->Get(context, v8::String::NewFromUtf8Literal(isolate, "emitWarning"))
          .ToLocal(&emit_warning) &&
      emit_warning->IsFunction()) {
    v8::Local<v8::Value> argv[] = {
        v8::String::NewFromUtf8(isolate, message).ToLocalChecked(),
        v8::String::NewFromUtf8Literal(isolate, "DeprecationWarning"),
        v8::String::NewFromUtf8(isolate, code).ToLocalChecked(),
    };
    if (!emit_warning.As<v8::Function>()->Call(context, process, 3, argv).IsEmpty()) {
      return;
    }
  }
  fprintf(stderr, "(node:%d) [%s] DeprecationWarning: %s\n",
          static_cast<int>(getpid()), code, message);
  fflush(stderr);
}

CallbackScope::CallbackScope(napi_env env) : env_(env) {
  ++native_callback_depth;
}

CallbackScope::~CallbackScope() {
  if (--native_callback_depth != 0) return;
  if (failed_ || !env_->can_call_into_js()) return;
  if (env_->runtime->callback_depth() != 0) return;
  env_->runtime->ProcessTicks();
}

napi_env NewEnv(Runtime* runtime,
                v8::Local<v8::Context> context,
                int32_t module_api_version,
                std::string filename_url) {
  napi_env env = new napi_env__(runtime, context, module_api_version,
                                std::move(filename_url));
  runtime->AddCleanupHook(
      [](void* arg) { static_cast<napi_env>(arg)->TearDown(); }, env);
  return env;
}

}  // namespace napi
}  // namespace mosaic

using mosaic::napi::ClearLastError;
using mosaic::napi::RefTracker;
using mosaic::napi::SetLastError;

napi_env__::napi_env__(mosaic::Runtime* runtime,
                       v8::Local<v8::Context> context,
                       int32_t module_api_version,
                       std::string filename)
    : isolate(context->GetIsolate()),
      runtime(runtime),
      isolate_data(mosaic::napi::GetIsolateData(context->GetIsolate())),
      context_persistent(context->GetIsolate(), context),
      module_api_version(module_api_version),
      filename(std::move(filename)) {
  last_error.error_message = nullptr;
  last_error.engine_reserved = nullptr;
  last_error.engine_error_code = 0;
  last_error.error_code = napi_ok;
  drain_handle_ = new uv_idle_t;
  uv_idle_init(runtime->loop(), drain_handle_);
  drain_handle_->data = this;
}

napi_env__::~napi_env__() {
  if (drain_handle_ != nullptr) {
    uv_close(reinterpret_cast<uv_handle_t*>(drain_handle_), [](uv_handle_t* h) {
      delete reinterpret_cast<uv_idle_t*>(h);
    });
    drain_handle_ = nullptr;
  }
}

void napi_env__::Unref() {
  if (--refs_ == 0) delete this;
}

void napi_env__::FatalGCAccess() {
  napi_fatal_error(
      nullptr, 0,
      "Finalizer is calling a function that may affect GC state.\n"
      "The finalizers of an add-on built with NAPI_VERSION_EXPERIMENTAL run "
      "directly from the garbage collector and may only call basic Node-API "
      "functions.\n"
      "Use `node_api_post_finalizer` from inside the finalizer to schedule "
      "the other calls on the event loop.",
      NAPI_AUTO_LENGTH);
}

void napi_env__::CallFinalizer(napi_finalize cb, void* data, void* hint,
                               bool enforce_uncaught_policy) {
  if (cb == nullptr) return;
  if (in_gc_finalizer) {
    // Inside the GC: no handles, no JavaScript.
    cb(this, data, hint);
    return;
  }
  v8::HandleScope handle_scope(isolate);
  v8::Context::Scope context_scope(context());
  CallIntoModule([&](napi_env env) { cb(env, data, hint); },
                 [&](v8::Local<v8::Value> error) {
                   HandleCallbackException(error, enforce_uncaught_policy);
                 });
}

void napi_env__::HandleCallbackException(v8::Local<v8::Value> error,
                                         bool enforce_uncaught_policy) {
  if (!can_call_into_js()) return;
  if (!enforce_uncaught_policy &&
      module_api_version != NAPI_VERSION_EXPERIMENTAL &&
      !mosaic::napi::ForceUncaughtExceptionsPolicy()) {
    mosaic::napi::EmitDeprecationWarning(
        this,
        "Uncaught N-API callback exception detected, please run node with "
        "option --force-node-api-uncaught-exceptions-policy=true to handle "
        "those exceptions properly.",
        "DEP0168");
    return;
  }
  runtime->TriggerUncaughtException(error,
                                    v8::Exception::CreateMessage(isolate, error));
}

void napi_env__::InvokeFinalizerFromGC(RefTracker* finalizer) {
  if (module_api_version != NAPI_VERSION_EXPERIMENTAL) {
    EnqueueFinalizer(finalizer);
    return;
  }
  bool saved = in_gc_finalizer;
  in_gc_finalizer = true;
  finalizer->Finalize();
  in_gc_finalizer = saved;
}

void napi_env__::EnqueueFinalizer(RefTracker* finalizer) {
  if (finalizer->queued_) return;
  finalizer->queued_ = true;
  finalizer->queue_next_ = nullptr;
  finalizer->queue_prev_ = queue_tail_;
  if (queue_tail_ != nullptr) {
    queue_tail_->queue_next_ = finalizer;
  } else {
    queue_head_ = finalizer;
  }
  queue_tail_ = finalizer;
  if (!drain_scheduled_ && drain_handle_ != nullptr && !torn_down_) {
    drain_scheduled_ = true;
    uv_idle_start(drain_handle_, OnDrainIdle);
  }
}

void napi_env__::DequeueFinalizer(RefTracker* finalizer) {
  if (!finalizer->queued_) return;
  if (finalizer->queue_prev_ != nullptr) {
    finalizer->queue_prev_->queue_next_ = finalizer->queue_next_;
  } else {
    queue_head_ = finalizer->queue_next_;
  }
  if (finalizer->queue_next_ != nullptr) {
    finalizer->queue_next_->queue_prev_ = finalizer->queue_prev_;
  } else {
    queue_tail_ = finalizer->queue_prev_;
  }
  finalizer->queue_prev_ = nullptr;
  finalizer->queue_next_ = nullptr;
  finalizer->queued_ = false;
}

void napi_env__::DrainFinalizerQueue() {
  // Finalizers may delete (and so dequeue) other queued items: always take
  // the current head.
  while (queue_head_ != nullptr) {
    RefTracker* finalizer = queue_head_;
    DequeueFinalizer(finalizer);
    finalizer->Finalize();
  }
}

void napi_env__::OnDrainIdle(uv_idle_t* handle) {
  napi_env env = static_cast<napi_env>(handle->data);
  uv_idle_stop(handle);
  env->drain_scheduled_ = false;
  env->Ref();
  {
    v8::HandleScope handle_scope(env->isolate);
    v8::Context::Scope context_scope(env->context());
    mosaic::napi::CallbackScope callback_scope(env);
    env->DrainFinalizerQueue();
  }
  env->Unref();
}

void napi_env__::TearDown() {
  if (torn_down_) return;
  torn_down_ = true;
  isolate_data->stopping = true;
  WaitForAsyncCleanupHooks();
  {
    v8::HandleScope handle_scope(isolate);
    v8::Context::Scope context_scope(context());
    DrainFinalizerQueue();
    RefTracker::FinalizeAll(&finalizing_refs);
    RefTracker::FinalizeAll(&plain_refs);
    DrainFinalizerQueue();
  }
  if (drain_handle_ != nullptr) {
    uv_idle_stop(drain_handle_);
    uv_close(reinterpret_cast<uv_handle_t*>(drain_handle_), [](uv_handle_t* h) {
      delete reinterpret_cast<uv_idle_t*>(h);
    });
    drain_handle_ = nullptr;
  }
  Unref();
}

// ---------------------------------------------------------------------------

namespace {

// Indexed by napi_status.
const char* const kErrorMessages[] = {
    nullptr,
    "Invalid argument",
    "An object was expected",
    "A string was expected",
    "A string or symbol was expected",
    "A function was expected",
    "A number was expected",
    "A boolean was expected",
    "An array was expected",
    "Unknown failure",
    "An exception is pending",
    "The async work item was cancelled",
    "napi_escape_handle already called on scope",
    "Invalid handle scope usage",
    "Invalid callback scope usage",
    "Thread-safe function queue is full",
    "Thread-safe function handle is closing",
    "A bigint was expected",
    "A date was expected",
    "An arraybuffer was expected",
    "A detachable arraybuffer was expected",
    "Main thread would deadlock",
    "External buffers are not allowed",
    "Cannot run JavaScript",
};

static_assert(sizeof(kErrorMessages) / sizeof(kErrorMessages[0]) ==
                  static_cast<size_t>(napi_cannot_run_js) + 1,
              "one message per napi_status");

}  // namespace

napi_status NAPI_CDECL
napi_get_last_error_info(napi_env env, const napi_extended_error_info** result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  size_t code = static_cast<size_t>(env->last_error.error_code);
  if (code >= sizeof(kErrorMessages) / sizeof(kErrorMessages[0])) {
    code = napi_generic_failure;
    env->last_error.error_code = napi_generic_failure;
  }
  // The message is looked up only when somebody asks.
  env->last_error.error_message = kErrorMessages[code];
  if (env->last_error.error_code == napi_ok) ClearLastError(env);
  *result = &env->last_error;
  return napi_ok;
}
