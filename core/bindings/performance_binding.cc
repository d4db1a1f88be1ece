// internalBinding('performance'): the clock behind performance.now(), the
// nodeTiming milestones and the loop's idle time.
#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

// Milliseconds since the process started (performance.timeOrigin).
void Now(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Runtime* runtime = Runtime::From(args.GetIsolate()->GetCurrentContext());
  args.GetReturnValue().Set((uv_hrtime() - runtime->impl()->start_time_ns) / 1e6);
}

// getMilestones() -> { nodeStart, v8Start, ... }: ms since the time origin,
// -1 for those not reached yet.
void GetMilestones(const v8::FunctionCallbackInfo<v8::Value>& args) {
  static const char* const kNames[kMilestoneCount] = {
      "nodeStart", "v8Start", "environment", "bootstrapComplete", "loopStart", "loopExit"};
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const double* milestones = Runtime::From(context)->impl()->milestones;
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  for (int i = 0; i < kMilestoneCount; i++) {
    SetValue(context, result, kNames[i], v8::Number::New(isolate, milestones[i]));
  }
  args.GetReturnValue().Set(result);
}

// loopIdleTime() -> ms the loop has spent waiting in its poll phase.
void LoopIdleTime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Runtime* runtime = Runtime::From(args.GetIsolate()->GetCurrentContext());
  args.GetReturnValue().Set(static_cast<double>(uv_metrics_idle_time(runtime->loop())) / 1e6);
}

const BindingMethod kPerformanceMethods[] = {
    {"now", Now, true},
    {"getMilestones", GetMilestones},
    {"loopIdleTime", LoopIdleTime},
};

// timeOrigin is an accessor: the binding object may come from the start-up
// snapshot, but the origin is this process's start.
void TimeOrigin(v8::Local<v8::Name>, const v8::PropertyCallbackInfo<v8::Value>& info) {
  Runtime* runtime = Runtime::From(info.GetIsolate()->GetCurrentContext());
  info.GetReturnValue().Set(runtime->impl()->time_origin_ms);
}

}  // namespace

void InitPerformanceBinding(Runtime*, v8::Local<v8::Context> context,
                            v8::Local<v8::Object> target) {
  SetMethods(context, target, kPerformanceMethods);
  target->SetAccessor(context, OneByteString(context->GetIsolate(), "timeOrigin"), TimeOrigin)
      .Check();
}

void RegisterPerformanceBindingReferences(ExternalReferences* refs) {
  refs->Add(kPerformanceMethods);
  refs->Add(reinterpret_cast<const void*>(TimeOrigin));
}

}  // namespace mosaic
