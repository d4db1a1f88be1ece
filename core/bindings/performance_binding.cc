// internalBinding('performance'): the clock behind performance.now().
#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

// Milliseconds since the process started (performance.timeOrigin).
void Now(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Runtime* runtime = Runtime::From(args.GetIsolate()->GetCurrentContext());
  args.GetReturnValue().Set((uv_hrtime() - runtime->impl()->start_time_ns) / 1e6);
}

}  // namespace

void InitPerformanceBinding(Runtime* runtime, v8::Local<v8::Context> context,
                            v8::Local<v8::Object> target) {
  v8::Isolate* isolate = context->GetIsolate();
  SetMethodNoSideEffect(context, target, "now", Now);
  SetValue(context, target, "timeOrigin",
           v8::Number::New(isolate, runtime->impl()->time_origin_ms));
}

}  // namespace mosaic
