// internalBinding('encoding'): the byte work behind TextEncoder/TextDecoder.
#include <cstring>
#include <vector>

#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {


// Bytes of a Uint8Array (or any ArrayBufferView) argument.
std::string_view Bytes(v8::Local<v8::Value> value) {
  if (!value->IsArrayBufferView()) return {};
  auto view = value.As<v8::ArrayBufferView>();
  auto store = view->Buffer()->GetBackingStore();
  const char* data = static_cast<const char*>(store->Data());
  if (data == nullptr) return {};
  return std::string_view(data + view->ByteOffset(), view->ByteLength());
}

void EncodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::String> str;
  if (!args[0]->ToString(isolate->GetCurrentContext()).ToLocal(&str)) return;
  size_t length = str->Utf8Length(isolate);
  auto store = v8::ArrayBuffer::NewBackingStore(isolate, length);
  str->WriteUtf8(isolate, static_cast<char*>(store->Data()), static_cast<int>(length), nullptr,
                 v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  auto buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  args.GetReturnValue().Set(v8::Uint8Array::New(buffer, 0, length));
}

void EncodeInto(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto str = args[0].As<v8::String>();
  auto dest = args[1].As<v8::Uint8Array>();
  char* data = ViewData<char>(dest);
  int read = 0;
  int written = str->WriteUtf8(isolate, data, static_cast<int>(dest->ByteLength()), &read,
                               v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  // [read, written]: the Uint32Array bound as the function's data.
  uint32_t* results = ViewData<uint32_t>(args.Data());
  results[0] = static_cast<uint32_t>(read);
  results[1] = static_cast<uint32_t>(written);
}

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or
// truncated sequences).
bool IsValidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    int extra;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + extra >= n) return false;  // truncated sequence
    if (p[i + 1] < lo || p[i + 1] > hi) return false;
    for (int k = 2; k <= extra; k++) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

void DecodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string_view bytes = Bytes(args[0]);
  bool ignore_bom = args[1]->IsTrue();
  bool fatal = args[2]->IsTrue();
  if (fatal && !IsValidUtf8(bytes)) return;  // undefined: the JS side throws
  if (!ignore_bom && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  // V8's decoder replaces ill-formed input with U+FFFD per maximal subpart,
  // as the Encoding standard requires.
  args.GetReturnValue().Set(Utf8String(isolate, bytes));
}

void DecodeUtf16le(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string_view bytes = Bytes(args[0]);
  bool ignore_bom = args[1]->IsTrue();
  bool fatal = args[2]->IsTrue();
  size_t count = bytes.size() / 2;
  std::vector<uint16_t> units(count);
  memcpy(units.data(), bytes.data(), count * 2);
  for (size_t i = 0; i < count; i++) {
    uint16_t u = units[i];
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < count && units[i + 1] >= 0xDC00 &&
        units[i + 1] <= 0xDFFF) {
      i++;
      continue;
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      if (fatal) return;
      units[i] = 0xFFFD;
    }
  }
  size_t start = (!ignore_bom && count > 0 && units[0] == 0xFEFF) ? 1 : 0;
  v8::Local<v8::String> result;
  if (v8::String::NewFromTwoByte(isolate, units.data() + start, v8::NewStringType::kNormal,
                                 static_cast<int>(count - start))
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

void DecodeLatin1(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string_view bytes = Bytes(args[0]);
  args.GetReturnValue().Set(OneByteString(args.GetIsolate(), bytes));
}

const BindingMethod kEncodingMethods[] = {
    {"encodeUtf8", EncodeUtf8},
    {"decodeUtf8", DecodeUtf8},
    {"decodeUtf16le", DecodeUtf16le},
    {"decodeLatin1", DecodeLatin1},
};

}  // namespace

void InitEncodingBinding(Runtime*, v8::Local<v8::Context> context,
                         v8::Local<v8::Object> target) {
  v8::Isolate* isolate = context->GetIsolate();
  auto buffer = v8::ArrayBuffer::New(isolate, 2 * sizeof(uint32_t));
  auto results = v8::Uint32Array::New(buffer, 0, 2);
  SetValue(context, target, "encodeIntoResults", results);
  SetMethods(context, target, kEncodingMethods);
  SetMethod(context, target, "encodeInto", EncodeInto, results);
}

void RegisterEncodingBindingReferences(ExternalReferences* refs) {
  refs->Add(kEncodingMethods);
  refs->Add(EncodeInto);
}

}  // namespace mosaic
