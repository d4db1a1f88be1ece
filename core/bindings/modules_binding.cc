// internalBinding('modules'): ES module records over V8's Module API. The
// ESM loader (loader/js/internal/modules/esm) resolves and fetches; this
// file compiles, links, instantiates and evaluates, and routes dynamic
// import() and import.meta back to the loader.
#include <string>
#include <unordered_map>
#include <vector>

#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

struct ModuleRecord {
  v8::Global<v8::Module> module;
  std::string url;
  std::vector<std::string> specifiers;  // in GetModuleRequests() order
  std::vector<int> resolved;            // record ids, same order
  v8::Global<v8::Function> synthetic_evaluate;  // synthetic modules only
};

struct ModuleRegistry {
  std::vector<ModuleRecord> records;
  std::unordered_multimap<int, int> by_hash;  // identity hash -> record id
  v8::Global<v8::Function> import_dynamic;    // (specifier, referrer, type)
  v8::Global<v8::Function> init_import_meta;  // (meta, url)
};

ModuleRegistry* Registry() {
  static ModuleRegistry* registry = new ModuleRegistry();  // one isolate
  return registry;
}

int FindRecord(v8::Local<v8::Module> module) {
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  ModuleRegistry* reg = Registry();
  auto range = reg->by_hash.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    if (reg->records[it->second].module.Get(isolate) == module) return it->second;
  }
  return -1;
}

int AddRecord(v8::Isolate* isolate, v8::Local<v8::Module> module, std::string url) {
  ModuleRegistry* reg = Registry();
  int id = static_cast<int>(reg->records.size());
  reg->records.emplace_back();
  ModuleRecord& record = reg->records.back();
  record.module.Reset(isolate, module);
  record.url = std::move(url);
  reg->by_hash.emplace(module->GetIdentityHash(), id);
  return id;
}

ModuleRecord* RecordArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index = 0) {
  int id = args[index]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  ModuleRegistry* reg = Registry();
  if (id < 0 || id >= static_cast<int>(reg->records.size())) {
    ThrowError(args.GetIsolate(), "invalid module id");
    return nullptr;
  }
  return &reg->records[id];
}

// `text` with the four characters at `position` ("with") read as "assert".
v8::Local<v8::String> WithAsAssert(v8::Isolate* isolate, v8::Local<v8::String> text,
                                   int position) {
  std::u16string chars(text->Length(), u'\0');
  text->Write(isolate, reinterpret_cast<uint16_t*>(chars.data()), 0, text->Length(),
              v8::String::NO_NULL_TERMINATION);
  chars.replace(position, 4, u"assert");
  return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(chars.data()),
                                    v8::NewStringType::kNormal, static_cast<int>(chars.size()))
      .ToLocalChecked();
}

// Whether the parser stopped at an import attributes `with` (node 20.10+
// syntax, which V8 10.2 knows as import assertions under `assert`).
bool StoppedAtAttributesWith(v8::Isolate* isolate, const v8::TryCatch& try_catch,
                             v8::Local<v8::String> text, int* position) {
  v8::Local<v8::Message> message = try_catch.Message();
  if (message.IsEmpty() || ToStdString(isolate, message->Get()) !=
                               "Uncaught SyntaxError: Unexpected token 'with'") {
    return false;
  }
  *position = message->GetStartPosition();
  if (*position < 0 || *position + 4 > text->Length()) return false;
  uint16_t word[4];
  text->Write(isolate, word, *position, 4, v8::String::NO_NULL_TERMINATION);
  return word[0] == 'w' && word[1] == 'i' && word[2] == 't' && word[3] == 'h';
}

// Compiles module source, reading import attributes (`with { type: 'json' }`)
// as the engine's import assertions.
v8::MaybeLocal<v8::Module> CompileModuleText(v8::Isolate* isolate, v8::Local<v8::String> text,
                                             v8::Local<v8::Value> url) {
  for (;;) {
    v8::TryCatch try_catch(isolate);
    v8::ScriptOrigin origin(isolate, url, 0, 0, false, -1, v8::Local<v8::Value>(), false, false,
                            true /* is_module */);
    v8::ScriptCompiler::Source source(text, origin);
    v8::Local<v8::Module> module;
    if (v8::ScriptCompiler::CompileModule(isolate, &source).ToLocal(&module)) return module;
    int position;
    if (!StoppedAtAttributesWith(isolate, try_catch, text, &position)) {
      try_catch.ReThrow();
      return {};
    }
    text = WithAsAssert(isolate, text, position);
  }
}

// compile(source, url) -> id; the module's requests via requests(id).
void Compile(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Module> module;
  if (!CompileModuleText(isolate, args[0].As<v8::String>(), args[1]).ToLocal(&module)) return;
  int id = AddRecord(isolate, module, ToStdString(isolate, args[1]));
  ModuleRecord& record = Registry()->records[id];
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  for (int i = 0; i < requests->Length(); i++) {
    auto request = requests->Get(context, i).As<v8::ModuleRequest>();
    record.specifiers.push_back(ToStdString(isolate, request->GetSpecifier()));
  }
  args.GetReturnValue().Set(id);
}

// requests(id) -> [[specifier, assertType], ...]
void Requests(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ModuleRecord* record = RecordArg(args);
  if (record == nullptr) return;
  v8::Local<v8::Module> module = record->module.Get(isolate);
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  v8::Local<v8::Array> out = v8::Array::New(isolate, requests->Length());
  for (int i = 0; i < requests->Length(); i++) {
    auto request = requests->Get(context, i).As<v8::ModuleRequest>();
    v8::Local<v8::FixedArray> assertions = request->GetImportAssertions();
    v8::Local<v8::Value> type = v8::Undefined(isolate);
    // Entries are (key, value, source offset) triples.
    for (int j = 0; j + 1 < assertions->Length(); j += 3) {
      v8::Local<v8::Value> key = assertions->Get(context, j).As<v8::Value>();
      if (ToStdString(isolate, key) == "type") {
        type = assertions->Get(context, j + 1).As<v8::Value>();
      }
    }
    v8::Local<v8::Value> pair[] = {request->GetSpecifier(), type};
    out->Set(context, i, v8::Array::New(isolate, pair, 2)).Check();
  }
  args.GetReturnValue().Set(out);
}

v8::MaybeLocal<v8::Value> EvaluateSynthetic(v8::Local<v8::Context> context,
                                            v8::Local<v8::Module> module) {
  v8::Isolate* isolate = context->GetIsolate();
  int id = FindRecord(module);
  ModuleRecord& record = Registry()->records[id];
  v8::Local<v8::Value> exports;
  if (!record.synthetic_evaluate.Get(isolate)
           ->Call(context, v8::Undefined(isolate), 0, nullptr)
           .ToLocal(&exports)) {
    return {};
  }
  v8::Local<v8::Object> values = exports.As<v8::Object>();
  v8::Local<v8::Array> names;
  // Export names are strings even when they look like indices ("0").
  if (!values->GetOwnPropertyNames(context,
                                   static_cast<v8::PropertyFilter>(v8::ONLY_ENUMERABLE |
                                                                   v8::SKIP_SYMBOLS),
                                   v8::KeyConversionMode::kConvertToString)
           .ToLocal(&names)) {
    return {};
  }
  for (uint32_t i = 0; i < names->Length(); i++) {
    v8::Local<v8::Value> name = names->Get(context, i).ToLocalChecked();
    v8::Local<v8::Value> value;
    if (!values->Get(context, name).ToLocal(&value)) return {};
    if (module->SetSyntheticModuleExport(isolate, name.As<v8::String>(), value).IsNothing()) {
      return {};
    }
  }
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
  resolver->Resolve(context, v8::Undefined(isolate)).Check();
  return resolver->GetPromise();
}

// createSynthetic(url, exportNames, evaluate) -> id. `evaluate()` returns
// an object whose own properties are the export values.
void CreateSynthetic(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> names = args[1].As<v8::Array>();
  std::vector<v8::Local<v8::String>> export_names;
  for (uint32_t i = 0; i < names->Length(); i++) {
    v8::Local<v8::Value> name = names->Get(context, i).ToLocalChecked();
    export_names.push_back(name.As<v8::String>());
  }
  v8::Local<v8::Module> module = v8::Module::CreateSyntheticModule(
      isolate, args[0].As<v8::String>(), export_names, EvaluateSynthetic);
  int id = AddRecord(isolate, module, ToStdString(isolate, args[0]));
  Registry()->records[id].synthetic_evaluate.Reset(isolate, args[2].As<v8::Function>());
  args.GetReturnValue().Set(id);
}

// link(id, resolvedIds): the records each request resolved to.
void Link(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  ModuleRecord* record = RecordArg(args);
  if (record == nullptr) return;
  v8::Local<v8::Array> ids = args[1].As<v8::Array>();
  record->resolved.clear();
  for (uint32_t i = 0; i < ids->Length(); i++) {
    record->resolved.push_back(
        ids->Get(context, i).ToLocalChecked()->Int32Value(context).FromMaybe(-1));
  }
}

v8::MaybeLocal<v8::Module> ResolveCallback(v8::Local<v8::Context> context,
                                           v8::Local<v8::String> specifier,
                                           v8::Local<v8::FixedArray>,
                                           v8::Local<v8::Module> referrer) {
  v8::Isolate* isolate = context->GetIsolate();
  ModuleRegistry* reg = Registry();
  int id = FindRecord(referrer);
  if (id < 0) return {};
  ModuleRecord& record = reg->records[id];
  std::string spec = ToStdString(isolate, specifier);
  for (size_t i = 0; i < record.specifiers.size() && i < record.resolved.size(); i++) {
    if (record.specifiers[i] == spec && record.resolved[i] >= 0) {
      return reg->records[record.resolved[i]].module.Get(isolate);
    }
  }
  ThrowError(isolate, "Module '" + spec + "' was not linked from " + record.url);
  return {};
}

void Instantiate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ModuleRecord* record = RecordArg(args);
  if (record == nullptr) return;
  v8::Local<v8::Module> module = record->module.Get(isolate);
  if (module->GetStatus() >= v8::Module::kInstantiated) return;
  module->InstantiateModule(isolate->GetCurrentContext(), ResolveCallback).IsJust();
}

// evaluate(id) -> promise (top-level await) of completion.
void Evaluate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ModuleRecord* record = RecordArg(args);
  if (record == nullptr) return;
  v8::Local<v8::Value> result;
  if (record->module.Get(isolate)->Evaluate(isolate->GetCurrentContext()).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// evaluateSync(id) -> false when the graph has top-level await (it is then
// left unevaluated); otherwise evaluates it and returns true, or throws
// what its evaluation threw. For require() of an ES module.
void EvaluateSync(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ModuleRecord* record = RecordArg(args);
  if (record == nullptr) return;
  v8::Local<v8::Module> module = record->module.Get(isolate);
  if (module->IsGraphAsync()) {
    args.GetReturnValue().Set(false);
    return;
  }
  v8::Local<v8::Value> result;
  if (!module->Evaluate(isolate->GetCurrentContext()).ToLocal(&result)) return;
  // A graph without top-level await settles its promise during Evaluate().
  v8::Local<v8::Promise> promise = result.As<v8::Promise>();
  if (promise->State() == v8::Promise::kRejected) {
    // A handler, not just MarkAsHandled(): the rejection tracker has been
    // told of the rejection and must hear that it is handled.
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Function> ignore;
    if (!v8::Function::New(context, [](const v8::FunctionCallbackInfo<v8::Value>&) {})
             .ToLocal(&ignore) ||
        promise->Catch(context, ignore).IsEmpty()) {
      return;
    }
    isolate->ThrowException(promise->Result());
    return;
  }
  args.GetReturnValue().Set(true);
}

// setSyntheticExport(id, name, value): a builtin's module namespace follows
// its CommonJS exports (module.syncBuiltinESMExports()).
void SetSyntheticExport(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ModuleRecord* record = RecordArg(args);
  if (record == nullptr) return;
  v8::Local<v8::Module> module = record->module.Get(isolate);
  if (module->GetStatus() != v8::Module::kEvaluated) return;
  module->SetSyntheticModuleExport(isolate, args[1].As<v8::String>(), args[2]).IsJust();
}

void GetNamespace(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleRecord* record = RecordArg(args);
  if (record == nullptr) return;
  v8::Local<v8::Module> module = record->module.Get(args.GetIsolate());
  if (module->GetStatus() < v8::Module::kInstantiated) {
    ThrowError(args.GetIsolate(), "module is not instantiated: " + record->url);
    return;
  }
  args.GetReturnValue().Set(module->GetModuleNamespace());
}

// status(id): 0 uninstantiated ... 5 errored (v8::Module::Status).
void Status(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleRecord* record = RecordArg(args);
  if (record == nullptr) return;
  args.GetReturnValue().Set(static_cast<int>(record->module.Get(args.GetIsolate())->GetStatus()));
}

void GetError(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleRecord* record = RecordArg(args);
  if (record == nullptr) return;
  v8::Local<v8::Module> module = record->module.Get(args.GetIsolate());
  if (module->GetStatus() == v8::Module::kErrored) {
    args.GetReturnValue().Set(module->GetException());
  }
}

v8::MaybeLocal<v8::Promise> ImportDynamically(v8::Local<v8::Context> context,
                                              v8::Local<v8::Data>,
                                              v8::Local<v8::Value> resource_name,
                                              v8::Local<v8::String> specifier,
                                              v8::Local<v8::FixedArray> assertions) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Value> type = v8::Undefined(isolate);
  for (int j = 0; j + 1 < assertions->Length(); j += 2) {
    // Dynamic import assertions come as (key, value) pairs.
    if (ToStdString(isolate, assertions->Get(context, j).As<v8::Value>()) == "type") {
      type = assertions->Get(context, j + 1).As<v8::Value>();
    }
  }
  v8::Local<v8::Value> argv[] = {specifier, resource_name, type};
  v8::Local<v8::Value> result;
  if (!Registry()->import_dynamic.Get(isolate)
           ->Call(context, v8::Undefined(isolate), 3, argv)
           .ToLocal(&result) ||
      !result->IsPromise()) {
    return {};
  }
  return scope.Escape(result.As<v8::Promise>());
}

void InitImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module> module,
                    v8::Local<v8::Object> meta) {
  v8::Isolate* isolate = context->GetIsolate();
  int id = FindRecord(module);
  if (id < 0) return;
  v8::Local<v8::Value> argv[] = {meta, Utf8String(isolate, Registry()->records[id].url)};
  Registry()->init_import_meta.Get(isolate)
      ->Call(context, v8::Undefined(isolate), 2, argv)
      .IsEmpty();
}

// setCallbacks(importDynamically, initializeImportMeta)
void SetCallbacks(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Registry()->import_dynamic.Reset(isolate, args[0].As<v8::Function>());
  Registry()->init_import_meta.Reset(isolate, args[1].As<v8::Function>());
  isolate->SetHostImportModuleDynamicallyCallback(ImportDynamically);
  isolate->SetHostInitializeImportMetaObjectCallback(InitImportMeta);
}

const BindingMethod kModulesMethods[] = {
    {"compile", Compile},
    {"requests", Requests},
    {"createSynthetic", CreateSynthetic},
    {"link", Link},
    {"instantiate", Instantiate},
    {"evaluate", Evaluate},
    {"evaluateSync", EvaluateSync},
    {"setSyntheticExport", SetSyntheticExport},
    {"getNamespace", GetNamespace},
    {"status", Status},
    {"getError", GetError},
    {"setCallbacks", SetCallbacks},
};

}  // namespace

void InitModulesBinding(Runtime*, v8::Local<v8::Context> context,
                        v8::Local<v8::Object> target) {
  SetMethods(context, target, kModulesMethods);
}

void RegisterModulesBindingReferences(ExternalReferences* refs) {
  refs->Add(kModulesMethods);
}

}  // namespace mosaic
