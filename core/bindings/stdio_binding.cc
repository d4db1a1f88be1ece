// internalBinding('stdio'): reading fd 0 for process.stdin. A TTY or pipe is
// read through a libuv stream handle (non-blocking, on the loop); anything
// else (a file) is read by JS with synchronous reads, as node does.
#include <cstdlib>

#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

struct StdinHandle {
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_tty_t tty;
    uv_pipe_t pipe;
  };
  Runtime* runtime;
  v8::Global<v8::Function> on_read;  // (chunk: ArrayBuffer | null, errno)
  bool is_tty;
};

StdinHandle* g_stdin = nullptr;  // one per process: fd 0

void OnAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
  buf->base = static_cast<char*>(malloc(suggested));
  buf->len = buf->base != nullptr ? suggested : 0;
}

void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  auto* h = reinterpret_cast<StdinHandle*>(stream);
  if (nread == 0) {  // EAGAIN: nothing to deliver
    free(buf->base);
    return;
  }
  v8::Isolate* isolate = h->runtime->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> argv[2];
  if (nread > 0) {
    // Hand the malloc'd bytes to V8 without copying.
    auto store = v8::ArrayBuffer::NewBackingStore(
        buf->base, static_cast<size_t>(nread),
        [](void* data, size_t, void*) { free(data); }, nullptr);
    argv[0] = v8::ArrayBuffer::New(isolate, std::move(store));
    argv[1] = v8::Integer::New(isolate, 0);
  } else {
    free(buf->base);
    argv[0] = v8::Null(isolate);
    argv[1] = v8::Integer::New(isolate, static_cast<int>(nread));  // UV_EOF or an error
  }
  h->runtime->MakeCallback(v8::Undefined(isolate), h->on_read.Get(isolate), 2, argv);
}

// open(onRead) -> 'TTY' | 'PIPE' | 'FILE' | ... ; opens the handle for TTYs
// and pipes.
void Open(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Runtime* runtime = Runtime::From(isolate->GetCurrentContext());
  uv_handle_type type = uv_guess_handle(0);
  const char* name = type == UV_TTY ? "TTY" : type == UV_NAMED_PIPE ? "PIPE"
                   : type == UV_FILE ? "FILE" : type == UV_TCP ? "TCP" : "UNKNOWN";
  if ((type == UV_TTY || type == UV_NAMED_PIPE || type == UV_TCP) && g_stdin == nullptr) {
    auto* h = new StdinHandle();
    h->runtime = runtime;
    h->on_read.Reset(isolate, args[0].As<v8::Function>());
    h->is_tty = type == UV_TTY;
    int err = type == UV_TTY ? uv_tty_init(runtime->loop(), &h->tty, 0, 1)
                             : uv_pipe_init(runtime->loop(), &h->pipe, 0);
    if (err == 0 && type != UV_TTY) err = uv_pipe_open(&h->pipe, 0);
    if (err != 0) {
      delete h;
      isolate->ThrowException(UvException(isolate, err, "uv_pipe_open"));
      return;
    }
    uv_unref(&h->handle);
    g_stdin = h;
  }
  args.GetReturnValue().Set(OneByteString(isolate, name));
}

// readStart(): delivers chunks to onRead and keeps the loop alive.
void ReadStart(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (g_stdin == nullptr) return;
  int err = uv_read_start(&g_stdin->stream, OnAlloc, OnRead);
  if (err == 0 || err == UV_EALREADY) uv_ref(&g_stdin->handle);
  args.GetReturnValue().Set(err == UV_EALREADY ? 0 : err);
}

void ReadStop(const v8::FunctionCallbackInfo<v8::Value>&) {
  if (g_stdin == nullptr) return;
  uv_read_stop(&g_stdin->stream);
  uv_unref(&g_stdin->handle);
}

void SetRawMode(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (g_stdin == nullptr || !g_stdin->is_tty) {
    args.GetReturnValue().Set(UV_EINVAL);
    return;
  }
  args.GetReturnValue().Set(
      uv_tty_set_mode(&g_stdin->tty, args[0]->IsTrue() ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

const BindingMethod kStdioMethods[] = {
    {"open", Open},
    {"readStart", ReadStart},
    {"readStop", ReadStop},
    {"setRawMode", SetRawMode},
};

}  // namespace

void InitStdioBinding(Runtime*, v8::Local<v8::Context> context,
                      v8::Local<v8::Object> target) {
  SetMethods(context, target, kStdioMethods);
}

void RegisterStdioBindingReferences(ExternalReferences* refs) {
  refs->Add(kStdioMethods);
}

}  // namespace mosaic
