// The runtime's table of services for plugins (sdk/mosaic_plugin.h,
// mosaic_runtime_api): what built-in modules need that Node-API lacks.
#include <uv.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "core/array_buffer_allocator.h"
#include "core/napi/napi_internal.h"
#include "core/runtime.h"
#include "sdk/mosaic_plugin.h"

using mosaic::napi::ClearLastError;
using mosaic::napi::JsValue;
using mosaic::napi::SetLastError;
using mosaic::napi::V8Value;

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

napi_status GetExternalString(napi_env env, napi_value value, const void** data, size_t* length,
                              bool* one_byte) {
  if (env == nullptr) return napi_invalid_arg;
  if (value == nullptr || data == nullptr || length == nullptr || one_byte == nullptr) {
    return SetLastError(env, napi_invalid_arg);
  }
  v8::Local<v8::Value> v = V8Value(value);
  if (!v->IsString()) return SetLastError(env, napi_string_expected);
  v8::Local<v8::String> string = v.As<v8::String>();
  *data = nullptr;
  *length = 0;
  *one_byte = false;
  if (string->IsExternalOneByte()) {
    const v8::String::ExternalOneByteStringResource* r =
        string->GetExternalOneByteStringResource();
    *data = r->data();
    *length = r->length();
    *one_byte = true;
  } else if (string->IsExternalTwoByte()) {
    const v8::String::ExternalStringResource* r = string->GetExternalStringResource();
    *data = r->data();
    *length = r->length();
  }
  return ClearLastError(env);
}

// The Uint32Array's memory is the allocator's own field, which lives as
// long as the isolate.
napi_status GetZeroFillToggle(napi_env env, napi_value* result) {
  if (env == nullptr) return napi_invalid_arg;
  if (result == nullptr) return SetLastError(env, napi_invalid_arg);
  mosaic::ArrayBufferAllocator* allocator =
      env->runtime != nullptr ? env->runtime->array_buffer_allocator() : nullptr;
  if (allocator == nullptr) return SetLastError(env, napi_generic_failure);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      allocator->zero_fill_field(), sizeof(uint32_t), v8::BackingStore::EmptyDeleter, nullptr);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(env->isolate, std::move(store));
  *result = JsValue(v8::Uint32Array::New(buffer, 0, 1));
  return ClearLastError(env);
}

// One add_gc_observer registration: V8's prologue notes the start, the
// epilogue reports the collection. Each has its own pair of V8 callbacks
// (keyed by this record), so nothing runs at GC time without observers.
struct GcObserverRecord {
  v8::Isolate* isolate;
  mosaic_gc_observer observer;
  void* data;
  uint64_t start_ns = 0;
};

// Registrations of every isolate (worker isolates may add theirs from their
// own threads, hence the lock; GC callbacks never take it).
std::mutex gc_observers_mutex;
std::vector<std::unique_ptr<GcObserverRecord>> gc_observers;

void NoteGcStart(v8::Isolate*, v8::GCType, v8::GCCallbackFlags, void* data) {
  static_cast<GcObserverRecord*>(data)->start_ns = uv_hrtime();
}

void ReportGc(v8::Isolate*, v8::GCType type, v8::GCCallbackFlags flags, void* data) {
  auto* record = static_cast<GcObserverRecord*>(data);
  uint64_t end_ns = uv_hrtime();
  record->observer(record->data, static_cast<uint32_t>(type), static_cast<uint32_t>(flags),
                   record->start_ns, end_ns - record->start_ns);
}

std::vector<std::unique_ptr<GcObserverRecord>>::iterator FindGcObserver(
    v8::Isolate* isolate, mosaic_gc_observer observer, void* data) {
  return std::find_if(gc_observers.begin(), gc_observers.end(), [&](const auto& record) {
    return record->isolate == isolate && record->observer == observer && record->data == data;
  });
}

napi_status AddGcObserver(napi_env env, mosaic_gc_observer observer, void* data) {
  if (env == nullptr) return napi_invalid_arg;
  if (observer == nullptr) return SetLastError(env, napi_invalid_arg);
  std::lock_guard<std::mutex> lock(gc_observers_mutex);
  if (FindGcObserver(env->isolate, observer, data) != gc_observers.end()) {
    return SetLastError(env, napi_invalid_arg);
  }
  auto record = std::make_unique<GcObserverRecord>(GcObserverRecord{env->isolate, observer, data});
  env->isolate->AddGCPrologueCallback(NoteGcStart, record.get());
  env->isolate->AddGCEpilogueCallback(ReportGc, record.get());
  gc_observers.push_back(std::move(record));
  return ClearLastError(env);
}

napi_status RemoveGcObserver(napi_env env, mosaic_gc_observer observer, void* data) {
  if (env == nullptr) return napi_invalid_arg;
  std::lock_guard<std::mutex> lock(gc_observers_mutex);
  auto it = FindGcObserver(env->isolate, observer, data);
  if (it == gc_observers.end()) return SetLastError(env, napi_invalid_arg);
  env->isolate->RemoveGCPrologueCallback(NoteGcStart, it->get());
  env->isolate->RemoveGCEpilogueCallback(ReportGc, it->get());
  gc_observers.erase(it);
  return ClearLastError(env);
}

const mosaic_runtime_api kRuntimeApi = {
    sizeof(mosaic_runtime_api),
    MOSAIC_PLUGIN_ABI_MINOR,
    CreateExternalLatin1,
    CreateExternalUtf16,
    mosaic::napi::CreateUninitializedBuffer,
    GetExternalString,
    GetZeroFillToggle,
    AddGcObserver,
    RemoveGcObserver,
};

}  // namespace

extern "C" const mosaic_runtime_api* mosaic_get_runtime_api(void) { return &kRuntimeApi; }
