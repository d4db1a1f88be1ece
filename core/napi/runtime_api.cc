// The runtime's table of services for plugins (sdk/mosaic_plugin.h,
// mosaic_runtime_api): what built-in modules need that Node-API lacks.
#include <cstdlib>
#include <utility>

#include "core/napi/napi_internal.h"
#include "sdk/mosaic_plugin.h"

using mosaic::napi::ClearLastError;
using mosaic::napi::JsValue;
using mosaic::napi::SetLastError;

namespace {

// A malloc'd string payload the garbage collector frees when it drops the
// string. The bytes are reported as external memory so that allocating
// many large strings drives collections as their real size would.
template <typename Base, typename Char>
class OwnedExternalString : public Base {
 public:
  OwnedExternalString(v8::Isolate* isolate, Char* data, size_t length)
      : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(Bytes()));
  }
  ~OwnedExternalString() override {
    free(data_);
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(Bytes()));
  }
  OwnedExternalString(const OwnedExternalString&) = delete;
  OwnedExternalString& operator=(const OwnedExternalString&) = delete;

  const Char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  size_t Bytes() const { return length_ * sizeof(Char); }

  v8::Isolate* const isolate_;
  Char* const data_;
  const size_t length_;
};

using OwnedLatin1 = OwnedExternalString<v8::String::ExternalOneByteStringResource, char>;
using OwnedUtf16 = OwnedExternalString<v8::String::ExternalStringResource, uint16_t>;

template <typename Resource, typename Char, typename MakeString>
napi_status CreateExternalString(napi_env env, Char* data, size_t length, napi_value* result,
                                 MakeString&& make) {
  if (env == nullptr) {
    free(data);
    return napi_invalid_arg;
  }
  if (result == nullptr || (data == nullptr && length > 0)) {
    free(data);
    return SetLastError(env, napi_invalid_arg);
  }
  if (length == 0) {
    free(data);
    *result = JsValue(v8::String::Empty(env->isolate));
    return ClearLastError(env);
  }
  auto* resource = new Resource(env->isolate, data, length);
  v8::Local<v8::String> string;
  if (!make(env->isolate, resource).ToLocal(&string)) {
    delete resource;  // V8 did not take it (longer than String::kMaxLength)
    return SetLastError(env, napi_generic_failure);
  }
  *result = JsValue(string);
  return ClearLastError(env);
}

napi_status CreateExternalLatin1(napi_env env, char* data, size_t length, napi_value* result) {
  return CreateExternalString<OwnedLatin1>(
      env, data, length, result, [](v8::Isolate* isolate, OwnedLatin1* resource) {
        return v8::String::NewExternalOneByte(isolate, resource);
      });
}

napi_status CreateExternalUtf16(napi_env env, char16_t* data, size_t length,
                                napi_value* result) {
  return CreateExternalString<OwnedUtf16>(
      env, reinterpret_cast<uint16_t*>(data), length, result,
      [](v8::Isolate* isolate, OwnedUtf16* resource) {
        return v8::String::NewExternalTwoByte(isolate, resource);
      });
}

const mosaic_runtime_api kRuntimeApi = {
    sizeof(mosaic_runtime_api),
    MOSAIC_PLUGIN_ABI_MINOR,
    CreateExternalLatin1,
    CreateExternalUtf16,
    mosaic::napi::CreateUninitializedBuffer,
};

}  // namespace

extern "C" const mosaic_runtime_api* mosaic_get_runtime_api(void) { return &kRuntimeApi; }
