// Module registration: napi_module_register (old style, from a static
// constructor during dlopen), napi_register_module_v1 /
// node_api_module_get_api_version_v1 lookup, and the loader entry points.
#include <dlfcn.h>

#include <mutex>
#include <string>
#include <unordered_map>

#include "core/napi/napi_internal.h"
#include "core/runtime.h"

namespace {

// A napi_module_register() made while a library was being dlopen()ed on
// this thread, waiting for the loader to pick it up.
thread_local napi_module* pending_module = nullptr;

// Libraries that registered old-style: a second dlopen() of the same file
// does not run its constructors again, so remember what they registered.
std::mutex registered_mutex;
auto* const registered_modules = new std::unordered_map<void*, napi_module*>();

void ThrowDlopenError(v8::Isolate* isolate, const std::string& message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> text =
      v8::String::NewFromUtf8(isolate, message.c_str(),
                              v8::NewStringType::kNormal,
                              static_cast<int>(message.size()))
          .ToLocalChecked();
  v8::Local<v8::Value> error = v8::Exception::Error(text);
  if (!context.IsEmpty()) {
    error.As<v8::Object>()
        ->Set(context, v8::String::NewFromUtf8Literal(isolate, "code"),
              v8::String::NewFromUtf8Literal(isolate, "ERR_DLOPEN_FAILED"))
        .Check();
  }
  isolate->ThrowException(error);
}

// Creates the env and runs `init`; rethrows what init threw. Returns the
// value init returned (NULL → empty handle).
v8::MaybeLocal<v8::Value> RunInit(mosaic::Runtime* runtime,
                                  napi_addon_register_func init,
                                  int32_t module_api_version,
                                  const std::string& filename,
                                  v8::Local<v8::Object> exports,
                                  bool* threw) {
  v8::Isolate* isolate = runtime->isolate();
  v8::EscapableHandleScope scope(isolate);
  *threw = false;
  if (module_api_version < mosaic::napi::kDefaultModuleApiVersion) {
    module_api_version = mosaic::napi::kDefaultModuleApiVersion;
  }
  if (module_api_version > static_cast<int32_t>(mosaic::napi::kNodeApiVersion) &&
      module_api_version != NAPI_VERSION_EXPERIMENTAL) {
    std::string message = filename + " requires Node-API version " +
                          std::to_string(module_api_version) +
                          ", but this version of Node.js only supports "
                          "version " +
                          std::to_string(mosaic::napi::kNodeApiVersion) +
                          " add-ons.";
    isolate->ThrowException(v8::Exception::Error(
        v8::String::NewFromUtf8(isolate, message.c_str()).ToLocalChecked()));
    *threw = true;
    return v8::MaybeLocal<v8::Value>();
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (context.IsEmpty()) context = runtime->context();
  v8::Context::Scope context_scope(context);
  napi_env env = mosaic::napi::NewEnv(runtime, context, module_api_version,
                                      mosaic::napi::PathToFileURL(filename));
  napi_value returned = nullptr;
  v8::TryCatch try_catch(isolate);
  env->CallIntoModule([&](napi_env e) {
    returned = init(e, mosaic::napi::JsValue(exports));
  });
  if (try_catch.HasCaught()) {
    *threw = true;
    try_catch.ReThrow();
    return v8::MaybeLocal<v8::Value>();
  }
  if (returned == nullptr) return v8::MaybeLocal<v8::Value>();
  return scope.Escape(mosaic::napi::V8Value(returned));
}

// Finds the module's initialiser in a freshly dlopen()ed library.
bool FindInitializer(void* handle,
                     napi_addon_register_func* init,
                     int32_t* api_version) {
  napi_module* module = pending_module;
  pending_module = nullptr;
  {
    std::lock_guard<std::mutex> lock(registered_mutex);
    if (module != nullptr) {
      (*registered_modules)[handle] = module;
    } else {
      auto it = registered_modules->find(handle);
      if (it != registered_modules->end()) module = it->second;
    }
  }
  if (module != nullptr && module->nm_register_func != nullptr) {
    *init = module->nm_register_func;
    *api_version = mosaic::napi::kDefaultModuleApiVersion;
    return true;
  }
  void* symbol = dlsym(handle, "napi_register_module_v1");
  if (symbol == nullptr) return false;
  *init = reinterpret_cast<napi_addon_register_func>(symbol);
  *api_version = mosaic::napi::kDefaultModuleApiVersion;
  void* get_version = dlsym(handle, "node_api_module_get_api_version_v1");
  if (get_version != nullptr) {
    *api_version =
        reinterpret_cast<node_api_addon_get_api_version_func>(get_version)();
  }
  return true;
}

v8::MaybeLocal<v8::Value> InitFromHandle(mosaic::Runtime* runtime,
                                         void* handle,
                                         const std::string& filename,
                                         v8::Local<v8::Object> module,
                                         v8::Local<v8::Object> exports,
                                         bool* found) {
  v8::Isolate* isolate = runtime->isolate();
  napi_addon_register_func init = nullptr;
  int32_t api_version = 0;
  *found = FindInitializer(handle, &init, &api_version);
  if (!*found) {
    ThrowDlopenError(isolate,
                     "Module did not self-register: '" + filename + "'.");
    return v8::MaybeLocal<v8::Value>();
  }
  v8::EscapableHandleScope scope(isolate);
  bool threw = false;
  v8::Local<v8::Value> returned;
  if (!RunInit(runtime, init, api_version, filename, exports, &threw)
           .ToLocal(&returned)) {
    if (threw) return v8::MaybeLocal<v8::Value>();
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (context.IsEmpty()) context = runtime->context();
  v8::Local<v8::String> exports_key = v8::String::NewFromUtf8Literal(
      isolate, "exports", v8::NewStringType::kInternalized);
  // A value other than `exports` becomes module.exports.
  if (!returned.IsEmpty() && !returned->StrictEquals(exports)) {
    if (module->Set(context, exports_key, returned).IsNothing()) {
      return v8::MaybeLocal<v8::Value>();
    }
  }
  v8::Local<v8::Value> result;
  if (!module->Get(context, exports_key).ToLocal(&result)) {
    return v8::MaybeLocal<v8::Value>();
  }
  return scope.Escape(result);
}

}  // namespace

// Old-style registration, called by a static constructor of the library
// being dlopen()ed.
void NAPI_CDECL napi_module_register(napi_module* mod) {
  pending_module = mod;
}

namespace mosaic {
namespace napi {

v8::MaybeLocal<v8::Value> LoadAddon(Runtime* runtime,
                                    const std::string& filename,
                                    v8::Local<v8::Object> module,
                                    v8::Local<v8::Object> exports,
                                    int dlopen_flags) {
  v8::Isolate* isolate = runtime->isolate();
  int flags = dlopen_flags;
  if ((flags & (RTLD_LAZY | RTLD_NOW)) == 0) flags |= RTLD_NOW;
  pending_module = nullptr;
  void* handle = dlopen(filename.c_str(), flags);
  if (handle == nullptr) {
    pending_module = nullptr;
    const char* error = dlerror();
    ThrowDlopenError(isolate, error != nullptr ? error : filename);
    return v8::MaybeLocal<v8::Value>();
  }
  bool found = false;
  v8::MaybeLocal<v8::Value> result =
      InitFromHandle(runtime, handle, filename, module, exports, &found);
  if (!found) dlclose(handle);
  return result;
}

v8::MaybeLocal<v8::Value> InitAddonFromHandle(Runtime* runtime,
                                              void* dl_handle,
                                              const std::string& filename,
                                              v8::Local<v8::Object> module,
                                              v8::Local<v8::Object> exports) {
  bool found = false;
  return InitFromHandle(runtime, dl_handle, filename, module, exports, &found);
}

v8::MaybeLocal<v8::Value> InitModule(Runtime* runtime,
                                     AddonRegisterFunc init,
                                     int32_t module_api_version,
                                     const std::string& filename,
                                     v8::Local<v8::Object> exports) {
  v8::EscapableHandleScope scope(runtime->isolate());
  bool threw = false;
  v8::Local<v8::Value> returned;
  if (!RunInit(runtime, init, module_api_version, filename, exports, &threw)
           .ToLocal(&returned)) {
    if (threw) return v8::MaybeLocal<v8::Value>();
    returned = exports;
  }
  return scope.Escape(returned);
}

}  // namespace napi
}  // namespace mosaic
