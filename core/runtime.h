// The per-process runtime: V8 isolate + context, the libuv loop, and the
// services the rest of the core (bindings, Node-API, plugin loader) calls.
#ifndef MOSAIC_CORE_RUNTIME_H_
#define MOSAIC_CORE_RUNTIME_H_

#include <uv.h>
#include <v8.h>

#include <memory>
#include <string>
#include <vector>

#include "core/options.h"

namespace mosaic {

class ArrayBufferAllocator;

class Runtime {
 public:
  explicit Runtime(const Options& options);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Runs the bootstrap and the main program, then the loop until nothing is
  // left; returns the process exit code.
  int Run();

  // The runtime that owns `context` (stored in an embedder data slot).
  static Runtime* From(v8::Local<v8::Context> context);
  static Runtime* Current();  // the runtime of the isolate's current context

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const;
  uv_loop_t* loop() const { return loop_; }
  // The isolate's ArrayBuffer allocator; null while building the snapshot.
  ArrayBufferAllocator* array_buffer_allocator() const;
  const Options& options() const { return options_; }

  // Invokes `fn` as a macrotask the way Node's MakeCallback does: on return
  // at the outermost level it drains the nextTick queue, then microtasks.
  // An exception goes through the uncaught-exception path
  // (process 'uncaughtException' or print + exit) and yields an empty result.
  v8::MaybeLocal<v8::Value> MakeCallback(v8::Local<v8::Value> recv,
                                         v8::Local<v8::Function> fn, int argc,
                                         v8::Local<v8::Value>* argv);

  // Drains nextTick then microtasks if not inside another callback.
  void ProcessTicks();

  // The async context frame current in JavaScript (AsyncLocalStorage's
  // stores), for native code that calls back later to capture, and to
  // restore around the call. Empty until some AsyncLocalStorage turned
  // propagation on.
  v8::MaybeLocal<v8::Value> GetAsyncContextFrame();
  void SetAsyncContextFrame(v8::Local<v8::Value> frame);

  // Routes an exception caught by native code to process 'uncaughtException'
  // handlers; prints and exits the process if nobody handles it.
  void TriggerUncaughtException(v8::Local<v8::Value> error,
                                v8::Local<v8::Message> message);

  // Teardown hooks, run in reverse order of registration before the isolate
  // is disposed (napi_add_env_cleanup_hook and plugins use these).
  using CleanupHook = void (*)(void* arg);
  void AddCleanupHook(CleanupHook hook, void* arg);
  void RemoveCleanupHook(CleanupHook hook, void* arg);

  // Number of callbacks currently on the stack (MakeCallback depth).
  int callback_depth() const { return callback_depth_; }

  // Whether the event loop is running (so an Exit() now comes from inside
  // one of its callbacks).
  bool running_loop() const;

  // Runs cleanup hooks and ends the process ('exit' listeners have run).
  [[noreturn]] void Exit(int code);

  class Impl;  // core-private state (core/runtime_internal.h)
  Impl* impl() const { return impl_.get(); }

 private:
  // Calls `fn` from the loop: counts the callback depth and sends an
  // exception through the uncaught-exception path. Empty when it threw
  // (`*terminated` when execution was terminated instead). No ticks run.
  v8::MaybeLocal<v8::Value> CallFromLoop(v8::Local<v8::Value> recv, v8::Local<v8::Function> fn,
                                         int argc, v8::Local<v8::Value>* argv, bool* terminated);

  Options options_;
  v8::Isolate* isolate_ = nullptr;
  uv_loop_t* loop_ = nullptr;
  int callback_depth_ = 0;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mosaic

#endif  // MOSAIC_CORE_RUNTIME_H_
