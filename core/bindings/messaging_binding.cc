// internalBinding('messaging'): structuredClone over V8's serializer.
#include <cstdlib>
#include <vector>

#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

// Host objects (native wrappers) and SharedArrayBuffers cannot be cloned
// into the same isolate without a transfer mechanism; V8 reports them
// through these delegates, which we turn into DataCloneErrors.
class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  explicit SerializerDelegate(v8::Isolate* isolate) : isolate_(isolate) {}
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Object> err = v8::Exception::Error(message).As<v8::Object>();
    err->Set(isolate_->GetCurrentContext(), OneByteString(isolate_, "name"),
             OneByteString(isolate_, "DataCloneError"))
        .Check();
    isolate_->ThrowException(err);
  }

 private:
  v8::Isolate* isolate_;
};

// structuredClone(value, transferList): transferred ArrayBuffers are
// detached from the source and their contents move to the clone.
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  SerializerDelegate delegate(isolate);
  v8::ValueSerializer serializer(isolate, &delegate);
  std::vector<v8::Local<v8::ArrayBuffer>> transfers;
  if (args[1]->IsArray()) {
    auto list = args[1].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item = list->Get(context, i).ToLocalChecked();
      if (!item->IsArrayBuffer()) {
        delegate.ThrowDataCloneError(OneByteString(isolate, "Value not transferable"));
        return;
      }
      auto ab = item.As<v8::ArrayBuffer>();
      if (!ab->IsDetachable()) {
        delegate.ThrowDataCloneError(OneByteString(isolate, "An ArrayBuffer is detached and could not be cloned."));
        return;
      }
      for (auto& seen : transfers) {
        if (seen == ab) {
          delegate.ThrowDataCloneError(OneByteString(isolate, "Transfer list contains duplicate"));
          return;
        }
      }
      serializer.TransferArrayBuffer(static_cast<uint32_t>(transfers.size()), ab);
      transfers.push_back(ab);
    }
  }
  serializer.WriteHeader();
  if (!serializer.WriteValue(context, args[0]).FromMaybe(false)) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();
  std::vector<std::shared_ptr<v8::BackingStore>> stores;
  for (auto& ab : transfers) {
    stores.push_back(ab->GetBackingStore());
    ab->Detach();
  }
  v8::ValueDeserializer deserializer(isolate, data.first, data.second);
  for (size_t i = 0; i < stores.size(); i++) {
    deserializer.TransferArrayBuffer(static_cast<uint32_t>(i),
                                     v8::ArrayBuffer::New(isolate, stores[i]));
  }
  v8::Local<v8::Value> result;
  bool ok = deserializer.ReadHeader(context).FromMaybe(false) &&
            deserializer.ReadValue(context).ToLocal(&result);
  free(data.first);
  if (ok) args.GetReturnValue().Set(result);
}

const BindingMethod kMessagingMethods[] = {
    {"structuredClone", StructuredClone},
};

}  // namespace

void InitMessagingBinding(Runtime*, v8::Local<v8::Context> context,
                          v8::Local<v8::Object> target) {
  SetMethods(context, target, kMessagingMethods);
}

void RegisterMessagingBindingReferences(ExternalReferences* refs) {
  refs->Add(kMessagingMethods);
}

}  // namespace mosaic
