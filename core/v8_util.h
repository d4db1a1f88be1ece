// Small helpers over the V8 API shared by the core's bindings.
#ifndef MOSAIC_CORE_V8_UTIL_H_
#define MOSAIC_CORE_V8_UTIL_H_

#include <v8.h>

#include <string>
#include <string_view>
#include <vector>

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

// A string over bytes that live as long as the process (embedded JS, the
// text of a plugin that is never unloaded), handed to V8 without copying.
v8::Local<v8::String> StaticOneByteString(v8::Isolate* isolate, const char* data,
                                          size_t length);
v8::Local<v8::String> StaticTwoByteString(v8::Isolate* isolate, const uint16_t* data,
                                          size_t length);

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

// The memory of a typed array or DataView (`value` must be one), as T*.
template <typename T>
T* ViewData(v8::Local<v8::Value> value) {
  auto view = value.As<v8::ArrayBufferView>();
  return reinterpret_cast<T*>(static_cast<char*>(view->Buffer()->GetBackingStore()->Data()) +
                              view->ByteOffset());
}

// One native function of a binding. Bindings declare theirs in a table so
// the same list both installs them and registers them as external
// references for the start-up snapshot.
struct BindingMethod {
  const char* name;
  v8::FunctionCallback callback;
  bool no_side_effect = false;
};

template <size_t N>
void SetMethods(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                const BindingMethod (&methods)[N]) {
  for (const BindingMethod& m : methods) {
    if (m.no_side_effect) {
      SetMethodNoSideEffect(context, target, m.name, m.callback);
    } else {
      SetMethod(context, target, m.name, m.callback);
    }
  }
}

// The addresses of every native callback reachable from JS objects in the
// start-up snapshot, in a fixed order (V8 matches them by index).
class ExternalReferences {
 public:
  void Add(const void* address) { refs_.push_back(reinterpret_cast<intptr_t>(address)); }
  void Add(v8::FunctionCallback callback) { Add(reinterpret_cast<const void*>(callback)); }
  template <size_t N>
  void Add(const BindingMethod (&methods)[N]) {
    for (const BindingMethod& m : methods) Add(m.callback);
  }
  // Null-terminated, as V8 expects.
  const intptr_t* data() {
    if (refs_.empty() || refs_.back() != 0) refs_.push_back(0);
    return refs_.data();
  }

 private:
  std::vector<intptr_t> refs_;
};

void ThrowTypeError(v8::Isolate* isolate, std::string_view message);
void ThrowError(v8::Isolate* isolate, std::string_view message);

// A system error like node's: `${code}: ${message}, ${syscall} '${path}'`
// with errno/code/syscall/path fields.
v8::Local<v8::Value> UvException(v8::Isolate* isolate, int err,
                                 const char* syscall, const char* path = nullptr,
                                 const char* dest = nullptr);

// The "file:line / source / ^^^" arrow of an error, remembered on the error
// object where it was first thrown (compile errors are rethrown by JS
// loaders, which would otherwise move the arrow to the rethrow).
v8::Local<v8::Private> ArrowKey(v8::Isolate* isolate);
void DecorateWithArrow(v8::Isolate* isolate, v8::Local<v8::Value> error,
                       v8::Local<v8::Message> message);

// "file:line\nsource line\n   ^^^\n" — the arrow node prints above a fatal error.
std::string FormatErrorSource(v8::Isolate* isolate,
                              v8::Local<v8::Context> context,
                              v8::Local<v8::Message> message);

}  // namespace mosaic

#endif  // MOSAIC_CORE_V8_UTIL_H_
