// The runtime's table of services for plugins (sdk/mosaic_plugin.h,
// mosaic_runtime_api): what built-in modules need that Node-API lacks.
#include <uv.h>
#include <v8-profiler.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
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

// ---------------------------------------------------------------------------
// The engine, for the v8 builtin (ABI 1.5)

void SetNumber(napi_env env, v8::Local<v8::Object> target, const char* name, double value) {
  target
      ->Set(env->context(), v8::String::NewFromUtf8(env->isolate, name).ToLocalChecked(),
            v8::Number::New(env->isolate, value))
      .Check();
}

v8::Local<v8::Object> HeapStatistics(napi_env env) {
  v8::HeapStatistics stats;
  env->isolate->GetHeapStatistics(&stats);
  v8::Local<v8::Object> result = v8::Object::New(env->isolate);
  SetNumber(env, result, "total_heap_size", stats.total_heap_size());
  SetNumber(env, result, "total_heap_size_executable", stats.total_heap_size_executable());
  SetNumber(env, result, "total_physical_size", stats.total_physical_size());
  SetNumber(env, result, "total_available_size", stats.total_available_size());
  SetNumber(env, result, "used_heap_size", stats.used_heap_size());
  SetNumber(env, result, "heap_size_limit", stats.heap_size_limit());
  SetNumber(env, result, "malloced_memory", stats.malloced_memory());
  SetNumber(env, result, "peak_malloced_memory", stats.peak_malloced_memory());
  SetNumber(env, result, "does_zap_garbage", stats.does_zap_garbage());
  SetNumber(env, result, "number_of_native_contexts", stats.number_of_native_contexts());
  SetNumber(env, result, "number_of_detached_contexts", stats.number_of_detached_contexts());
  SetNumber(env, result, "total_global_handles_size", stats.total_global_handles_size());
  SetNumber(env, result, "used_global_handles_size", stats.used_global_handles_size());
  SetNumber(env, result, "external_memory", stats.external_memory());
  return result;
}

v8::Local<v8::Array> HeapSpaceStatistics(napi_env env) {
  size_t count = env->isolate->NumberOfHeapSpaces();
  v8::Local<v8::Array> result = v8::Array::New(env->isolate, static_cast<int>(count));
  for (size_t i = 0; i < count; i++) {
    v8::HeapSpaceStatistics stats;
    env->isolate->GetHeapSpaceStatistics(&stats, i);
    v8::Local<v8::Object> space = v8::Object::New(env->isolate);
    space
        ->Set(env->context(), v8::String::NewFromUtf8Literal(env->isolate, "space_name"),
              v8::String::NewFromUtf8(env->isolate, stats.space_name()).ToLocalChecked())
        .Check();
    SetNumber(env, space, "space_size", stats.space_size());
    SetNumber(env, space, "space_used_size", stats.space_used_size());
    SetNumber(env, space, "space_available_size", stats.space_available_size());
    SetNumber(env, space, "physical_space_size", stats.physical_space_size());
    result->Set(env->context(), static_cast<uint32_t>(i), space).Check();
  }
  return result;
}

v8::Local<v8::Object> HeapCodeStatistics(napi_env env) {
  v8::HeapCodeStatistics stats;
  env->isolate->GetHeapCodeAndMetadataStatistics(&stats);
  v8::Local<v8::Object> result = v8::Object::New(env->isolate);
  SetNumber(env, result, "code_and_metadata_size", stats.code_and_metadata_size());
  SetNumber(env, result, "bytecode_and_metadata_size", stats.bytecode_and_metadata_size());
  SetNumber(env, result, "external_script_source_size", stats.external_script_source_size());
  SetNumber(env, result, "cpu_profiler_metadata_size", stats.cpu_profiler_metadata_size());
  return result;
}

napi_status GetHeapStatistics(napi_env env, mosaic_heap_statistics_kind kind, napi_value* result) {
  if (env == nullptr) return napi_invalid_arg;
  if (result == nullptr) return SetLastError(env, napi_invalid_arg);
  switch (kind) {
    case mosaic_heap_statistics:
      *result = JsValue(HeapStatistics(env));
      break;
    case mosaic_heap_space_statistics:
      *result = JsValue(HeapSpaceStatistics(env));
      break;
    case mosaic_heap_code_statistics:
      *result = JsValue(HeapCodeStatistics(env));
      break;
    default:
      return SetLastError(env, napi_invalid_arg);
  }
  return ClearLastError(env);
}

napi_status SetEngineFlags(napi_env env, const char* flags, size_t length) {
  if (env == nullptr) return napi_invalid_arg;
  if (flags == nullptr && length > 0) return SetLastError(env, napi_invalid_arg);
  v8::V8::SetFlagsFromString(flags == nullptr ? "" : flags, length);
  return ClearLastError(env);
}

napi_status GetCachedDataVersionTag(napi_env env, uint32_t* result) {
  if (env == nullptr) return napi_invalid_arg;
  if (result == nullptr) return SetLastError(env, napi_invalid_arg);
  *result = v8::ScriptCompiler::CachedDataVersionTag();
  return ClearLastError(env);
}

// Streams the snapshot's JSON into a file.
class FileOutputStream final : public v8::OutputStream {
 public:
  explicit FileOutputStream(FILE* file) : file_(file) {}
  int GetChunkSize() override { return 64 * 1024; }
  WriteResult WriteAsciiChunk(char* data, int size) override {
    if (fwrite(data, 1, static_cast<size_t>(size), file_) != static_cast<size_t>(size)) {
      failed_ = true;
      return kAbort;
    }
    return kContinue;
  }
  void EndOfStream() override {}
  bool failed() const { return failed_; }

 private:
  FILE* file_;
  bool failed_ = false;
};

napi_status WriteHeapSnapshot(napi_env env, const char* path) {
  if (env == nullptr) return napi_invalid_arg;
  if (path == nullptr) return SetLastError(env, napi_invalid_arg);
  FILE* file = fopen(path, "w");
  if (file == nullptr) return SetLastError(env, napi_generic_failure);
  v8::HeapProfiler* profiler = env->isolate->GetHeapProfiler();
  const v8::HeapSnapshot* snapshot = profiler->TakeHeapSnapshot();
  FileOutputStream stream(file);
  snapshot->Serialize(&stream, v8::HeapSnapshot::kJSON);
  const_cast<v8::HeapSnapshot*>(snapshot)->Delete();
  bool written = !stream.failed();
  int write_errno = errno;
  bool closed = fclose(file) == 0;
  if (!written) errno = write_errno;
  if (!written || !closed) return SetLastError(env, napi_generic_failure);
  return ClearLastError(env);
}

napi_status GetValueSerializer(napi_env env, napi_value* serializer, napi_value* deserializer) {
  if (env == nullptr) return napi_invalid_arg;
  if (serializer == nullptr || deserializer == nullptr) return SetLastError(env, napi_invalid_arg);
  v8::Local<v8::Function> serializer_class;
  v8::Local<v8::Function> deserializer_class;
  mosaic::napi::NewValueSerializerClasses(env, &serializer_class, &deserializer_class);
  *serializer = JsValue(serializer_class);
  *deserializer = JsValue(deserializer_class);
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
    GetHeapStatistics,
    SetEngineFlags,
    GetCachedDataVersionTag,
    WriteHeapSnapshot,
    GetValueSerializer,
};

}  // namespace

extern "C" const mosaic_runtime_api* mosaic_get_runtime_api(void) { return &kRuntimeApi; }
