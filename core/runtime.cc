// The runtime: V8 isolate and context, the bootstrap JS, the libuv loop run
// with Node's semantics, and the callback / exception / exit paths.
#include "core/runtime.h"

#include <libplatform/libplatform.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <string_view>

#include "core/code_cache.h"
#include "core/js_sources.h"
#include "core/malloc_tuning.h"
#include "core/platform.h"
#include "core/runtime_internal.h"
#include "core/snapshot_blob.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

constexpr int kContextRuntimeSlot = 32;  // embedder data slot of the context

std::unique_ptr<LoopPlatform>& PlatformSingleton() {
  static std::unique_ptr<LoopPlatform> platform;
  return platform;
}

void InitializeV8Once(const Options& options) {
  if (PlatformSingleton()) return;
  // Import assertions (JSON modules) are behind a flag in V8 10.2. The
  // snapshot is part of the binary, so its checksum need not be re-verified
  // at every start. (The same flags at build and run time keep the code
  // caches valid.)
  static const char kDefaultFlags[] =
      "--harmony-import-assertions --no-verify-snapshot-checksum";
  v8::V8::SetFlagsFromString(kDefaultFlags, sizeof(kDefaultFlags) - 1);
  for (const std::string& flag : options.v8_flags) {
    v8::V8::SetFlagsFromString(flag.c_str(), flag.size());
  }
  // V8's own worker threads (GC, compilation) are separate from libuv's pool.
  PlatformSingleton() = std::make_unique<LoopPlatform>(2);
  v8::V8::InitializePlatform(PlatformSingleton().get());
  v8::V8::Initialize();
}

const CodeCacheEntry* FindCodeCache(std::string_view id) {
  for (size_t i = 0; i < kCodeCacheCount; i++) {
    if (id == kCodeCache[i].id) return &kCodeCache[i];
  }
  return nullptr;
}

const JsSource* FindCoreSource(std::string_view id) {
  for (size_t i = 0; i < kCoreSourcesCount; i++) {
    if (id == kCoreSources[i].id) return &kCoreSources[i];
  }
  return nullptr;
}

v8::Local<v8::String> SourceString(v8::Isolate* isolate, const JsSource& src) {
  if (src.one_byte != nullptr) {
    return StaticOneByteString(isolate, reinterpret_cast<const char*>(src.one_byte),
                               src.length);
  }
  return StaticTwoByteString(isolate, src.two_byte, src.length);
}

// createBinding(name): a new binding object. The bootstrap caches them (in
// JS, so the cache survives in the start-up snapshot).
void CreateBinding(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string name = ToStdString(isolate, args[0]);
  BindingInitializer init = FindBinding(name);
  if (init == nullptr) {
    ThrowError(isolate, "No such binding: " + name);
    return;
  }
  v8::Local<v8::Object> target = v8::Object::New(isolate);
  init(Runtime::From(context), context, target);
  args.GetReturnValue().Set(target);
}

const char* const kWrapperParams[] = {"exports", "require", "module",
                                      "internalBinding"};

// The wrapper function of an embedded core module, from its code cache when
// there is one.
v8::MaybeLocal<v8::Function> CompileCoreSource(v8::Isolate* isolate,
                                               v8::Local<v8::Context> context,
                                               const JsSource& src,
                                               v8::ScriptCompiler::CompileOptions options) {
  v8::ScriptOrigin origin(isolate, Utf8String(isolate, std::string("node:") + src.id));
  const CodeCacheEntry* cache = FindCodeCache(src.id);
  v8::ScriptCompiler::CachedData* cached_data = nullptr;
  if (cache != nullptr && options == v8::ScriptCompiler::kNoCompileOptions) {
    // Owned by `source` below; the bytes themselves are static.
    cached_data = new v8::ScriptCompiler::CachedData(
        cache->data, static_cast<int>(cache->length),
        v8::ScriptCompiler::CachedData::BufferNotOwned);
    options = v8::ScriptCompiler::kConsumeCodeCache;
  }
  v8::ScriptCompiler::Source source(SourceString(isolate, src), origin, cached_data);
  v8::Local<v8::String> params[4];
  for (int i = 0; i < 4; i++) params[i] = OneByteString(isolate, kWrapperParams[i]);
  return v8::ScriptCompiler::CompileFunction(context, &source, 4, params, 0, nullptr, options);
}

// compileInternal(id): the wrapper function of an embedded core module.
void CompileInternal(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string id = ToStdString(isolate, args[0]);
  const JsSource* src = FindCoreSource(id);
  if (src == nullptr) {
    ThrowError(isolate, "No such built-in module: " + id);
    return;
  }
  Runtime* runtime = Runtime::From(context);
  // Functions in the snapshot keep their bytecode: compile everything
  // eagerly there so start-up compiles nothing of the core.
  auto options = runtime->options().snapshot_out.empty()
                     ? v8::ScriptCompiler::kNoCompileOptions
                     : v8::ScriptCompiler::kEagerCompile;
  v8::Local<v8::Function> fn;
  if (!CompileCoreSource(isolate, context, *src, options).ToLocal(&fn)) return;
  if (!runtime->options().code_cache_out.empty()) {
    runtime->impl()->compiled_internals.emplace_back(id, v8::Global<v8::Function>(isolate, fn));
  }
  args.GetReturnValue().Set(fn);
}

// getInternalSource(id): the text of an embedded file (JSON data files).
void GetInternalSource(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  const JsSource* src = FindCoreSource(ToStdString(isolate, args[0]));
  if (src != nullptr) args.GetReturnValue().Set(SourceString(isolate, *src));
}

ExternalReferences* CollectExternalReferences() {
  auto* refs = new ExternalReferences();  // needed for the isolate's lifetime
  refs->Add(CreateBinding);
  refs->Add(CompileInternal);
  refs->Add(GetInternalSource);
  RegisterBindingReferences(refs);
  return refs;
}

void PromiseRejectCallback(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  Runtime* runtime = Runtime::From(isolate->GetCurrentContext());
  Runtime::Impl* impl = runtime->impl();
  if (impl->promise_reject.IsEmpty()) return;
  v8::Local<v8::Value> reason = message.GetValue();
  if (reason.IsEmpty()) reason = v8::Undefined(isolate);
  v8::Local<v8::Value> argv[] = {
      v8::Integer::New(isolate, message.GetEvent()), promise, reason};
  v8::Local<v8::Context> context = runtime->context();
  impl->promise_reject.Get(isolate)
      ->Call(context, v8::Undefined(isolate), 3, argv)
      .FromMaybe(v8::Local<v8::Value>());
}

void OnFatalError(const char* location, const char* message) {
  fprintf(stderr, "FATAL ERROR: %s %s\n", location ? location : "", message);
  fflush(stderr);
  abort();
}

void OnOOMError(const char* location, bool is_heap_oom) {
  fprintf(stderr,
          "FATAL ERROR: %s %s\n", location ? location : "",
          is_heap_oom ? "Reached heap limit Allocation failed - JavaScript heap out of memory"
                      : "Allocation failed - process out of memory");
  fflush(stderr);
  abort();
}

// Writes the code cache of `fn` as the C array `name`; returns its length,
// or -1 when V8 made none. (Generated sources of both code-cache builds.)
int WriteCodeCacheArray(FILE* out, v8::Local<v8::Function> fn, const std::string& name) {
  std::unique_ptr<v8::ScriptCompiler::CachedData> data(
      v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
  if (!data) return -1;
  fprintf(out, "static const unsigned char %s[] = {", name.c_str());
  for (int i = 0; i < data->length; i++) fprintf(out, "%s%d,", i % 32 ? "" : "\n", data->data[i]);
  fprintf(out, "};\n");
  return data->length;
}

}  // namespace

Runtime::Runtime(const Options& options)
    : options_(options), impl_(std::make_unique<Impl>(this)) {
  impl_->start_time_ns = uv_hrtime();
  uv_timeval64_t now;
  uv_gettimeofday(&now);
  impl_->time_origin_ms = now.tv_sec * 1e3 + now.tv_usec / 1e3;
  impl_->Mark(kNodeStart);
  InitializeV8Once(options_);
  impl_->Mark(kV8Start);

  loop_ = uv_default_loop();
  // Idle time for performance.eventLoopUtilization() and nodeTiming, from
  // the loop's first iteration as in node.
  uv_loop_configure(loop_, UV_METRICS_IDLE_TIME);
  static ExternalReferences* refs = CollectExternalReferences();
  if (!options_.snapshot_out.empty()) {
    // Building the start-up snapshot: V8 owns the isolate's allocator.
    isolate_ = v8::Isolate::Allocate();
    impl_->snapshot_creator = std::make_unique<v8::SnapshotCreator>(isolate_, refs->data());
  } else {
    impl_->allocator = new ArrayBufferAllocator();
    v8::Isolate::CreateParams params;
    params.array_buffer_allocator = impl_->allocator;
    params.external_references = refs->data();
    // Heap limits from the machine's memory, as node sets them: V8's own
    // defaults are small enough that a growing heap runs several times as
    // many full collections. --max-old-space-size and friends still win.
    params.constraints.ConfigureDefaults(uv_get_total_memory(), 0);
    // A 4 MiB first semi-space (V8 starts at 1 MiB and grows it under
    // load): start-up and short programs allocate a few MiB that mostly die
    // young, and need no scavenge before then (loading yargs' tree ran
    // one of ~1 ms). Pages are only touched as they are allocated, so an
    // idle process is no bigger. --min-semi-space-size still wins.
    params.constraints.set_initial_young_generation_size_in_bytes(size_t{12} << 20);
    if (kSnapshotBlobSize > 0) {
      impl_->snapshot_blob = {reinterpret_cast<const char*>(kSnapshotBlobData), kSnapshotBlobSize};
      params.snapshot_blob = &impl_->snapshot_blob;
      impl_->from_snapshot = true;
    }
    isolate_ = v8::Isolate::New(params);
    isolate_->Enter();
  }
  isolate_->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate_->SetPromiseRejectCallback(PromiseRejectCallback);
  isolate_->SetFatalErrorHandler(OnFatalError);
  isolate_->SetOOMErrorHandler(OnOOMError);

  v8::HandleScope scope(isolate_);
  // From the snapshot, this is the context the bootstrap already ran in.
  v8::Local<v8::Context> context = v8::Context::New(isolate_);
  context->SetAlignedPointerInEmbedderData(kContextRuntimeSlot, this);
  impl_->context.Reset(isolate_, context);
  impl_->Mark(kEnvironment);

  uv_timer_init(loop_, &impl_->timer);
  uv_unref(reinterpret_cast<uv_handle_t*>(&impl_->timer));
  uv_check_init(loop_, &impl_->immediate_check);
  uv_unref(reinterpret_cast<uv_handle_t*>(&impl_->immediate_check));
  uv_check_start(&impl_->immediate_check, Impl::OnCheck);
  if (!impl_->snapshot_creator) {
    uv_timer_init(loop_, &impl_->malloc_trim_timer);
    uv_unref(reinterpret_cast<uv_handle_t*>(&impl_->malloc_trim_timer));
    isolate_->AddGCEpilogueCallback(Impl::ScheduleMallocTrim, impl_.get(),
                                    v8::kGCTypeMarkSweepCompact);
  }
  uv_idle_init(loop_, &impl_->immediate_idle);

  // V8 posts foreground tasks (finishing concurrent or WebAssembly
  // compilation, GC work, FinalizationRegistry cleanups) to the platform:
  // they run every loop iteration, and a post wakes the loop.
  uv_prepare_init(loop_, &impl_->platform_pump);
  uv_unref(reinterpret_cast<uv_handle_t*>(&impl_->platform_pump));
  uv_prepare_start(&impl_->platform_pump, [](uv_prepare_t* handle) {
    static_cast<Impl*>(handle->data)->RunPlatformTasks();
  });
  impl_->platform_pump.data = impl_.get();
  uv_async_init(loop_, &impl_->platform_wakeup, [](uv_async_t* handle) {
    static_cast<Impl*>(handle->data)->RunPlatformTasks();
  });
  uv_unref(reinterpret_cast<uv_handle_t*>(&impl_->platform_wakeup));
  impl_->platform_wakeup.data = impl_.get();
  PlatformSingleton()->SetWakeup(isolate_, &impl_->platform_wakeup);
}

// Runs the due foreground tasks, then the ticks and microtasks they queued
// (a WebAssembly.instantiate() promise they resolved); whether any ran.
bool Runtime::Impl::RunPlatformTasks() {
  if (!PlatformSingleton()->RunForegroundTasks(runtime->isolate())) return false;
  v8::HandleScope scope(runtime->isolate());
  runtime->ProcessTicks();
  return true;
}

// When the loop has emptied, the worker tasks in flight may still deliver
// results (as foreground tasks) that schedule more work: wait for them, as
// node's platform does before 'beforeExit'.
void Runtime::Impl::DrainPlatformTasks() {
  do {
    PlatformSingleton()->WaitForWorkerTasks();
  } while (RunPlatformTasks());
}

Runtime::~Runtime() = default;  // the process exits through Exit()

Runtime* Runtime::From(v8::Local<v8::Context> context) {
  return static_cast<Runtime*>(
      context->GetAlignedPointerFromEmbedderData(kContextRuntimeSlot));
}

Runtime* Runtime::Current() {
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  return From(isolate->GetCurrentContext());
}

ArrayBufferAllocator* Runtime::array_buffer_allocator() const { return impl_->allocator; }

v8::Local<v8::Context> Runtime::context() const {
  return impl_->context.Get(isolate_);
}

v8::MaybeLocal<v8::Value> Runtime::MakeCallback(v8::Local<v8::Value> recv,
                                                v8::Local<v8::Function> fn,
                                                int argc,
                                                v8::Local<v8::Value>* argv) {
  v8::EscapableHandleScope scope(isolate_);
  bool terminated = false;
  v8::Local<v8::Value> result;
  if (!CallFromLoop(recv, fn, argc, argv, &terminated).ToLocal(&result) && terminated) return {};
  ProcessTicks();
  if (result.IsEmpty()) return {};
  return scope.Escape(result);
}

v8::MaybeLocal<v8::Value> Runtime::CallFromLoop(v8::Local<v8::Value> recv,
                                                v8::Local<v8::Function> fn, int argc,
                                                v8::Local<v8::Value>* argv, bool* terminated) {
  v8::TryCatch try_catch(isolate_);
  callback_depth_++;
  v8::MaybeLocal<v8::Value> result = fn->Call(context(), recv, argc, argv);
  callback_depth_--;
  if (result.IsEmpty()) {
    *terminated = try_catch.HasTerminated();
    if (!*terminated) TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
  }
  return result;
}

void Runtime::ProcessTicks() {
  if (callback_depth_ > 0 || impl_->tick_info == nullptr) return;
  uint8_t* tick_info = impl_->tick_info;
  if (!tick_info[kHasTickScheduled] && !tick_info[kHasRejectionToWarn]) {
    isolate_->PerformMicrotaskCheckpoint();
    if (!tick_info[kHasTickScheduled] && !tick_info[kHasRejectionToWarn]) return;
  }
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Function> tick = impl_->tick_callback.Get(isolate_);
  v8::Local<v8::Object> process = impl_->process.Get(isolate_);
  // A throwing tick goes to 'uncaughtException'; as in node, the rest of
  // the queue then waits for the next callback to drain it.
  v8::TryCatch try_catch(isolate_);
  callback_depth_++;
  bool ok = !tick->Call(context(), process, 0, nullptr).IsEmpty();
  callback_depth_--;
  if (ok || try_catch.HasTerminated()) return;
  TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
}

v8::MaybeLocal<v8::Value> Runtime::GetAsyncContextFrame() {
  if (impl_->get_async_frame.IsEmpty()) return {};
  return impl_->get_async_frame.Get(isolate_)->Call(context(), v8::Undefined(isolate_), 0,
                                                    nullptr);
}

void Runtime::SetAsyncContextFrame(v8::Local<v8::Value> frame) {
  if (impl_->set_async_frame.IsEmpty()) return;
  impl_->set_async_frame.Get(isolate_)
      ->Call(context(), v8::Undefined(isolate_), 1, &frame)
      .IsEmpty();
}

void Runtime::TriggerUncaughtException(v8::Local<v8::Value> error,
                                       v8::Local<v8::Message> message) {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> ctx = context();
  if (impl_->in_fatal_exception || impl_->fatal_exception.IsEmpty()) {
    // The handler itself failed (or the bootstrap did): print raw and exit 7.
    std::string text = ToStdString(isolate_, error);
    if (error->IsObject()) {
      v8::Local<v8::Value> stack;
      if (error.As<v8::Object>()
              ->Get(ctx, OneByteString(isolate_, "stack"))
              .ToLocal(&stack) &&
          stack->IsString()) {
        text = ToStdString(isolate_, stack);
      }
    }
    if (!message.IsEmpty()) {
      fprintf(stderr, "%s\n", FormatErrorSource(isolate_, ctx, message).c_str());
    }
    fprintf(stderr, "%s\n", text.c_str());
    fflush(stderr);
    Exit(impl_->fatal_exception.IsEmpty() ? 1 : 7);
  }
  std::string arrow =
      message.IsEmpty() ? "" : FormatErrorSource(isolate_, ctx, message);
  v8::Local<v8::Value> saved_arrow;
  if (error->IsObject() &&
      error.As<v8::Object>()->GetPrivate(ctx, ArrowKey(isolate_)).ToLocal(&saved_arrow) &&
      saved_arrow->IsString()) {
    arrow = ToStdString(isolate_, saved_arrow);
  }
  v8::Local<v8::Value> argv[] = {error, Utf8String(isolate_, arrow)};
  impl_->in_fatal_exception = true;
  v8::Local<v8::Value> code;
  {
    v8::TryCatch try_catch(isolate_);
    if (!impl_->fatal_exception.Get(isolate_)
             ->Call(ctx, v8::Undefined(isolate_), 2, argv)
             .ToLocal(&code)) {
      // An 'uncaughtException' listener threw: node prints it and exits 7
      // (in_fatal_exception is still set: the raw branch above).
      TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
      return;
    }
  }
  impl_->in_fatal_exception = false;
  int exit_code = code->Int32Value(ctx).FromMaybe(1);
  if (exit_code >= 0) Exit(exit_code);
}

void Runtime::AddCleanupHook(CleanupHook hook, void* arg) {
  impl_->cleanup_hooks.emplace_back(hook, arg);
}

void Runtime::RemoveCleanupHook(CleanupHook hook, void* arg) {
  auto& hooks = impl_->cleanup_hooks;
  for (auto it = hooks.begin(); it != hooks.end(); ++it) {
    if (it->first == hook && it->second == arg) {
      hooks.erase(it);
      return;
    }
  }
}

// The warm-up run leaves modules it never loads without a cache entry; those
// get one here, so that no core module is parsed whole at run time. Our own
// modules are compiled eagerly. The embedded npm packages only get their
// top level (their functions compile when first called): eager caches of
// them would put ~400 KB more into the executable for features few
// programs use (web streams, minimatch, tr46 tables), and those unread
// pages still cost resident memory at start-up.
void Runtime::Impl::CompileUnusedInternals() {
  v8::Isolate* isolate = runtime->isolate();
  v8::Local<v8::Context> ctx = context.Get(isolate);
  v8::Context::Scope context_scope(ctx);
  std::set<std::string> compiled;
  for (const auto& entry : compiled_internals) compiled.insert(entry.first);
  for (size_t i = 0; i < kCoreSourcesCount; i++) {
    const JsSource& src = kCoreSources[i];
    std::string_view id = src.id;
    if (compiled.count(src.id) || (id.size() >= 5 && id.substr(id.size() - 5) == ".json")) continue;
    auto options = id.substr(0, 14) == "internal/deps/" ? v8::ScriptCompiler::kNoCompileOptions
                                                       : v8::ScriptCompiler::kEagerCompile;
    v8::Local<v8::Function> fn;
    if (CompileCoreSource(isolate, ctx, src, options).ToLocal(&fn)) {
      compiled_internals.emplace_back(src.id, v8::Global<v8::Function>(isolate, fn));
    }
  }
}

void Runtime::Impl::WriteCodeCache(const std::string& path) {
  v8::Isolate* isolate = runtime->isolate();
  v8::HandleScope scope(isolate);
  FILE* out = fopen(path.c_str(), "w");
  if (out == nullptr) {
    perror(path.c_str());
    _exit(1);
  }
  fprintf(out, "// Generated by mosaic --build-code-cache. Do not edit.\n");
  fprintf(out, "#include \"core/code_cache.h\"\n\nnamespace mosaic {\nnamespace {\n");
  CompileUnusedInternals();
  std::vector<std::pair<std::string, int>> written;
  for (auto& [id, fn] : compiled_internals) {
    int length = WriteCodeCacheArray(out, fn.Get(isolate), "k" + std::to_string(written.size()));
    if (length < 0) continue;
    written.emplace_back(id, length);
  }
  fprintf(out, "}  // namespace\n\nextern const CodeCacheEntry kCodeCache[] = {\n");
  for (size_t i = 0; i < written.size(); i++) {
    fprintf(out, "  {\"%s\", k%zu, %d},\n", written[i].first.c_str(), i, written[i].second);
  }
  fprintf(out, "  {nullptr, nullptr, 0}};\nextern const size_t kCodeCacheCount = %zu;\n",
          written.size());
  fprintf(out, "}  // namespace mosaic\n");
  fclose(out);
}

bool Runtime::running_loop() const { return impl_->running_loop; }

void Runtime::Exit(int code) {
  if (!impl_->exiting) {
    impl_->exiting = true;
    if (!options_.code_cache_out.empty()) impl_->WriteCodeCache(options_.code_cache_out);
    // Hooks may register or remove others while running: pop one at a time.
    auto& hooks = impl_->cleanup_hooks;
    while (!hooks.empty()) {
      auto [hook, arg] = hooks.back();
      hooks.pop_back();
      hook(arg);
    }
  }
  fflush(nullptr);  // addons may have written through stdio
  // Skip isolate teardown: the OS reclaims memory faster than V8 frees it.
  _exit(code);
}

void Runtime::Impl::StartTimer(int64_t duration_ms) {
  uv_timer_start(&timer, OnTimer, duration_ms < 1 ? 1 : duration_ms, 0);
}

void Runtime::Impl::OnTimer(uv_timer_t* handle) {
  Impl* impl = reinterpret_cast<Impl*>(reinterpret_cast<char*>(handle) -
                                       offsetof(Impl, timer));
  Runtime* runtime = impl->runtime;
  v8::Isolate* isolate = runtime->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = runtime->context();
  v8::Local<v8::Value> now =
      v8::Number::New(isolate, static_cast<double>(uv_now(runtime->loop())));
  v8::Local<v8::Value> ret;
  bool terminated = false;
  runtime->CallFromLoop(impl->process.Get(isolate), impl->timers_callback.Get(isolate), 1, &now,
                        &terminated)
      .ToLocal(&ret);
  // Re-arm before draining nextTicks (as node does): a timer a tick creates
  // then compares against the right next expiry.
  if (ret.IsEmpty()) {
    // A timer threw and 'uncaughtException' handled it: the remaining due
    // timers run on the next loop iteration.
    impl->StartTimer(1);
  } else {
    // processTimers returns the next expiry: 0 none, > 0 referenced, < 0 not.
    double next = ret->NumberValue(context).FromMaybe(0);
    if (next != 0) {
      double abs_next = next < 0 ? -next : next;
      impl->StartTimer(static_cast<int64_t>(abs_next) -
                       static_cast<int64_t>(uv_now(runtime->loop())));
      if (next > 0) {
        uv_ref(reinterpret_cast<uv_handle_t*>(&impl->timer));
      } else {
        uv_unref(reinterpret_cast<uv_handle_t*>(&impl->timer));
      }
    }
  }
  runtime->ProcessTicks();
}

// After a full collection has freed malloc'd memory (Buffers, external
// strings), that memory, with the small blocks the ArrayBuffer allocator
// set aside, goes back to the kernel within a second -- at most once a
// second, so that a phase of frequent collections does not turn every large
// allocation into fresh page faults.
void Runtime::Impl::ScheduleMallocTrim(v8::Isolate*, v8::GCType, v8::GCCallbackFlags,
                                       void* data) {
  Impl* impl = static_cast<Impl*>(data);
  uv_timer_t* timer = &impl->malloc_trim_timer;
  if (uv_is_active(reinterpret_cast<uv_handle_t*>(timer))) return;
  timer->data = impl;
  uv_timer_start(
      timer,
      [](uv_timer_t* handle) {
        Impl* impl = static_cast<Impl*>(handle->data);
        if (impl->allocator != nullptr) impl->allocator->FreeDeferred();
        if (MallocTuned()) TrimMalloc();
      },
      1000, 0);
}

void Runtime::Impl::OnCheck(uv_check_t* handle) {
  Impl* impl = reinterpret_cast<Impl*>(reinterpret_cast<char*>(handle) -
                                       offsetof(Impl, immediate_check));
  if (impl->immediate_info[kImmediateCount] == 0) return;
  Runtime* runtime = impl->runtime;
  v8::Isolate* isolate = runtime->isolate();
  v8::HandleScope scope(isolate);
  // As node's CheckImmediate: when an immediate throws (and a listener
  // handles it), the rest of the batch runs at once, before any nextTick
  // callback (ticks run after a call that completes).
  do {
    bool terminated = false;
    if (!runtime->CallFromLoop(impl->process.Get(isolate), impl->immediate_callback.Get(isolate),
                               0, nullptr, &terminated)
             .IsEmpty()) {
      runtime->ProcessTicks();
      break;
    }
    if (terminated) return;
  } while (impl->immediate_info[kImmediateHasOutstanding]);
  if (impl->immediate_info[kImmediateRefCount] == 0) {
    uv_idle_stop(&impl->immediate_idle);
  }
}

v8::MaybeLocal<v8::Object> Runtime::Impl::RunBootstrap(v8::Local<v8::Context> ctx) {
  v8::Isolate* isolate = runtime->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Function> compile = v8::Function::New(ctx, CompileInternal).ToLocalChecked();
  v8::Local<v8::Value> id = OneByteString(isolate, "internal/bootstrap");
  v8::Local<v8::Value> bootstrap;
  if (!compile->Call(ctx, v8::Undefined(isolate), 1, &id).ToLocal(&bootstrap)) return {};
  v8::Local<v8::Object> exports = v8::Object::New(isolate);
  SetValue(ctx, exports, "getInternalSource",
           v8::Function::New(ctx, GetInternalSource).ToLocalChecked());
  // The bootstrap receives compileInternal in the `require` slot, the
  // binding factory in the `internalBinding` slot.
  v8::Local<v8::Value> argv[] = {exports, compile, v8::Undefined(isolate),
                                 v8::Function::New(ctx, CreateBinding).ToLocalChecked()};
  if (bootstrap.As<v8::Function>()->Call(ctx, v8::Undefined(isolate), 4, argv).IsEmpty()) {
    return {};
  }
  return scope.Escape(exports);
}

void Runtime::Impl::BuildSnapshot() {
  v8::Isolate* isolate = runtime->isolate();
  {
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> ctx = context.Get(isolate);
    v8::Context::Scope context_scope(ctx);
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Object> exports;
    v8::Local<v8::Value> start;
    if (!RunBootstrap(ctx).ToLocal(&exports) ||
        !exports->Get(ctx, OneByteString(isolate, "startExecution")).ToLocal(&start)) {
      v8::String::Utf8Value error(isolate, try_catch.Exception());
      fprintf(stderr, "snapshot bootstrap failed: %s\n", *error ? *error : "?");
      _exit(1);
    }
    snapshot_creator->AddData(ctx, start.As<v8::Function>());
    // Per-process pointers must not be serialized.
    ctx->SetAlignedPointerInEmbedderData(kContextRuntimeSlot, nullptr);
    snapshot_creator->SetDefaultContext(ctx);
  }
  context.Reset();
  v8::StartupData blob =
      snapshot_creator->CreateBlob(v8::SnapshotCreator::FunctionCodeHandling::kKeep);
  FILE* out = fopen(runtime->options().snapshot_out.c_str(), "w");
  if (out == nullptr || blob.data == nullptr) {
    fprintf(stderr, "cannot write the snapshot\n");
    _exit(1);
  }
  fprintf(out, "// Generated by mosaic --build-snapshot. Do not edit.\n");
  fprintf(out, "#include \"core/snapshot_blob.h\"\n\nnamespace mosaic {\n");
  fprintf(out, "extern const unsigned char kSnapshotBlobData[] = {");
  for (int i = 0; i < blob.raw_size; i++) {
    fprintf(out, "%s%u,", i % 32 == 0 ? "\n" : "", static_cast<unsigned char>(blob.data[i]));
  }
  fprintf(out, "0};\nextern const int kSnapshotBlobSize = %d;\n}  // namespace mosaic\n",
          blob.raw_size);
  fclose(out);
  _exit(0);
}

// --build-plugin-cache=OUT NAME PATH=FILE...: code caches of a plugin's JS
// files, compiled exactly as the plugin loader compiles them (eagerly, so
// the cache holds every function).
void Runtime::Impl::BuildPluginCodeCache() {
  v8::Isolate* isolate = runtime->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> ctx = context.Get(isolate);
  v8::Context::Scope context_scope(ctx);
  const std::vector<std::string>& args = runtime->options().argv;  // [exe, name, path=file...]
  FILE* out = fopen(runtime->options().plugin_cache_out.c_str(), "w");
  if (out == nullptr || args.size() < 2) _exit(1);
  fprintf(out, "/* Generated by mosaic --build-plugin-cache. Do not edit. */\n");
  fprintf(out, "#include \"sdk/mosaic_plugin.h\"\n\n");
  std::vector<std::pair<std::string, int>> written;
  for (size_t i = 2; i < args.size(); i++) {
    size_t eq = args[i].find('=');
    std::string path = args[i].substr(0, eq), file = args[i].substr(eq + 1);
    FILE* in = fopen(file.c_str(), "rb");
    if (in == nullptr) _exit(1);
    std::string text;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), in)) > 0) text.append(buf, n);
    fclose(in);
    v8::TryCatch try_catch(isolate);
    v8::ScriptOrigin origin(isolate, Utf8String(isolate, "node:" + args[1] + "/" + path));
    v8::ScriptCompiler::Source source(Utf8String(isolate, text), origin);
    v8::Local<v8::String> params[] = {
        OneByteString(isolate, "exports"), OneByteString(isolate, "require"),
        OneByteString(isolate, "module"), OneByteString(isolate, "binding")};
    v8::Local<v8::Function> fn;
    if (!v8::ScriptCompiler::CompileFunction(ctx, &source, 4, params, 0, nullptr,
                                             v8::ScriptCompiler::kEagerCompile)
             .ToLocal(&fn)) {
      fprintf(stderr, "%s: does not compile\n", file.c_str());
      _exit(1);
    }
    int length = WriteCodeCacheArray(out, fn, "kCache" + std::to_string(written.size()));
    if (length < 0) continue;
    written.emplace_back(path, length);
  }
  fprintf(out, "\nconst mosaic_code_cache mosaic_plugin_code_caches[] = {\n");
  for (size_t i = 0; i < written.size(); i++) {
    fprintf(out, "  {\"%s\", kCache%zu, %d},\n", written[i].first.c_str(), i, written[i].second);
  }
  fprintf(out, "  {0, 0, 0}};\nconst size_t mosaic_plugin_code_cache_count = %zu;\n",
          written.size());
  fclose(out);
  _exit(0);
}

int Runtime::Run() {
  if (impl_->snapshot_creator) impl_->BuildSnapshot();
  if (!options_.plugin_cache_out.empty()) impl_->BuildPluginCodeCache();
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> ctx = context();
  v8::Context::Scope context_scope(ctx);

  // startExecution() wires this run (process values, loop callbacks) and
  // runs the main program. From a snapshot, the bootstrap already ran.
  v8::Local<v8::Function> start;
  {
    v8::TryCatch try_catch(isolate_);
    v8::Local<v8::Object> exports;
    v8::Local<v8::Value> value;
    if (impl_->from_snapshot) {
      start = ctx->GetDataFromSnapshotOnce<v8::Function>(0).ToLocalChecked();
    } else if (impl_->RunBootstrap(ctx).ToLocal(&exports) &&
               exports->Get(ctx, OneByteString(isolate_, "startExecution")).ToLocal(&value)) {
      start = value.As<v8::Function>();
    } else {
      TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
      return 1;
    }
  }
  impl_->Mark(kBootstrapComplete);
  // A throw from the main program has gone through the uncaught-exception
  // path already (exiting, unless a listener handled it): the loop runs on.
  MakeCallback(v8::Undefined(isolate_), start, 0, nullptr);

  impl_->Mark(kLoopStart);
  do {
    impl_->running_loop = true;
    uv_run(loop_, UV_RUN_DEFAULT);
    impl_->running_loop = false;
    impl_->DrainPlatformTasks();
    if (uv_loop_alive(loop_)) continue;
    v8::HandleScope loop_scope(isolate_);
    MakeCallback(impl_->process.Get(isolate_),
                 impl_->emit_before_exit.Get(isolate_), 0, nullptr);
  } while (uv_loop_alive(loop_));
  impl_->Mark(kLoopExit);

  v8::Local<v8::Object> process = impl_->process.Get(isolate_);
  v8::Local<v8::Value> code;
  {
    v8::TryCatch try_catch(isolate_);
    if (!impl_->emit_exit.Get(isolate_)->Call(ctx, process, 0, nullptr).ToLocal(&code)) {
      // An 'exit' listener threw and 'uncaughtException' handled it.
      TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
      code = process->Get(ctx, OneByteString(isolate_, "exitCode")).ToLocalChecked();
    }
  }
  Exit(code->Int32Value(ctx).FromMaybe(0));
}

}  // namespace mosaic
