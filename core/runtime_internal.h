// The runtime's private state, shared by runtime.cc and the core bindings.
// Nothing outside core/ may include this (enforced by Bazel visibility).
#ifndef MOSAIC_CORE_RUNTIME_INTERNAL_H_
#define MOSAIC_CORE_RUNTIME_INTERNAL_H_

#include <uv.h>
#include <v8.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/array_buffer_allocator.h"
#include "core/runtime.h"

namespace mosaic {

// Indices into the flag arrays shared with JS (core/js/internal/process/*.js).
enum TickInfoField { kHasTickScheduled = 0, kHasRejectionToWarn, kTickInfoFields };
enum ImmediateInfoField { kImmediateCount = 0, kImmediateRefCount, kImmediateHasOutstanding, kImmediateInfoFields };

// performance.nodeTiming's milestones, in the order they are reached.
enum Milestone {
  kNodeStart = 0, kV8Start, kEnvironment, kBootstrapComplete, kLoopStart, kLoopExit,
  kMilestoneCount
};

class Runtime::Impl {
 public:
  explicit Impl(Runtime* runtime) : runtime(runtime) {}

  Runtime* runtime;
  ArrayBufferAllocator* allocator = nullptr;  // null while building the snapshot
  std::unique_ptr<v8::SnapshotCreator> snapshot_creator;  // --build-snapshot
  v8::StartupData snapshot_blob{nullptr, 0};
  bool from_snapshot = false;
  v8::Global<v8::Context> context;

  // Callbacks the bootstrap JS registers (internalBinding('runtime').setup).
  v8::Global<v8::Function> tick_callback;        // processTicksAndRejections
  v8::Global<v8::Function> timers_callback;      // processTimers(now)
  v8::Global<v8::Function> immediate_callback;   // processImmediate()
  v8::Global<v8::Function> fatal_exception;      // (err, arrow) -> exit code or -1
  v8::Global<v8::Function> promise_reject;       // (type, promise, reason)
  v8::Global<v8::Function> emit_before_exit;     // () -> void
  v8::Global<v8::Function> emit_exit;            // () -> exit code
  v8::Global<v8::Object> process;
  // The async context frame's accessors, once AsyncLocalStorage is in use.
  v8::Global<v8::Function> get_async_frame;      // () -> frame
  v8::Global<v8::Function> set_async_frame;      // (frame) -> void

  // Flag arrays shared with JS (set by setup()); pointers into their memory.
  uint8_t* tick_info = nullptr;
  uint32_t* immediate_info = nullptr;

  uv_timer_t timer;
  uv_check_t immediate_check;
  uv_idle_t immediate_idle;
  uv_prepare_t platform_pump;
  uv_async_t platform_wakeup;    // sent when V8 posts a foreground task
  uv_timer_t malloc_trim_timer;  // see ScheduleMallocTrim

  // Internal modules compiled so far, kept only with --build-code-cache.
  std::vector<std::pair<std::string, v8::Global<v8::Function>>> compiled_internals;
  void CompileUnusedInternals();
  void WriteCodeCache(const std::string& path);
  std::vector<std::pair<CleanupHook, void*>> cleanup_hooks;
  bool in_fatal_exception = false;
  bool exiting = false;
  bool running_loop = false;  // inside Run()'s uv_run
  uint64_t start_time_ns = 0;    // uv_hrtime() at process start
  double time_origin_ms = 0;     // wall clock at process start
  // ms since start_time_ns when each milestone was reached, -1 before.
  double milestones[kMilestoneCount] = {-1, -1, -1, -1, -1, -1};
  void Mark(Milestone milestone) {
    milestones[milestone] = static_cast<double>(uv_hrtime() - start_time_ns) / 1e6;
  }

  // Runs internal/bootstrap; returns its exports (startExecution, ...).
  v8::MaybeLocal<v8::Object> RunBootstrap(v8::Local<v8::Context> context);
  [[noreturn]] void BuildSnapshot();
  [[noreturn]] void BuildPluginCodeCache();
  void StartTimer(int64_t duration_ms);
  static void OnTimer(uv_timer_t* handle);
  static void OnCheck(uv_check_t* handle);
  bool RunPlatformTasks();
  void DrainPlatformTasks();
  static void ScheduleMallocTrim(v8::Isolate* isolate, v8::GCType type,
                                 v8::GCCallbackFlags flags, void* data);
};

// A native binding: fills `target` with functions and values.
using BindingInitializer = void (*)(Runtime* runtime,
                                    v8::Local<v8::Context> context,
                                    v8::Local<v8::Object> target);

// Returns the initializer of binding `name`, or nullptr.
BindingInitializer FindBinding(std::string_view name);

class ExternalReferences;
// Adds every binding's native callbacks (for the start-up snapshot).
void RegisterBindingReferences(ExternalReferences* refs);

}  // namespace mosaic

#endif  // MOSAIC_CORE_RUNTIME_INTERNAL_H_
