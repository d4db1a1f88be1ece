// internalBinding('runtime'): the loop machinery behind timers, immediates,
// nextTick/microtasks and the fatal-exception path.
#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

Runtime::Impl* ImplOf(const v8::FunctionCallbackInfo<v8::Value>& args) {
  return Runtime::From(args.GetIsolate()->GetCurrentContext())->impl();
}

v8::Local<v8::Function> GetFunction(v8::Local<v8::Context> context,
                                    v8::Local<v8::Object> obj,
                                    const char* name) {
  v8::Local<v8::Value> value =
      obj->Get(context, OneByteString(context->GetIsolate(), name))
          .ToLocalChecked();
  if (!value->IsFunction()) {
    fprintf(stderr, "bootstrap: missing callback %s\n", name);
    abort();
  }
  return value.As<v8::Function>();
}

// setup({ process, tickInfo, immediateInfo, processTicksAndRejections,
// processTimers, ... }): called once per run (the objects may come from
// the start-up snapshot).
void Setup(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Runtime::Impl* impl = ImplOf(args);
  v8::Local<v8::Object> fns = args[0].As<v8::Object>();
  impl->process.Reset(
      isolate, fns->Get(context, OneByteString(isolate, "process"))
                   .ToLocalChecked()
                   .As<v8::Object>());
  impl->tick_callback.Reset(isolate, GetFunction(context, fns, "processTicksAndRejections"));
  impl->timers_callback.Reset(isolate, GetFunction(context, fns, "processTimers"));
  impl->immediate_callback.Reset(isolate, GetFunction(context, fns, "processImmediate"));
  impl->fatal_exception.Reset(isolate, GetFunction(context, fns, "fatalException"));
  impl->promise_reject.Reset(isolate, GetFunction(context, fns, "promiseRejectHandler"));
  impl->emit_before_exit.Reset(isolate, GetFunction(context, fns, "emitBeforeExit"));
  impl->emit_exit.Reset(isolate, GetFunction(context, fns, "emitExit"));
  v8::Local<v8::Value> tick_info =
      fns->Get(context, OneByteString(isolate, "tickInfo")).ToLocalChecked();
  v8::Local<v8::Value> immediate_info =
      fns->Get(context, OneByteString(isolate, "immediateInfo")).ToLocalChecked();
  impl->tick_info = ViewData<uint8_t>(tick_info);
  impl->immediate_info = ViewData<uint32_t>(immediate_info);
}

void ScheduleTimer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int64_t ms = args[0]->IntegerValue(args.GetIsolate()->GetCurrentContext()).FromMaybe(1);
  Runtime::Impl* impl = ImplOf(args);
  uv_update_time(impl->runtime->loop());
  impl->StartTimer(ms);
}

void ToggleTimerRef(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* handle = reinterpret_cast<uv_handle_t*>(&ImplOf(args)->timer);
  if (args[0]->IsTrue()) uv_ref(handle); else uv_unref(handle);
}

void ToggleImmediateRef(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Runtime::Impl* impl = ImplOf(args);
  // A running idle handle keeps the loop alive and makes poll non-blocking,
  // so pending immediates run promptly.
  if (args[0]->IsTrue()) {
    uv_idle_start(&impl->immediate_idle, [](uv_idle_t*) {});
  } else {
    uv_idle_stop(&impl->immediate_idle);
  }
}

// The loop's clock is cached per iteration; timers created by long-running
// code must start from the real current time, as in node.
void GetLibuvNow(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Runtime* runtime = Runtime::From(args.GetIsolate()->GetCurrentContext());
  uv_update_time(runtime->loop());
  args.GetReturnValue().Set(static_cast<double>(uv_now(runtime->loop())));
}

void EnqueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetIsolate()->EnqueueMicrotask(args[0].As<v8::Function>());
}

void RunMicrotasks(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetIsolate()->PerformMicrotaskCheckpoint();
}

// For errors JS catches but must route to 'uncaughtException' (queueMicrotask
// callbacks, EventTarget listeners).
void TriggerUncaught(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Runtime* runtime = Runtime::From(isolate->GetCurrentContext());
  v8::Local<v8::Message> message = v8::Exception::CreateMessage(isolate, args[0]);
  runtime->TriggerUncaughtException(args[0], message);
}

// setAsyncContextAccessors(getFrame, setFrame): AsyncLocalStorage is in
// use; native callbacks (napi async contexts) capture and restore the
// async context frame through these.
void SetAsyncContextAccessors(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Runtime::Impl* impl = ImplOf(args);
  impl->get_async_frame.Reset(isolate, args[0].As<v8::Function>());
  impl->set_async_frame.Reset(isolate, args[1].As<v8::Function>());
}

// setPromiseHooks(init, before, after, resolve): V8's promise hooks, each a
// function or undefined for none (all undefined: promises run hook-free).
void SetPromiseHooks(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Function> hooks[4];
  for (int i = 0; i < 4; i++) {
    if (args[i]->IsFunction()) hooks[i] = args[i].As<v8::Function>();
  }
  args.GetIsolate()->GetCurrentContext()->SetPromiseHooks(hooks[0], hooks[1], hooks[2],
                                                          hooks[3]);
}

void SetFlagsArrays(v8::Local<v8::Context> context, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = context->GetIsolate();
  auto tick_buffer = v8::ArrayBuffer::New(isolate, kTickInfoFields);
  SetValue(context, target, "tickInfo", v8::Uint8Array::New(tick_buffer, 0, kTickInfoFields));
  auto imm_buffer = v8::ArrayBuffer::New(isolate, kImmediateInfoFields * 4);
  SetValue(context, target, "immediateInfo",
           v8::Uint32Array::New(imm_buffer, 0, kImmediateInfoFields));
}

const BindingMethod kRuntimeMethods[] = {
    {"setup", Setup},
    {"scheduleTimer", ScheduleTimer},
    {"toggleTimerRef", ToggleTimerRef},
    {"toggleImmediateRef", ToggleImmediateRef},
    {"getLibuvNow", GetLibuvNow},
    {"enqueueMicrotask", EnqueueMicrotask},
    {"runMicrotasks", RunMicrotasks},
    {"triggerUncaughtException", TriggerUncaught},
    {"setAsyncContextAccessors", SetAsyncContextAccessors},
    {"setPromiseHooks", SetPromiseHooks},
};

}  // namespace

void InitRuntimeBinding(Runtime*, v8::Local<v8::Context> context,
                        v8::Local<v8::Object> target) {
  SetFlagsArrays(context, target);
  SetMethods(context, target, kRuntimeMethods);
}

void RegisterRuntimeBindingReferences(ExternalReferences* refs) {
  refs->Add(kRuntimeMethods);
}

}  // namespace mosaic
