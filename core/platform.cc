#include "core/platform.h"

#include <libplatform/libplatform.h>

#include <utility>

namespace mosaic {

// The isolate's libplatform task runner, waking the loop on every post so
// that a task posted while the loop sleeps in poll() runs without waiting
// for some unrelated event. Delayed and idle tasks are left to the pump
// that runs every loop iteration.
class WakingTaskRunner final : public v8::TaskRunner {
 public:
  explicit WakingTaskRunner(std::shared_ptr<v8::TaskRunner> runner)
      : runner_(std::move(runner)) {}

  void SetWakeup(uv_async_t* wakeup) { wakeup_.store(wakeup); }

  void PostTask(std::unique_ptr<v8::Task> task) override {
    runner_->PostTask(std::move(task));
    Wake();
  }
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override {
    runner_->PostNonNestableTask(std::move(task));
    Wake();
  }
  void PostDelayedTask(std::unique_ptr<v8::Task> task, double delay_in_seconds) override {
    runner_->PostDelayedTask(std::move(task), delay_in_seconds);
  }
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task,
                                  double delay_in_seconds) override {
    runner_->PostNonNestableDelayedTask(std::move(task), delay_in_seconds);
  }
  void PostIdleTask(std::unique_ptr<v8::IdleTask> task) override {
    runner_->PostIdleTask(std::move(task));
  }
  bool IdleTasksEnabled() override { return runner_->IdleTasksEnabled(); }
  bool NonNestableTasksEnabled() const override { return runner_->NonNestableTasksEnabled(); }
  bool NonNestableDelayedTasksEnabled() const override {
    return runner_->NonNestableDelayedTasksEnabled();
  }

 private:
  void Wake() {
    uv_async_t* wakeup = wakeup_.load();
    if (wakeup != nullptr) uv_async_send(wakeup);
  }

  std::shared_ptr<v8::TaskRunner> runner_;
  std::atomic<uv_async_t*> wakeup_{nullptr};
};

// A worker task, counted from posting until it has run.
class CountedTask final : public v8::Task {
 public:
  CountedTask(LoopPlatform* platform, std::unique_ptr<v8::Task> task)
      : platform_(platform), task_(std::move(task)) {}
  ~CountedTask() override { platform_->WorkerTaskDone(); }

  void Run() override { task_->Run(); }

 private:
  LoopPlatform* platform_;
  std::unique_ptr<v8::Task> task_;
};

LoopPlatform::LoopPlatform(int worker_threads)
    : default_(v8::platform::NewDefaultPlatform(worker_threads)) {}

LoopPlatform::~LoopPlatform() = default;

void LoopPlatform::SetWakeup(v8::Isolate* isolate, uv_async_t* wakeup) {
  std::shared_ptr<WakingTaskRunner> runner =
      std::static_pointer_cast<WakingTaskRunner>(GetForegroundTaskRunner(isolate));
  runner->SetWakeup(wakeup);
}

bool LoopPlatform::RunForegroundTasks(v8::Isolate* isolate) {
  bool ran = false;
  while (v8::platform::PumpMessageLoop(default_.get(), isolate)) ran = true;
  return ran;
}

void LoopPlatform::WaitForWorkerTasks() {
  std::unique_lock<std::mutex> lock(mutex_);
  idle_.wait(lock, [this] { return pending_worker_tasks_.load() == 0; });
}

void LoopPlatform::WorkerTaskDone() {
  if (pending_worker_tasks_.fetch_sub(1) == 1) {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.notify_all();
  }
}

v8::PageAllocator* LoopPlatform::GetPageAllocator() { return default_->GetPageAllocator(); }

void LoopPlatform::OnCriticalMemoryPressure() { default_->OnCriticalMemoryPressure(); }

bool LoopPlatform::OnCriticalMemoryPressure(size_t length) {
  return default_->OnCriticalMemoryPressure(length);
}

int LoopPlatform::NumberOfWorkerThreads() { return default_->NumberOfWorkerThreads(); }

std::shared_ptr<v8::TaskRunner> LoopPlatform::GetForegroundTaskRunner(v8::Isolate* isolate) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (runner_ == nullptr) {
    isolate_ = isolate;
    runner_ = std::make_shared<WakingTaskRunner>(default_->GetForegroundTaskRunner(isolate));
  }
  if (isolate != isolate_) return default_->GetForegroundTaskRunner(isolate);
  return runner_;
}

void LoopPlatform::CallOnWorkerThread(std::unique_ptr<v8::Task> task) {
  pending_worker_tasks_.fetch_add(1);
  default_->CallOnWorkerThread(std::make_unique<CountedTask>(this, std::move(task)));
}

void LoopPlatform::CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task,
                                             double delay_in_seconds) {
  default_->CallDelayedOnWorkerThread(std::move(task), delay_in_seconds);
}

bool LoopPlatform::IdleTasksEnabled(v8::Isolate* isolate) {
  return default_->IdleTasksEnabled(isolate);
}

// libplatform's job implementation, scheduling its workers through
// CallOnWorkerThread above so that they are counted too.
std::unique_ptr<v8::JobHandle> LoopPlatform::PostJob(v8::TaskPriority priority,
                                                     std::unique_ptr<v8::JobTask> job_task) {
  return v8::platform::NewDefaultJobHandle(this, priority, std::move(job_task),
                                           NumberOfWorkerThreads());
}

double LoopPlatform::MonotonicallyIncreasingTime() {
  return default_->MonotonicallyIncreasingTime();
}

double LoopPlatform::CurrentClockTimeMillis() { return default_->CurrentClockTimeMillis(); }

v8::Platform::StackTracePrinter LoopPlatform::GetStackTracePrinter() {
  return default_->GetStackTracePrinter();
}

v8::TracingController* LoopPlatform::GetTracingController() {
  return default_->GetTracingController();
}

}  // namespace mosaic
