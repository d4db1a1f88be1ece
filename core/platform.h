// The V8 platform: libplatform's default one (its worker threads and task
// queues) with what an event loop needs on top, as node's NodePlatform
// provides it:
// - a foreground task posted from any thread (an async WebAssembly
//   compilation finishing, a FinalizationRegistry cleanup) wakes the loop,
//   which then runs it;
// - the loop can wait for the worker tasks in flight, so that a process
//   whose loop has emptied does not exit before their results arrive.
#ifndef MOSAIC_CORE_PLATFORM_H_
#define MOSAIC_CORE_PLATFORM_H_

#include <uv.h>
#include <v8-platform.h>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace mosaic {

class WakingTaskRunner;

class LoopPlatform final : public v8::Platform {
 public:
  explicit LoopPlatform(int worker_threads);
  ~LoopPlatform() override;

  // Foreground tasks posted for `isolate` call uv_async_send(wakeup). One
  // isolate per process; the handle must stay open while V8 runs.
  void SetWakeup(v8::Isolate* isolate, uv_async_t* wakeup);
  // Runs the isolate's due foreground tasks; whether any ran.
  bool RunForegroundTasks(v8::Isolate* isolate);
  // Blocks until no worker task is queued or running.
  void WaitForWorkerTasks();

  // v8::Platform: libplatform's, except for the foreground task runner
  // (which wakes the loop) and worker tasks (which are counted).
  v8::PageAllocator* GetPageAllocator() override;
  void OnCriticalMemoryPressure() override;
  bool OnCriticalMemoryPressure(size_t length) override;
  int NumberOfWorkerThreads() override;
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override;
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override;
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task,
                                 double delay_in_seconds) override;
  bool IdleTasksEnabled(v8::Isolate* isolate) override;
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority,
                                         std::unique_ptr<v8::JobTask> job_task) override;
  double MonotonicallyIncreasingTime() override;
  double CurrentClockTimeMillis() override;
  StackTracePrinter GetStackTracePrinter() override;
  v8::TracingController* GetTracingController() override;

 private:
  friend class CountedTask;
  void WorkerTaskDone();

  std::unique_ptr<v8::Platform> default_;
  v8::Isolate* isolate_ = nullptr;
  std::shared_ptr<WakingTaskRunner> runner_;
  std::mutex mutex_;  // guards isolate_ and runner_, and pairs with idle_
  std::condition_variable idle_;
  std::atomic<int> pending_worker_tasks_{0};
};

}  // namespace mosaic

#endif  // MOSAIC_CORE_PLATFORM_H_
