// internalBinding('loader'): the file-system and compile primitives the
// module loader needs before (and without) the fs plugin.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

#include "core/runtime_internal.h"
#include "core/v8_util.h"

namespace mosaic {
namespace {

// internalModuleStat(path): 0 file, 1 directory, negative errno otherwise.
void InternalModuleStat(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::String::Utf8Value path(args.GetIsolate(), args[0]);
  struct stat st;
  int rc = stat(*path, &st);
  if (rc != 0) {
    args.GetReturnValue().Set(-errno);
  } else {
    args.GetReturnValue().Set(S_ISDIR(st.st_mode) ? 1 : 0);
  }
}

// readFileUtf8(path): the file's text, or undefined if it cannot be read
// (the loader turns that into the right Node error itself).
void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::String::Utf8Value path(isolate, args[0]);
  int fd = open(*path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (args[1]->IsTrue()) isolate->ThrowException(UvException(isolate, -errno, "open", *path));
    return;
  }
  std::string data;
  struct stat st;
  if (fstat(fd, &st) == 0 && st.st_size > 0) data.reserve(st.st_size);
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      close(fd);
      if (args[1]->IsTrue()) isolate->ThrowException(UvException(isolate, -err, "read", *path));
      return;
    }
    if (n == 0) break;
    data.append(buf, n);
  }
  close(fd);
  // A UTF-8 byte order mark is not part of the program text.
  size_t skip = data.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  args.GetReturnValue().Set(
      Utf8String(isolate, std::string_view(data).substr(skip)));
}

// readSync(fd, size) -> ArrayBuffer (empty at end of file) or -errno.
void ReadSync(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  int fd = args[0]->Int32Value(context).FromMaybe(0);
  size_t size = static_cast<size_t>(args[1]->Uint32Value(context).FromMaybe(65536));
  auto store = v8::ArrayBuffer::NewBackingStore(isolate, size);
  ssize_t n;
  do {
    n = read(fd, store->Data(), size);
  } while (n < 0 && errno == EINTR);
  if (n < 0) {
    args.GetReturnValue().Set(-errno);
    return;
  }
  store = v8::BackingStore::Reallocate(isolate, std::move(store), static_cast<size_t>(n));
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

void Realpath(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::String::Utf8Value path(isolate, args[0]);
  char* resolved = realpath(*path, nullptr);
  if (resolved == nullptr) {
    isolate->ThrowException(UvException(isolate, -errno, "realpath", *path));
    return;
  }
  args.GetReturnValue().Set(Utf8String(isolate, resolved));
  free(resolved);
}

// Whether a compile error is ES module syntax in a CommonJS wrapper.
bool IsModuleSyntaxError(v8::Isolate* isolate, v8::Local<v8::Value> error) {
  if (!error->IsNativeError()) return false;
  std::string text = ToStdString(isolate, error);
  static const char* const kMessages[] = {
      "SyntaxError: Cannot use import statement outside a module",
      "SyntaxError: Unexpected token 'export'",
      "SyntaxError: Cannot use 'import.meta' outside a module",
  };
  for (const char* message : kMessages) {
    if (text.rfind(message, 0) == 0) return true;
  }
  return false;
}

// compileFunction(source, filename, params[], detectModule): a function
// compiled with the given parameters, stack traces naming `filename`. With
// detectModule, ES module syntax returns null instead of throwing (node's
// syntax detection for untyped entry points).
void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::ScriptOrigin origin(isolate, args[1]);
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin);
  v8::Local<v8::Array> names = args[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> params;
  for (uint32_t i = 0; i < names->Length(); i++) {
    params.push_back(names->Get(context, i).ToLocalChecked().As<v8::String>());
  }
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> fn;
  if (v8::ScriptCompiler::CompileFunction(context, &source, params.size(),
                                          params.data())
          .ToLocal(&fn)) {
    args.GetReturnValue().Set(fn);
    return;
  }
  if (args[3]->IsTrue() && IsModuleSyntaxError(isolate, try_catch.Exception())) {
    args.GetReturnValue().SetNull();
    return;
  }
  // A syntax error keeps pointing at the user's source even when the
  // loader catches and rethrows it.
  DecorateWithArrow(isolate, try_catch.Exception(), try_catch.Message());
  try_catch.ReThrow();
}

// runScript(source, filename): evaluates a classic script (for -e / -p).
void RunScript(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::ScriptOrigin origin(isolate, args[1]);
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (v8::ScriptCompiler::Compile(context, &source).ToLocal(&script) &&
      script->Run(context).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

const BindingMethod kLoaderMethods[] = {
    {"internalModuleStat", InternalModuleStat},
    {"readFileUtf8", ReadFileUtf8},
    {"readSync", ReadSync},
    {"realpath", Realpath},
    {"compileFunction", CompileFunction},
    {"runScript", RunScript},
};

}  // namespace

void InitLoaderBinding(Runtime*, v8::Local<v8::Context> context,
                       v8::Local<v8::Object> target) {
  SetMethods(context, target, kLoaderMethods);
}

void RegisterLoaderBindingReferences(ExternalReferences* refs) {
  refs->Add(kLoaderMethods);
}

}  // namespace mosaic
