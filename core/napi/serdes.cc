// The engine's value serializer as two JavaScript classes, Serializer and
// Deserializer, with the methods node's v8 module documents (the runtime
// API's get_value_serializer hands them to the v8 plugin, whose JavaScript
// builds DefaultSerializer, serialize() and the rest on them).
//
// The delegate hooks are looked up on the JavaScript object at the time of
// use, so subclasses override them: _writeHostObject(object),
// _getDataCloneError(message), _getSharedArrayBufferId(sharedArrayBuffer)
// and _readHostObject().
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/napi/napi_internal.h"

namespace mosaic {
namespace napi {
namespace {

v8::Local<v8::String> Name(v8::Isolate* isolate, const char* name) {
  return v8::String::NewFromUtf8(isolate, name, v8::NewStringType::kInternalized)
      .ToLocalChecked();
}

// A TypeError with node's `code`.
void ThrowTypeError(v8::Isolate* isolate, const char* message,
                    const char* code = "ERR_INVALID_ARG_TYPE") {
  v8::Local<v8::Value> error = v8::Exception::TypeError(Name(isolate, message));
  error.As<v8::Object>()
      ->Set(isolate->GetCurrentContext(), Name(isolate, "code"), Name(isolate, code))
      .Check();
  isolate->ThrowException(error);
}

void ThrowError(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::Error(Name(isolate, message)));
}

// this[name] when it is a function.
bool GetHook(v8::Local<v8::Object> self, const char* name, v8::Local<v8::Function>* hook) {
  v8::Isolate* isolate = self->GetIsolate();
  v8::Local<v8::Value> value;
  if (!self->Get(isolate->GetCurrentContext(), Name(isolate, name)).ToLocal(&value)) {
    return false;
  }
  if (!value->IsFunction()) return false;
  *hook = value.As<v8::Function>();
  return true;
}

// The native state behind a JavaScript object, freed with it.
template <typename T>
class Wrapped {
 public:
  static T* From(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Local<v8::Object> self = args.This();
    if (self->InternalFieldCount() < 1) return nullptr;
    return static_cast<T*>(self->GetAlignedPointerFromInternalField(0));
  }

 protected:
  void Attach(v8::Isolate* isolate, v8::Local<v8::Object> self) {
    // The derived object's address: the field is read back as a T*.
    self->SetAlignedPointerInInternalField(0, static_cast<T*>(this));
    self_.Reset(isolate, self);
    self_.SetWeak(static_cast<T*>(this), [](const v8::WeakCallbackInfo<T>& info) {
      delete info.GetParameter();
    }, v8::WeakCallbackType::kParameter);
  }

  v8::Local<v8::Object> self(v8::Isolate* isolate) const { return self_.Get(isolate); }

 private:
  v8::Global<v8::Object> self_;
};

// ---------------------------------------------------------------------------
// Serializer

class Serializer final : public v8::ValueSerializer::Delegate, public Wrapped<Serializer> {
 public:
  Serializer(napi_env env, v8::Local<v8::Object> self)
      : env_(env), serializer_(env->isolate, this) {
    Attach(env->isolate, self);
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Isolate* isolate = env_->isolate;
    v8::Local<v8::Function> hook;
    v8::Local<v8::Value> error = v8::Exception::Error(message);
    if (GetHook(self(isolate), "_getDataCloneError", &hook)) {
      // Called as a function (Error by default), as node does.
      v8::Local<v8::Value> argv[] = {message};
      if (!hook->Call(isolate->GetCurrentContext(), self(isolate), 1, argv).ToLocal(&error)) {
        return;
      }
    }
    isolate->ThrowException(error);
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    v8::Local<v8::Function> hook;
    if (!GetHook(self(isolate), "_writeHostObject", &hook)) {
      return v8::ValueSerializer::Delegate::WriteHostObject(isolate, object);
    }
    v8::Local<v8::Value> argv[] = {object};
    if (hook->Call(isolate->GetCurrentContext(), self(isolate), 1, argv).IsEmpty()) {
      return v8::Nothing<bool>();
    }
    return v8::Just(true);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate,
                                             v8::Local<v8::SharedArrayBuffer> buffer) override {
    v8::Local<v8::Function> hook;
    if (!GetHook(self(isolate), "_getSharedArrayBufferId", &hook)) {
      return v8::ValueSerializer::Delegate::GetSharedArrayBufferId(isolate, buffer);
    }
    v8::Local<v8::Value> argv[] = {buffer};
    v8::Local<v8::Value> id;
    if (!hook->Call(isolate->GetCurrentContext(), self(isolate), 1, argv).ToLocal(&id)) {
      return v8::Nothing<uint32_t>();
    }
    return id->Uint32Value(isolate->GetCurrentContext());
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (!args.IsConstructCall()) {
      ThrowTypeError(args.GetIsolate(), "Class constructor Serializer cannot be invoked without 'new'",
                     "ERR_CONSTRUCT_CALL_REQUIRED");
      return;
    }
    auto* env = static_cast<napi_env>(args.Data().As<v8::External>()->Value());
    new Serializer(env, args.This());
  }

  static void WriteHeader(const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (Serializer* s = From(args)) s->serializer_.WriteHeader();
  }

  static void WriteValue(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Serializer* s = From(args);
    if (s == nullptr) return;
    v8::Maybe<bool> ok = s->serializer_.WriteValue(args.GetIsolate()->GetCurrentContext(), args[0]);
    if (ok.IsJust()) args.GetReturnValue().Set(ok.FromJust());
  }

  // The bytes written so far, as a Buffer; the serializer starts afresh.
  static void ReleaseBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Serializer* s = From(args);
    if (s == nullptr) return;
    std::pair<uint8_t*, size_t> bytes = s->serializer_.Release();
    void* data = nullptr;
    napi_value buffer = nullptr;
    napi_status status = CreateUninitializedBuffer(s->env_, bytes.second, &data, &buffer);
    if (status == napi_ok && bytes.second > 0) memcpy(data, bytes.first, bytes.second);
    free(bytes.first);
    if (status == napi_ok) args.GetReturnValue().Set(V8Value(buffer));
  }

  static void TransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Serializer* s = From(args);
    if (s == nullptr) return;
    if (!args[1]->IsArrayBuffer()) {
      ThrowTypeError(args.GetIsolate(), "arrayBuffer must be an ArrayBuffer");
      return;
    }
    uint32_t id = args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    s->serializer_.TransferArrayBuffer(id, args[1].As<v8::ArrayBuffer>());
  }

  static void WriteUint32(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Serializer* s = From(args);
    if (s == nullptr) return;
    v8::Maybe<uint32_t> value = args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext());
    if (value.IsJust()) s->serializer_.WriteUint32(value.FromJust());
  }

  static void WriteUint64(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Serializer* s = From(args);
    if (s == nullptr) return;
    v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
    v8::Maybe<uint32_t> hi = args[0]->Uint32Value(context);
    if (hi.IsNothing()) return;
    v8::Maybe<uint32_t> lo = args[1]->Uint32Value(context);
    if (lo.IsNothing()) return;
    s->serializer_.WriteUint64((static_cast<uint64_t>(hi.FromJust()) << 32) | lo.FromJust());
  }

  static void WriteDouble(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Serializer* s = From(args);
    if (s == nullptr) return;
    v8::Maybe<double> value = args[0]->NumberValue(args.GetIsolate()->GetCurrentContext());
    if (value.IsJust()) s->serializer_.WriteDouble(value.FromJust());
  }

  static void WriteRawBytes(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Serializer* s = From(args);
    if (s == nullptr) return;
    if (!args[0]->IsArrayBufferView()) {
      ThrowTypeError(args.GetIsolate(), "source must be a TypedArray or a DataView");
      return;
    }
    v8::Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
    std::vector<uint8_t> bytes(view->ByteLength());
    view->CopyContents(bytes.data(), bytes.size());
    s->serializer_.WriteRawBytes(bytes.data(), bytes.size());
  }

  static void SetTreatArrayBufferViewsAsHostObjects(const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (Serializer* s = From(args)) {
      s->serializer_.SetTreatArrayBufferViewsAsHostObjects(args[0]->BooleanValue(args.GetIsolate()));
    }
  }

 private:
  napi_env env_;
  v8::ValueSerializer serializer_;
};

// ---------------------------------------------------------------------------
// Deserializer

class Deserializer final : public v8::ValueDeserializer::Delegate,
                           public Wrapped<Deserializer> {
 public:
  // The bytes are copied: the view's memory may move or go while reading.
  Deserializer(v8::Isolate* isolate, v8::Local<v8::Object> self, std::vector<uint8_t> bytes)
      : bytes_(std::move(bytes)), deserializer_(isolate, bytes_.data(), bytes_.size(), this) {
    Attach(isolate, self);
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    v8::Local<v8::Function> hook;
    if (!GetHook(self(isolate), "_readHostObject", &hook)) {
      return v8::ValueDeserializer::Delegate::ReadHostObject(isolate);
    }
    // The engine forbids JavaScript while it deserializes, except here.
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    v8::Local<v8::Value> object;
    if (!hook->Call(isolate->GetCurrentContext(), self(isolate), 0, nullptr).ToLocal(&object)) {
      return {};
    }
    if (!object->IsObject()) {
      ThrowTypeError(isolate, "readHostObject must return an object", "ERR_INVALID_RETURN_VALUE");
      return {};
    }
    return object.As<v8::Object>();
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    if (!args.IsConstructCall()) {
      ThrowTypeError(isolate, "Class constructor Deserializer cannot be invoked without 'new'",
                     "ERR_CONSTRUCT_CALL_REQUIRED");
      return;
    }
    if (!args[0]->IsArrayBufferView()) {
      ThrowTypeError(isolate, "buffer must be a TypedArray or a DataView");
      return;
    }
    v8::Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
    std::vector<uint8_t> bytes(view->ByteLength());
    view->CopyContents(bytes.data(), bytes.size());
    v8::Local<v8::Object> self = args.This();
    // node's DefaultDeserializer reads host objects' bytes from `buffer`.
    if (self->Set(isolate->GetCurrentContext(), Name(isolate, "buffer"), view).IsNothing()) return;
    new Deserializer(isolate, self, std::move(bytes));
  }

  static void ReadHeader(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Deserializer* d = From(args);
    if (d == nullptr) return;
    v8::Maybe<bool> ok = d->deserializer_.ReadHeader(args.GetIsolate()->GetCurrentContext());
    if (ok.IsJust()) args.GetReturnValue().Set(ok.FromJust());
  }

  static void ReadValue(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Deserializer* d = From(args);
    if (d == nullptr) return;
    v8::Local<v8::Value> value;
    if (d->deserializer_.ReadValue(args.GetIsolate()->GetCurrentContext()).ToLocal(&value)) {
      args.GetReturnValue().Set(value);
    }
  }

  static void TransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Deserializer* d = From(args);
    if (d == nullptr) return;
    uint32_t id = args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    if (args[1]->IsArrayBuffer()) {
      d->deserializer_.TransferArrayBuffer(id, args[1].As<v8::ArrayBuffer>());
    } else if (args[1]->IsSharedArrayBuffer()) {
      d->deserializer_.TransferSharedArrayBuffer(id, args[1].As<v8::SharedArrayBuffer>());
    } else {
      ThrowTypeError(args.GetIsolate(), "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
    }
  }

  static void GetWireFormatVersion(const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (Deserializer* d = From(args)) {
      args.GetReturnValue().Set(d->deserializer_.GetWireFormatVersion());
    }
  }

  static void ReadUint32(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Deserializer* d = From(args);
    if (d == nullptr) return;
    uint32_t value;
    if (!d->deserializer_.ReadUint32(&value)) {
      ThrowError(args.GetIsolate(), "ReadUint32() failed");
      return;
    }
    args.GetReturnValue().Set(value);
  }

  static void ReadUint64(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Deserializer* d = From(args);
    if (d == nullptr) return;
    uint64_t value;
    if (!d->deserializer_.ReadUint64(&value)) {
      ThrowError(args.GetIsolate(), "ReadUint64() failed");
      return;
    }
    v8::Isolate* isolate = args.GetIsolate();
    v8::Local<v8::Value> halves[] = {v8::Integer::NewFromUnsigned(isolate, value >> 32),
                                     v8::Integer::NewFromUnsigned(isolate, value & 0xffffffff)};
    args.GetReturnValue().Set(v8::Array::New(isolate, halves, 2));
  }

  static void ReadDouble(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Deserializer* d = From(args);
    if (d == nullptr) return;
    double value;
    if (!d->deserializer_.ReadDouble(&value)) {
      ThrowError(args.GetIsolate(), "ReadDouble() failed");
      return;
    }
    args.GetReturnValue().Set(value);
  }

  // _readRawBytes(length) -> the offset of those bytes in `buffer`.
  static void ReadRawBytes(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Deserializer* d = From(args);
    if (d == nullptr) return;
    int64_t length = args[0]->IntegerValue(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    const void* data = nullptr;
    if (length < 0 || !d->deserializer_.ReadRawBytes(static_cast<size_t>(length), &data)) {
      ThrowError(args.GetIsolate(), "ReadRawBytes() failed");
      return;
    }
    args.GetReturnValue().Set(
        static_cast<double>(static_cast<const uint8_t*>(data) - d->bytes_.data()));
  }

 private:
  std::vector<uint8_t> bytes_;
  v8::ValueDeserializer deserializer_;
};

struct Method {
  const char* name;
  v8::FunctionCallback callback;
};

v8::Local<v8::Function> MakeClass(napi_env env, const char* name, v8::FunctionCallback construct,
                                  const Method* methods, size_t count) {
  v8::Isolate* isolate = env->isolate;
  v8::Local<v8::FunctionTemplate> tmpl =
      v8::FunctionTemplate::New(isolate, construct, v8::External::New(isolate, env));
  tmpl->SetClassName(Name(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  for (size_t i = 0; i < count; i++) {
    tmpl->PrototypeTemplate()->Set(
        Name(isolate, methods[i].name),
        v8::FunctionTemplate::New(isolate, methods[i].callback, v8::Local<v8::Value>(), signature),
        v8::DontEnum);
  }
  return tmpl->GetFunction(env->context()).ToLocalChecked();
}

}  // namespace

void NewValueSerializerClasses(napi_env env, v8::Local<v8::Function>* serializer,
                               v8::Local<v8::Function>* deserializer) {
  static const Method kSerializerMethods[] = {
      {"writeHeader", Serializer::WriteHeader},
      {"writeValue", Serializer::WriteValue},
      {"releaseBuffer", Serializer::ReleaseBuffer},
      {"transferArrayBuffer", Serializer::TransferArrayBuffer},
      {"writeUint32", Serializer::WriteUint32},
      {"writeUint64", Serializer::WriteUint64},
      {"writeDouble", Serializer::WriteDouble},
      {"writeRawBytes", Serializer::WriteRawBytes},
      {"_setTreatArrayBufferViewsAsHostObjects", Serializer::SetTreatArrayBufferViewsAsHostObjects},
  };
  static const Method kDeserializerMethods[] = {
      {"readHeader", Deserializer::ReadHeader},
      {"readValue", Deserializer::ReadValue},
      {"getWireFormatVersion", Deserializer::GetWireFormatVersion},
      {"transferArrayBuffer", Deserializer::TransferArrayBuffer},
      {"readUint32", Deserializer::ReadUint32},
      {"readUint64", Deserializer::ReadUint64},
      {"readDouble", Deserializer::ReadDouble},
      {"_readRawBytes", Deserializer::ReadRawBytes},
  };
  *serializer = MakeClass(env, "Serializer", Serializer::New, kSerializerMethods,
                          sizeof(kSerializerMethods) / sizeof(kSerializerMethods[0]));
  *deserializer = MakeClass(env, "Deserializer", Deserializer::New, kDeserializerMethods,
                            sizeof(kDeserializerMethods) / sizeof(kDeserializerMethods[0]));
}

}  // namespace napi
}  // namespace mosaic
