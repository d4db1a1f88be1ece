// Small helpers over the V8 API shared by the core's bindings.
#ifndef MOSAIC_CORE_V8_UTIL_H_
#define MOSAIC_CORE_V8_UTIL_H_

#include <v8.h>

#include <string>
#include <string_view>

namespace mosaic {

inline v8::Local<v8::String> OneByteString(v8::Isolate* isolate,
                                           std::string_view s) {
  return v8::String::NewFromOneByte(
             isolate, reinterpret_cast<const uint8_t*>(s.data()),
             v8::NewStringType::kNormal, static_cast<int>(s.size()))
      .ToLocalChecked();
}

inline v8::Local<v8::String> Utf8String(v8::Isolate* isolate,
                                        std::string_view s) {
  return v8::String::NewFromUtf8(isolate, s.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(s.size()))
      .ToLocalChecked();
}

inline std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> v) {
  v8::String::Utf8Value utf8(isolate, v);
  return *utf8 ? std::string(*utf8, utf8.length()) : std::string();
}

// Defines a non-constructible native function `name` on `target`.
void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
               std::string_view name, v8::FunctionCallback callback,
               v8::Local<v8::Value> data = v8::Local<v8::Value>());

// Same, for functions without side effects (usable by the inspector's eager
// evaluation and cheaper for V8 to reason about).
void SetMethodNoSideEffect(v8::Local<v8::Context> context,
                           v8::Local<v8::Object> target, std::string_view name,
                           v8::FunctionCallback callback);

void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
              std::string_view name, v8::Local<v8::Value> value);

void ThrowTypeError(v8::Isolate* isolate, std::string_view message);
void ThrowError(v8::Isolate* isolate, std::string_view message);

// A system error like node's: `${code}: ${message}, ${syscall} '${path}'`
// with errno/code/syscall/path fields.
v8::Local<v8::Value> UvException(v8::Isolate* isolate, int err,
                                 const char* syscall, const char* path = nullptr,
                                 const char* dest = nullptr);

// "file:line\nsource line\n   ^^^\n" — the arrow node prints above a fatal error.
std::string FormatErrorSource(v8::Isolate* isolate,
                              v8::Local<v8::Context> context,
                              v8::Local<v8::Message> message);

}  // namespace mosaic

#endif  // MOSAIC_CORE_V8_UTIL_H_
