// internalBinding('encoding'): the byte work behind TextEncoder/TextDecoder.
#include <cstring>
#include <memory>
#include <vector>

#include "common/utf8.h"
#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {


// Bytes of a Uint8Array (or any ArrayBufferView) argument.
std::string_view Bytes(v8::Local<v8::Value> value) {
  if (!value->IsArrayBufferView()) return {};
  auto view = value.As<v8::ArrayBufferView>();
  const char* data = static_cast<const char*>(view->Buffer()->Data());
  if (data == nullptr) return {};
  return std::string_view(data + view->ByteOffset(), view->ByteLength());
}

void EncodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::String> str;
  if (!args[0]->ToString(isolate->GetCurrentContext()).ToLocal(&str)) return;
  size_t length = str->Utf8Length(isolate);
  // WriteUtf8 fills all of it: no need to zero it first.
  ArrayBufferAllocator* allocator =
      Runtime::From(isolate->GetCurrentContext())->array_buffer_allocator();
  if (allocator != nullptr) allocator->SkipNextZeroFill();
  auto store = v8::ArrayBuffer::NewBackingStore(isolate, length);
  if (allocator != nullptr) allocator->CancelSkipZeroFill();
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

// A string of the UTF-16 `units`, one-byte when none is above 0xFF (as
// V8's own decoder makes it).
v8::MaybeLocal<v8::String> NewStringFromUnits(v8::Isolate* isolate, char16_t* units,
                                              const utf8::DecodeResult& decoded) {
  const int length = static_cast<int>(decoded.units);
  if (decoded.wide) {
    return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(units),
                                      v8::NewStringType::kNormal, length);
  }
  auto* narrow = reinterpret_cast<uint8_t*>(units);  // narrowed in place
  for (int i = 0; i < length; i++) narrow[i] = static_cast<uint8_t>(units[i]);
  return v8::String::NewFromOneByte(isolate, narrow, v8::NewStringType::kNormal, length);
}

// decodeUtf8(bytes, ignoreBOM, fatal): ill-formed input becomes U+FFFD per
// maximal subpart, as the Encoding standard requires; with `fatal` it
// returns undefined instead (the JS side throws).
void DecodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string_view bytes = Bytes(args[0]);
  bool ignore_bom = args[1]->IsTrue();
  bool fatal = args[2]->IsTrue();
  if (!ignore_bom && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::unique_ptr<char16_t[]> units(new char16_t[bytes.size()]);
  const utf8::DecodeResult decoded =
      utf8::Decode(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), units.get());
  if (fatal && decoded.invalid) return;
  v8::Local<v8::String> result;
  if (decoded.units > static_cast<size_t>(v8::String::kMaxLength) ||
      !NewStringFromUnits(isolate, units.get(), decoded).ToLocal(&result)) {
    // Node's ERR_STRING_TOO_LONG.
    v8::Local<v8::Value> error = v8::Exception::Error(
        OneByteString(isolate, "Cannot create a string longer than 0x1fffffe8 characters"));
    error.As<v8::Object>()
        ->Set(isolate->GetCurrentContext(), OneByteString(isolate, "code"),
              OneByteString(isolate, "ERR_STRING_TOO_LONG"))
        .Check();
    isolate->ThrowException(error);
    return;
  }
  args.GetReturnValue().Set(result);
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
