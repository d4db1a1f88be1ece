// internalBinding('plugins'): finding, verifying and opening plugin shared
// objects. The JS side (internal/modules/plugins) orders loads, checks
// dependency ranges and evaluates each plugin's embedded JavaScript.
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/file_util.h"
#include "core/plugin_host.h"
#include "core/runtime_internal.h"
#include "core/v8_util.h"
#include "core/version.h"
#include "sdk/mosaic_plugin.h"

namespace mosaic {
namespace {

// A content check against the lock file (not a security boundary): FNV-1a
// 64 in four lanes, word i of the file going to lane i % 4, then the
// remaining bytes into lane 0, the lanes folded together with the same
// step. Four independent multiply chains hash the hundreds of KiB of a
// plugin about four times as fast as one. tools/compose_runtime.py computes
// the same function.
constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

uint64_t HashBytes(const unsigned char* p, size_t size) {
  uint64_t lanes[4] = {kFnvOffset, kFnvOffset, kFnvOffset, kFnvOffset};
  size_t words = size / 8;
  size_t i = 0;
  for (; i + 4 <= words; i += 4) {
    for (int k = 0; k < 4; k++) {
      uint64_t word;
      memcpy(&word, p + (i + k) * 8, 8);  // x86-64 is little-endian
      lanes[k] = (lanes[k] ^ word) * kFnvPrime;
    }
  }
  for (; i < words; i++) {
    uint64_t word;
    memcpy(&word, p + i * 8, 8);
    lanes[i % 4] = (lanes[i % 4] ^ word) * kFnvPrime;
  }
  for (size_t j = words * 8; j < size; j++) lanes[0] = (lanes[0] ^ p[j]) * kFnvPrime;
  uint64_t h = lanes[0];
  for (int k = 1; k < 4; k++) h = (h ^ lanes[k]) * kFnvPrime;
  return h;
}

bool HashFile(const std::string& path, std::string* hex) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    close(fd);
    return false;
  }
  uint64_t h = HashBytes(nullptr, 0);
  if (st.st_size > 0) {
    // MAP_POPULATE: one call maps every page instead of one fault per page.
    void* map = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (map == MAP_FAILED) {
      close(fd);
      return false;
    }
    h = HashBytes(static_cast<const unsigned char*>(map), static_cast<size_t>(st.st_size));
    munmap(map, st.st_size);
  }
  close(fd);
  char buf[17];
  snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  *hex = buf;
  return true;
}

std::vector<std::string_view> SplitWhitespace(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t i = 0;
  while (i < line.size()) {
    size_t start = line.find_first_not_of(" \t\r", i);
    if (start == std::string_view::npos) break;
    size_t end = line.find_first_of(" \t\r", start);
    if (end == std::string_view::npos) end = line.size();
    fields.push_back(line.substr(start, end - start));
    i = end;
  }
  return fields;
}

std::string ExecutableDir() {
  char buf[PATH_MAX];
  size_t size = sizeof(buf);
  if (uv_exepath(buf, &size) != 0) return ".";
  std::string path(buf, size);
  return path.substr(0, path.rfind('/'));
}

v8::Local<v8::Array> Entry(v8::Isolate* isolate, const std::string& name,
                           const std::string& version, const std::string& file,
                           const std::string& hash, const char* origin,
                           const std::string& stamp = std::string()) {
  v8::Local<v8::Value> fields[] = {
      Utf8String(isolate, name), Utf8String(isolate, version),
      Utf8String(isolate, file), Utf8String(isolate, hash),
      OneByteString(isolate, origin), Utf8String(isolate, stamp)};
  return v8::Array::New(isolate, fields, 6);
}

// "<size> <mtime in ns>" of a file, as the lock file records it.
std::string FileStamp(const struct stat& st) {
  return std::to_string(st.st_size) + " " +
         std::to_string(static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 +
                        st.st_mtim.tv_nsec);
}

// One descriptor held back for loading plugins: plugins are opened on first
// require, which may come when the process has run out of descriptors
// (EMFILE). Load() frees it for its own opens (they are sequential, each
// closed before the next) and takes it back after.
int reserve_fd = -1;

void ReserveFd() {
  if (reserve_fd < 0) reserve_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
}

void ReleaseReservedFd() {
  if (reserve_fd >= 0) close(reserve_fd);
  reserve_fd = -1;
}

// catalog(extraDirs): [[name, version, file, hash, origin, stamp], ...]
// from the runtime's lock file, then from every `libmosaic_<name>.so` in
// extraDirs (version, hash and stamp empty: they are read from the plugin
// itself).
void Catalog(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ReserveFd();
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> out = v8::Array::New(isolate);
  uint32_t n = 0;
  std::string lib_dir = ExecutableDir() + "/../lib/mosaic";
  std::string lock;
  ReadWholeFile(lib_dir + "/runtime.lock", &lock);  // missing: no plugins
  std::string_view rest = lock;
  while (!rest.empty()) {
    size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields = SplitWhitespace(line);
    if (fields.size() < 4) continue;
    std::string stamp;
    if (fields.size() >= 6) stamp = std::string(fields[4]) + " " + std::string(fields[5]);
    out->Set(context, n++,
             Entry(isolate, std::string(fields[0]), std::string(fields[1]),
                   lib_dir + "/" + std::string(fields[2]), std::string(fields[3]), "runtime",
                   stamp))
        .Check();
  }
  std::string dirs = ToStdString(isolate, args[0]);
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(start, end - start);
    start = end + 1;
    if (dir.empty()) continue;
    DIR* d = opendir(dir.c_str());
    if (d == nullptr) continue;
    while (dirent* e = readdir(d)) {
      std::string file = e->d_name;
      if (file.rfind("libmosaic_", 0) != 0) continue;
      size_t so = file.find(".so");
      if (so == std::string::npos || so <= 10) continue;
      if (file.size() != so + 3) continue;  // skip .so.1.0.0 copies
      std::string name = file.substr(10, so - 10);
      out->Set(context, n++, Entry(isolate, name, "", dir + "/" + file, "", "path"))
          .Check();
    }
    closedir(d);
  }
  args.GetReturnValue().Set(out);
}

v8::Local<v8::String> JsFileSource(v8::Isolate* isolate, const mosaic_js_file& f) {
  // The plugin stays loaded for the life of the process: no copy needed.
  if (f.ascii) return StaticOneByteString(isolate, f.source, f.length);
  return Utf8String(isolate, std::string_view(f.source, f.length));
}

// load(file, expectedHash, stamp): opens the plugin and returns its
// manifest (Load: the same with the reserved descriptor free for its opens).
// The content hash is checked unless the file still has the size and
// modification time the lock file recorded with it (`stamp`): hashing reads
// the whole file, which costs more than opening it.
void LoadWithReservedFd(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string file = ToStdString(isolate, args[0]);
  std::string expected = ToStdString(isolate, args[1]);
  std::string stamp = ToStdString(isolate, args[2]);
  struct stat st;
  if (access(file.c_str(), R_OK) != 0 || stat(file.c_str(), &st) != 0) {
    ThrowError(isolate, "Plugin file " + file + " is missing or unreadable");
    return;
  }
  if (!expected.empty() && (stamp.empty() || stamp != FileStamp(st))) {
    std::string actual;
    if (!HashFile(file, &actual)) {
      ThrowError(isolate, "Cannot read plugin " + file + ": " + strerror(errno));
      return;
    }
    if (actual != expected) {
      ThrowError(isolate, "Plugin " + file + " does not match the runtime's lock file "
                          "(content hash " + actual + ", expected " + expected +
                          "); rebuild the runtime");
      return;
    }
  }
  void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
  if (handle == nullptr) {
    const char* err = dlerror();
    ThrowError(isolate, std::string("Cannot load plugin ") + file + ": " +
                            (err ? err : "unknown dlopen error"));
    return;
  }
  auto get = reinterpret_cast<mosaic_plugin_get_manifest_func>(
      dlsym(handle, "mosaic_plugin_get_manifest"));
  if (get == nullptr) {
    dlclose(handle);
    ThrowError(isolate, file + " is not a Mosaic plugin (no mosaic_plugin_get_manifest)");
    return;
  }
  const mosaic_plugin_manifest* m = get();
  if (m == nullptr || m->struct_size < offsetof(mosaic_plugin_manifest, init) + sizeof(m->init)) {
    dlclose(handle);
    ThrowError(isolate, file + " has an invalid plugin manifest");
    return;
  }
  if (m->abi_major != MOSAIC_PLUGIN_ABI_MAJOR || m->abi_minor > MOSAIC_PLUGIN_ABI_MINOR) {
    std::string msg = "Plugin '" + std::string(m->name) + "' (" + file +
                      ") was built for plugin ABI " + std::to_string(m->abi_major) + "." +
                      std::to_string(m->abi_minor) + "; this runtime provides ABI " +
                      std::to_string(MOSAIC_PLUGIN_ABI_MAJOR) + "." +
                      std::to_string(MOSAIC_PLUGIN_ABI_MINOR);
    dlclose(handle);
    ThrowError(isolate, msg);
    return;
  }
  if (m->napi_version > MOSAIC_NAPI_VERSION) {
    std::string msg = "Plugin '" + std::string(m->name) + "' needs Node-API version " +
                      std::to_string(m->napi_version) + "; this runtime provides " +
                      std::to_string(MOSAIC_NAPI_VERSION);
    dlclose(handle);
    ThrowError(isolate, msg);
    return;
  }
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  SetValue(context, out, "name", Utf8String(isolate, m->name));
  SetValue(context, out, "version", Utf8String(isolate, m->version));
  v8::Local<v8::Array> deps = v8::Array::New(isolate);
  for (size_t i = 0; i < m->dependency_count; i++) {
    v8::Local<v8::Value> pair[] = {Utf8String(isolate, m->dependencies[i].name),
                                   Utf8String(isolate, m->dependencies[i].range)};
    deps->Set(context, i, v8::Array::New(isolate, pair, 2)).Check();
  }
  SetValue(context, out, "dependencies", deps);
  v8::Local<v8::Array> builtins = v8::Array::New(isolate);
  for (size_t i = 0; i < m->builtin_count; i++) {
    v8::Local<v8::Value> pair[] = {Utf8String(isolate, m->builtins[i].id),
                                   Utf8String(isolate, m->builtins[i].path)};
    builtins->Set(context, i, v8::Array::New(isolate, pair, 2)).Check();
  }
  SetValue(context, out, "builtins", builtins);
  v8::Local<v8::Object> files = v8::Object::New(isolate);
  for (size_t i = 0; i < m->js_file_count; i++) {
    SetValue(context, files, m->js_files[i].path, JsFileSource(isolate, m->js_files[i]));
  }
  SetValue(context, out, "files", files);
  SetValue(context, out, "hasInit", v8::Boolean::New(isolate, m->init != nullptr));
  SetValue(context, out, "handle",
           v8::External::New(isolate, const_cast<mosaic_plugin_manifest*>(m)));
  args.GetReturnValue().Set(out);
}

void Load(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ReleaseReservedFd();
  LoadWithReservedFd(args);
  ReserveFd();
}

// init(handle, file): runs the plugin's Node-API initialiser and returns
// the binding object its JavaScript receives.
void Init(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* m = static_cast<const mosaic_plugin_manifest*>(args[0].As<v8::External>()->Value());
  std::string file = ToStdString(isolate, args[1]);
  v8::Local<v8::Value> binding;
  if (InitPluginNative(Runtime::From(isolate->GetCurrentContext()), m->init,
                       m->napi_version, file)
          .ToLocal(&binding)) {
    args.GetReturnValue().Set(binding);
  }
}

// The build-time code cache of `path` in a manifest (ABI >= 1.1), if any.
const mosaic_code_cache* FindCodeCache(const mosaic_plugin_manifest* m, const std::string& path) {
  if (m->struct_size < offsetof(mosaic_plugin_manifest, code_cache_count) + sizeof(size_t)) {
    return nullptr;
  }
  for (size_t i = 0; i < m->code_cache_count; i++) {
    if (path == m->code_caches[i].path) return &m->code_caches[i];
  }
  return nullptr;
}

// compile(source, filename, handle, path): the wrapper function of a plugin
// JS file, from the plugin's code cache when V8 accepts it.
void Compile(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::ScriptOrigin origin(isolate, args[1]);
  const mosaic_code_cache* cache = nullptr;
  if (args[2]->IsExternal()) {
    auto* m = static_cast<const mosaic_plugin_manifest*>(args[2].As<v8::External>()->Value());
    cache = FindCodeCache(m, ToStdString(isolate, args[3]));
  }
  auto options = v8::ScriptCompiler::kNoCompileOptions;
  v8::ScriptCompiler::CachedData* cached = nullptr;
  if (cache != nullptr) {
    cached = new v8::ScriptCompiler::CachedData(cache->data, static_cast<int>(cache->length),
                                                v8::ScriptCompiler::CachedData::BufferNotOwned);
    options = v8::ScriptCompiler::kConsumeCodeCache;
  }
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin, cached);
  v8::Local<v8::String> params[] = {
      OneByteString(isolate, "exports"), OneByteString(isolate, "require"),
      OneByteString(isolate, "module"), OneByteString(isolate, "binding")};
  v8::Local<v8::Function> fn;
  if (v8::ScriptCompiler::CompileFunction(context, &source, 4, params, 0, nullptr, options)
          .ToLocal(&fn)) {
    args.GetReturnValue().Set(fn);
  }
}

const BindingMethod kPluginsMethods[] = {
    {"catalog", Catalog},
    {"load", Load},
    {"init", Init},
    {"compile", Compile},
};

}  // namespace

void InitPluginsBinding(Runtime*, v8::Local<v8::Context> context,
                        v8::Local<v8::Object> target) {
  SetMethods(context, target, kPluginsMethods);
}

void RegisterPluginsBindingReferences(ExternalReferences* refs) {
  refs->Add(kPluginsMethods);
}

}  // namespace mosaic
