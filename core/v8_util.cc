// Small helpers over the V8 API shared by the core's bindings.
#include "core/v8_util.h"

#include <uv.h>

namespace mosaic {

namespace {

// Never disposed: the data is static and the wrapper lives with it.
class StaticOneByte : public v8::String::ExternalOneByteStringResource {
 public:
  StaticOneByte(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override {}

 private:
  const char* data_;
  size_t length_;
};

class StaticTwoByte : public v8::String::ExternalStringResource {
 public:
  StaticTwoByte(const uint16_t* data, size_t length) : data_(data), length_(length) {}
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override {}

 private:
  const uint16_t* data_;
  size_t length_;
};

}  // namespace

v8::Local<v8::String> StaticOneByteString(v8::Isolate* isolate, const char* data,
                                          size_t length) {
  return v8::String::NewExternalOneByte(isolate, new StaticOneByte(data, length))
      .ToLocalChecked();
}

v8::Local<v8::String> StaticTwoByteString(v8::Isolate* isolate, const uint16_t* data,
                                          size_t length) {
  return v8::String::NewExternalTwoByte(isolate, new StaticTwoByte(data, length))
      .ToLocalChecked();
}

void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
               std::string_view name, v8::FunctionCallback callback,
               v8::Local<v8::Value> data) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> fn =
      v8::Function::New(context, callback, data, 0,
                        v8::ConstructorBehavior::kThrow)
          .ToLocalChecked();
  v8::Local<v8::String> key = OneByteString(isolate, name);
  fn->SetName(key);
  target->Set(context, key, fn).Check();
}

void SetMethodNoSideEffect(v8::Local<v8::Context> context,
                           v8::Local<v8::Object> target, std::string_view name,
                           v8::FunctionCallback callback) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> fn =
      v8::Function::New(context, callback, v8::Local<v8::Value>(), 0,
                        v8::ConstructorBehavior::kThrow,
                        v8::SideEffectType::kHasNoSideEffect)
          .ToLocalChecked();
  v8::Local<v8::String> key = OneByteString(isolate, name);
  fn->SetName(key);
  target->Set(context, key, fn).Check();
}

void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
              std::string_view name, v8::Local<v8::Value> value) {
  target->Set(context, OneByteString(context->GetIsolate(), name), value)
      .Check();
}

void ThrowTypeError(v8::Isolate* isolate, std::string_view message) {
  isolate->ThrowException(
      v8::Exception::TypeError(Utf8String(isolate, message)));
}

void ThrowError(v8::Isolate* isolate, std::string_view message) {
  isolate->ThrowException(v8::Exception::Error(Utf8String(isolate, message)));
}

v8::Local<v8::Value> UvException(v8::Isolate* isolate, int err,
                                 const char* syscall, const char* path,
                                 const char* dest) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string message = std::string(uv_err_name(err)) + ": " +
                        uv_strerror(err) + ", " + syscall;
  if (path != nullptr) message += std::string(" '") + path + "'";
  if (dest != nullptr) message += std::string(" -> '") + dest + "'";
  v8::Local<v8::Object> e =
      v8::Exception::Error(Utf8String(isolate, message)).As<v8::Object>();
  SetValue(context, e, "errno", v8::Integer::New(isolate, err));
  SetValue(context, e, "code", OneByteString(isolate, uv_err_name(err)));
  SetValue(context, e, "syscall", OneByteString(isolate, syscall));
  if (path != nullptr) SetValue(context, e, "path", Utf8String(isolate, path));
  if (dest != nullptr) SetValue(context, e, "dest", Utf8String(isolate, dest));
  return e;
}

v8::Local<v8::Private> ArrowKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "mosaic:arrowMessage"));
}

void DecorateWithArrow(v8::Isolate* isolate, v8::Local<v8::Value> error,
                       v8::Local<v8::Message> message) {
  if (!error->IsObject() || message.IsEmpty()) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string arrow = FormatErrorSource(isolate, context, message);
  error.As<v8::Object>()
      ->SetPrivate(context, ArrowKey(isolate), Utf8String(isolate, arrow))
      .IsJust();
}

std::string FormatErrorSource(v8::Isolate* isolate,
                              v8::Local<v8::Context> context,
                              v8::Local<v8::Message> message) {
  std::string filename = ToStdString(isolate, message->GetScriptResourceName());
  // Embedded npm packages are minified: one source line is the whole
  // package. Their location says nothing to the user; the stack remains.
  if (filename.rfind("node:internal/deps/", 0) == 0) return "";
  int line = message->GetLineNumber(context).FromMaybe(0);
  v8::Local<v8::String> source_line;
  if (!message->GetSourceLine(context).ToLocal(&source_line)) return "";
  std::string text = ToStdString(isolate, source_line);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  // The CommonJS wrapper is compiled as a function, so columns are already
  // relative to the user's source line.
  std::string arrow;
  for (int i = 0; i < start && i < static_cast<int>(text.size()); i++) {
    arrow += text[i] == '\t' ? '\t' : ' ';
  }
  if (end <= start) end = start + 1;
  arrow.append(end - start, '^');
  return filename + ":" + std::to_string(line) + "\n" + text + "\n" + arrow +
         "\n";
}

}  // namespace mosaic
