// internalBinding('process'): the native half of the `process` object.
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <gnu/libc-version.h>
#include <grp.h>
#include <link.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/runtime_internal.h"
#include "core/v8_util.h"
#include "core/version.h"

extern char** environ;

namespace mosaic {
namespace {

v8::Local<v8::Context> Ctx(const v8::FunctionCallbackInfo<v8::Value>& args) {
  return args.GetIsolate()->GetCurrentContext();
}

void Cwd(const v8::FunctionCallbackInfo<v8::Value>& args) {
  char buf[PATH_MAX * 4];
  size_t size = sizeof(buf);
  int err = uv_cwd(buf, &size);
  if (err) {
    args.GetIsolate()->ThrowException(UvException(args.GetIsolate(), err, "uv_cwd"));
    return;
  }
  args.GetReturnValue().Set(Utf8String(args.GetIsolate(), std::string_view(buf, size)));
}

void Chdir(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string dir = ToStdString(args.GetIsolate(), args[0]);
  int err = uv_chdir(dir.c_str());
  if (err) {
    // As node: "ENOENT: no such file or directory, chdir '<cwd>' -> '<dir>'",
    // the old directory being what helps debugging.
    char cwd[PATH_MAX * 4];
    size_t size = sizeof(cwd);
    if (uv_cwd(cwd, &size) != 0) cwd[0] = '\0';
    args.GetIsolate()->ThrowException(
        UvException(args.GetIsolate(), err, "chdir", cwd, dir.c_str()));
  }
}

void Umask(const v8::FunctionCallbackInfo<v8::Value>& args) {
  mode_t old;
  if (args[0]->IsUndefined()) {
    old = umask(0);
    umask(old);
  } else {
    old = umask(static_cast<mode_t>(args[0]->Uint32Value(Ctx(args)).FromMaybe(0)));
  }
  args.GetReturnValue().Set(static_cast<uint32_t>(old));
}

// hrtime(): fills the shared Uint32Array [sec_hi, sec_lo, nsec] like node.
void Hrtime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uint64_t t = uv_hrtime();
  uint32_t* fields = ViewData<uint32_t>(args[0]);
  uint64_t sec = t / 1000000000;
  fields[0] = static_cast<uint32_t>(sec >> 32);
  fields[1] = static_cast<uint32_t>(sec & 0xffffffff);
  fields[2] = static_cast<uint32_t>(t % 1000000000);
}

void HrtimeBigint(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(args.GetIsolate(), uv_hrtime()));
}

void Uptime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Runtime* runtime = Runtime::From(Ctx(args));
  args.GetReturnValue().Set((uv_hrtime() - runtime->impl()->start_time_ns) / 1e9);
}

void Rss(const v8::FunctionCallbackInfo<v8::Value>& args) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  args.GetReturnValue().Set(static_cast<double>(rss));
}

// memoryUsage(Float64Array[5]): rss, heapTotal, heapUsed, external, arrayBuffers
void MemoryUsage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::HeapStatistics stats;
  args.GetIsolate()->GetHeapStatistics(&stats);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  double* f = ViewData<double>(args[0]);
  f[0] = static_cast<double>(rss);
  f[1] = static_cast<double>(stats.total_heap_size());
  f[2] = static_cast<double>(stats.used_heap_size());
  f[3] = static_cast<double>(stats.external_memory());
  f[4] = 0;  // arrayBuffers: V8 10.2 does not expose the total separately
}

// cpuUsage(Float64Array[2]): user and system microseconds.
void CpuUsage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err) {
    args.GetIsolate()->ThrowException(UvException(args.GetIsolate(), err, "uv_getrusage"));
    return;
  }
  double* f = ViewData<double>(args[0]);
  f[0] = ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec;
  f[1] = ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec;
}

// resourceUsage(Float64Array[16]) in node's field order.
void ResourceUsage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err) {
    args.GetIsolate()->ThrowException(UvException(args.GetIsolate(), err, "uv_getrusage"));
    return;
  }
  double* f = ViewData<double>(args[0]);
  double values[] = {
      ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec,
      ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec,
      static_cast<double>(ru.ru_maxrss), static_cast<double>(ru.ru_ixrss),
      static_cast<double>(ru.ru_idrss), static_cast<double>(ru.ru_isrss),
      static_cast<double>(ru.ru_minflt), static_cast<double>(ru.ru_majflt),
      static_cast<double>(ru.ru_nswap), static_cast<double>(ru.ru_inblock),
      static_cast<double>(ru.ru_oublock), static_cast<double>(ru.ru_msgsnd),
      static_cast<double>(ru.ru_msgrcv), static_cast<double>(ru.ru_nsignals),
      static_cast<double>(ru.ru_nvcsw), static_cast<double>(ru.ru_nivcsw)};
  memcpy(f, values, sizeof(values));
}

void Kill(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Context> context = Ctx(args);
  int pid = args[0]->Int32Value(context).FromMaybe(0);
  int sig = args[1]->Int32Value(context).FromMaybe(SIGTERM);
  args.GetReturnValue().Set(uv_kill(pid, sig));
}

void ReallyExit(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Runtime* runtime = Runtime::From(Ctx(args));
  runtime->Exit(args[0]->Int32Value(Ctx(args)).FromMaybe(0));
}

// Writes all of `data` to fd, waiting if the fd is non-blocking and full.
bool WriteAll(int fd, const char* data, size_t length) {
  while (length > 0) {
    ssize_t n = write(fd, data, length);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd p = {fd, POLLOUT, 0};
        poll(&p, 1, -1);
        continue;
      }
      return false;
    }
    data += n;
    length -= static_cast<size_t>(n);
  }
  return true;
}

// Writes that fail with EPIPE (the reader is gone) return false: stdio
// streams report it as their 'error', the runtime's own diagnostics ignore
// it. Other errors throw.
void ReportWrite(const v8::FunctionCallbackInfo<v8::Value>& args, bool ok) {
  if (ok) {
    args.GetReturnValue().Set(true);
  } else if (errno == EPIPE) {
    args.GetReturnValue().Set(false);
  } else {
    args.GetIsolate()->ThrowException(UvException(args.GetIsolate(), -errno, "write"));
  }
}

// writeString(fd, string): synchronous, like node's stdio on files and TTYs.
void WriteString(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int fd = args[0]->Int32Value(Ctx(args)).FromMaybe(1);
  v8::Local<v8::String> str = args[1].As<v8::String>();
  char stack_buf[4096];
  int capacity = str->Utf8Length(isolate);
  char* buf = capacity <= static_cast<int>(sizeof(stack_buf)) ? stack_buf
                                                                : new char[capacity];
  int written = str->WriteUtf8(isolate, buf, capacity, nullptr,
                               v8::String::NO_NULL_TERMINATION |
                                   v8::String::REPLACE_INVALID_UTF8);
  bool ok = WriteAll(fd, buf, written);
  int saved_errno = errno;
  if (buf != stack_buf) delete[] buf;
  errno = saved_errno;
  ReportWrite(args, ok);
}

// writeBuffer(fd, Uint8Array)
void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = args[0]->Int32Value(Ctx(args)).FromMaybe(1);
  const char* data = ViewData<const char>(args[1]);
  ReportWrite(args, WriteAll(fd, data, args[1].As<v8::ArrayBufferView>()->ByteLength()));
}

// readStdinSync(): the whole of fd 0 as a UTF-8 string (for `mosaic -`).
void ReadStdinSync(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = read(0, buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) {
      struct pollfd p = {0, POLLIN, 0};
      poll(&p, 1, -1);
      continue;
    }
    if (n <= 0) break;
    data.append(buf, n);
  }
  args.GetReturnValue().Set(Utf8String(args.GetIsolate(), data));
}

void GuessHandleType(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = args[0]->Int32Value(Ctx(args)).FromMaybe(-1);
  const char* type = "UNKNOWN";
  switch (uv_guess_handle(fd)) {
    case UV_TTY: type = "TTY"; break;
    case UV_NAMED_PIPE: type = "PIPE"; break;
    case UV_TCP: type = "TCP"; break;
    case UV_UDP: type = "UDP"; break;
    case UV_FILE: type = "FILE"; break;
    default: break;
  }
  args.GetReturnValue().Set(OneByteString(args.GetIsolate(), type));
}

void GetWindowSize(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = args[0]->Int32Value(Ctx(args)).FromMaybe(1);
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Value> size[] = {v8::Integer::New(isolate, ws.ws_col),
                                 v8::Integer::New(isolate, ws.ws_row)};
  args.GetReturnValue().Set(v8::Array::New(isolate, size, 2));
}

// A libuv signal watcher whose callback emits on `process`. Unreferenced,
// as in node: listening for a signal does not keep the process alive.
struct SignalWatcher {
  uv_signal_t handle;
  Runtime* runtime;
  v8::Global<v8::Function> callback;
};

void OnSignal(uv_signal_t* handle, int) {
  auto* watcher = reinterpret_cast<SignalWatcher*>(handle);
  v8::Isolate* isolate = watcher->runtime->isolate();
  v8::HandleScope scope(isolate);
  watcher->runtime->MakeCallback(v8::Undefined(isolate),
                                 watcher->callback.Get(isolate), 0, nullptr);
}

void WatchSignal(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = Ctx(args);
  auto* watcher = new SignalWatcher();
  watcher->runtime = Runtime::From(context);
  watcher->callback.Reset(isolate, args[1].As<v8::Function>());
  uv_signal_init(watcher->runtime->loop(), &watcher->handle);
  int err = uv_signal_start(&watcher->handle, OnSignal,
                            args[0]->Int32Value(context).FromMaybe(0));
  uv_unref(reinterpret_cast<uv_handle_t*>(&watcher->handle));
  if (err) {
    uv_close(reinterpret_cast<uv_handle_t*>(&watcher->handle),
             [](uv_handle_t* h) { delete reinterpret_cast<SignalWatcher*>(h); });
    isolate->ThrowException(UvException(isolate, err, "uv_signal_start"));
    return;
  }
  args.GetReturnValue().Set(v8::External::New(isolate, watcher));
}

void UnwatchSignal(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* watcher = static_cast<SignalWatcher*>(args[0].As<v8::External>()->Value());
  uv_close(reinterpret_cast<uv_handle_t*>(&watcher->handle),
           [](uv_handle_t* h) { delete reinterpret_cast<SignalWatcher*>(h); });
}

#define ID_GETTER(name, call)                                         \
  void name(const v8::FunctionCallbackInfo<v8::Value>& args) {        \
    args.GetReturnValue().Set(static_cast<uint32_t>(call()));         \
  }
ID_GETTER(GetUid, getuid)
ID_GETTER(GetEuid, geteuid)
ID_GETTER(GetGid, getgid)
ID_GETTER(GetEgid, getegid)
#undef ID_GETTER

void GetGroups(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int n = getgroups(0, nullptr);
  std::vector<gid_t> groups(n > 0 ? n : 0);
  n = getgroups(n, groups.data());
  v8::Local<v8::Array> out = v8::Array::New(isolate, n > 0 ? n : 0);
  for (int i = 0; i < n; i++) {
    out->Set(Ctx(args), i, v8::Integer::NewFromUnsigned(isolate, groups[i])).Check();
  }
  args.GetReturnValue().Set(out);
}

// A user or group given by number or by name; false for an unknown name.
bool ResolveId(v8::Isolate* isolate, v8::Local<v8::Value> id, bool user, uint32_t* out) {
  if (id->IsNumber()) {
    *out = id->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0);
    return true;
  }
  std::string name = ToStdString(isolate, id);
  std::vector<char> buf(16384);
  if (user) {
    struct passwd pw, *found = nullptr;
    if (getpwnam_r(name.c_str(), &pw, buf.data(), buf.size(), &found) != 0 || found == nullptr) {
      return false;
    }
    *out = found->pw_uid;
  } else {
    struct group gr, *found = nullptr;
    if (getgrnam_r(name.c_str(), &gr, buf.data(), buf.size(), &found) != 0 || found == nullptr) {
      return false;
    }
    *out = found->gr_gid;
  }
  return true;
}

// setCredential(kind, id) for setuid (0), seteuid (1), setgid (2) and
// setegid (3): 0, -1 for an unknown name, or the errno of the call.
void SetCredential(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int kind = args[0]->Int32Value(Ctx(args)).FromMaybe(0);
  uint32_t id;
  if (!ResolveId(isolate, args[1], kind < 2, &id)) {
    args.GetReturnValue().Set(-1);
    return;
  }
  int rc;
  switch (kind) {
    case 0: rc = setuid(id); break;
    case 1: rc = seteuid(id); break;
    case 2: rc = setgid(id); break;
    default: rc = setegid(id); break;
  }
  args.GetReturnValue().Set(rc == 0 ? 0 : errno);
}

// setGroups(groups): 0, -(index + 1) of an unknown group name, or the errno.
void SetGroups(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Array> list = args[0].As<v8::Array>();
  std::vector<gid_t> groups(list->Length());
  for (uint32_t i = 0; i < list->Length(); i++) {
    uint32_t gid;
    if (!ResolveId(isolate, list->Get(Ctx(args), i).ToLocalChecked(), false, &gid)) {
      args.GetReturnValue().Set(-static_cast<int>(i + 1));
      return;
    }
    groups[i] = gid;
  }
  args.GetReturnValue().Set(setgroups(groups.size(), groups.data()) == 0 ? 0 : errno);
}

// initGroups(user, extraGroup): 0, -1 unknown user, -2 unknown group, or
// the errno.
void InitGroups(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uint32_t uid;
  uint32_t gid;
  if (!ResolveId(isolate, args[0], true, &uid)) {
    args.GetReturnValue().Set(-1);
    return;
  }
  if (!ResolveId(isolate, args[1], false, &gid)) {
    args.GetReturnValue().Set(-2);
    return;
  }
  std::vector<char> buf(16384);
  struct passwd pw, *found = nullptr;
  if (getpwuid_r(uid, &pw, buf.data(), buf.size(), &found) != 0 || found == nullptr) {
    args.GetReturnValue().Set(-1);
    return;
  }
  args.GetReturnValue().Set(initgroups(found->pw_name, gid) == 0 ? 0 : errno);
}

// activeHandleTypes() -> node's names of the libuv handles keeping the loop
// alive, other than the runtime's own (JS timers and immediates are listed
// from JS).
void ActiveHandleTypes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Runtime* runtime = Runtime::From(Ctx(args));
  Runtime::Impl* impl = runtime->impl();
  struct Walk {
    Runtime::Impl* impl;
    std::vector<const char*> names;
  } walk{impl, {}};
  uv_walk(runtime->loop(), [](uv_handle_t* handle, void* arg) {
    auto* walk = static_cast<Walk*>(arg);
    Runtime::Impl* impl = walk->impl;
    if (!uv_is_active(handle) || !uv_has_ref(handle) || uv_is_closing(handle)) return;
    if (handle == reinterpret_cast<uv_handle_t*>(&impl->timer) ||
        handle == reinterpret_cast<uv_handle_t*>(&impl->immediate_idle)) {
      return;
    }
    switch (handle->type) {
      case UV_TTY: walk->names.push_back("TTYWrap"); break;
      case UV_TCP: walk->names.push_back("TCPWrap"); break;
      case UV_NAMED_PIPE: walk->names.push_back("PipeWrap"); break;
      case UV_UDP: walk->names.push_back("UDPWrap"); break;
      case UV_SIGNAL: walk->names.push_back("SignalWrap"); break;
      case UV_PROCESS: walk->names.push_back("ProcessWrap"); break;
      case UV_FS_EVENT: walk->names.push_back("FSEventWrap"); break;
      case UV_FS_POLL: walk->names.push_back("StatWatcher"); break;
      case UV_TIMER: walk->names.push_back("Timeout"); break;
      default: walk->names.push_back(uv_handle_type_name(handle->type)); break;
    }
  }, &walk);
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Array> out = v8::Array::New(isolate, static_cast<int>(walk.names.size()));
  for (size_t i = 0; i < walk.names.size(); i++) {
    out->Set(Ctx(args), static_cast<uint32_t>(i), OneByteString(isolate, walk.names[i])).Check();
  }
  args.GetReturnValue().Set(out);
}

// ---------------------------------------------------------------------------
// process.report's native facts (core/js/internal/process/report.js)

void SetString(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* key,
               const std::string& value) {
  SetValue(context, target, key, Utf8String(context->GetIsolate(), value));
}

void SetNumber(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* key,
               double value) {
  SetValue(context, target, key, v8::Number::New(context->GetIsolate(), value));
}

v8::Local<v8::Array> CpuInfo(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  uv_cpu_info_t* cpus = nullptr;
  int count = 0;
  if (uv_cpu_info(&cpus, &count) != 0) return v8::Array::New(isolate);
  v8::Local<v8::Array> out = v8::Array::New(isolate, count);
  for (int i = 0; i < count; i++) {
    v8::Local<v8::Object> cpu = v8::Object::New(isolate);
    SetString(context, cpu, "model", cpus[i].model);
    SetNumber(context, cpu, "speed", cpus[i].speed);
    SetNumber(context, cpu, "user", static_cast<double>(cpus[i].cpu_times.user));
    SetNumber(context, cpu, "nice", static_cast<double>(cpus[i].cpu_times.nice));
    SetNumber(context, cpu, "sys", static_cast<double>(cpus[i].cpu_times.sys));
    SetNumber(context, cpu, "idle", static_cast<double>(cpus[i].cpu_times.idle));
    SetNumber(context, cpu, "irq", static_cast<double>(cpus[i].cpu_times.irq));
    out->Set(context, i, cpu).Check();
  }
  uv_free_cpu_info(cpus, count);
  return out;
}

v8::Local<v8::Array> NetworkInterfaces(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  uv_interface_address_t* interfaces = nullptr;
  int count = 0;
  if (uv_interface_addresses(&interfaces, &count) != 0) return v8::Array::New(isolate);
  v8::Local<v8::Array> out = v8::Array::New(isolate, count);
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& ifa = interfaces[i];
    v8::Local<v8::Object> entry = v8::Object::New(isolate);
    SetString(context, entry, "name", ifa.name);
    SetValue(context, entry, "internal", v8::Boolean::New(isolate, ifa.is_internal));
    char mac[18];
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x",
             static_cast<unsigned char>(ifa.phys_addr[0]), static_cast<unsigned char>(ifa.phys_addr[1]),
             static_cast<unsigned char>(ifa.phys_addr[2]), static_cast<unsigned char>(ifa.phys_addr[3]),
             static_cast<unsigned char>(ifa.phys_addr[4]), static_cast<unsigned char>(ifa.phys_addr[5]));
    SetString(context, entry, "mac", mac);
    char address[INET6_ADDRSTRLEN] = "";
    char netmask[INET6_ADDRSTRLEN] = "";
    bool v4 = ifa.address.address4.sin_family == AF_INET;
    if (v4) {
      uv_ip4_name(&ifa.address.address4, address, sizeof(address));
      uv_ip4_name(&ifa.netmask.netmask4, netmask, sizeof(netmask));
    } else {
      uv_ip6_name(&ifa.address.address6, address, sizeof(address));
      uv_ip6_name(&ifa.netmask.netmask6, netmask, sizeof(netmask));
    }
    SetString(context, entry, "address", address);
    SetString(context, entry, "netmask", netmask);
    SetString(context, entry, "family", v4 ? "IPv4" : "IPv6");
    if (!v4) SetNumber(context, entry, "scopeid", ifa.address.address6.sin6_scope_id);
    out->Set(context, i, entry).Check();
  }
  uv_free_interface_addresses(interfaces, count);
  return out;
}

// The shared objects mapped into the process, in load order.
v8::Local<v8::Array> SharedObjects(v8::Local<v8::Context> context) {
  std::vector<std::string> names;
  dl_iterate_phdr([](struct dl_phdr_info* info, size_t, void* data) {
    if (info->dlpi_name != nullptr && info->dlpi_name[0] != '\0') {
      static_cast<std::vector<std::string>*>(data)->push_back(info->dlpi_name);
    }
    return 0;
  }, &names);
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Array> out = v8::Array::New(isolate, static_cast<int>(names.size()));
  for (size_t i = 0; i < names.size(); i++) {
    out->Set(context, static_cast<uint32_t>(i), Utf8String(isolate, names[i])).Check();
  }
  return out;
}

// node's userLimits: each resource's soft and hard limit ("unlimited").
v8::Local<v8::Object> UserLimits(v8::Local<v8::Context> context) {
  static const struct {
    const char* name;
    int resource;
  } kLimits[] = {
      {"core_file_size_blocks", RLIMIT_CORE},     {"data_seg_size_kbytes", RLIMIT_DATA},
      {"file_size_blocks", RLIMIT_FSIZE},         {"max_locked_memory_bytes", RLIMIT_MEMLOCK},
      {"max_memory_size_kbytes", RLIMIT_RSS},     {"open_files", RLIMIT_NOFILE},
      {"stack_size_bytes", RLIMIT_STACK},         {"cpu_time_seconds", RLIMIT_CPU},
      {"max_user_processes", RLIMIT_NPROC},       {"virtual_memory_kbytes", RLIMIT_AS},
  };
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  for (const auto& limit : kLimits) {
    struct rlimit value;
    if (getrlimit(limit.resource, &value) != 0) continue;
    v8::Local<v8::Object> entry = v8::Object::New(isolate);
    auto set = [&](const char* key, rlim_t v) {
      if (v == RLIM_INFINITY) {
        SetString(context, entry, key, "unlimited");
      } else {
        SetNumber(context, entry, key, static_cast<double>(v));
      }
    };
    set("soft", value.rlim_cur);
    set("hard", value.rlim_max);
    SetValue(context, out, limit.name, entry);
  }
  return out;
}

// The native call stack (what backtrace_symbols can name).
v8::Local<v8::Array> NativeStack(v8::Local<v8::Context> context) {
  void* frames[64];
  int count = backtrace(frames, 64);
  char** symbols = backtrace_symbols(frames, count);
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Array> out = v8::Array::New(isolate, count);
  for (int i = 0; i < count; i++) {
    v8::Local<v8::Object> frame = v8::Object::New(isolate);
    char pc[32];
    snprintf(pc, sizeof(pc), "0x%016lx", reinterpret_cast<unsigned long>(frames[i]));
    SetString(context, frame, "pc", pc);
    SetString(context, frame, "symbol", symbols != nullptr ? symbols[i] : "");
    out->Set(context, i, frame).Check();
  }
  free(symbols);
  return out;
}

v8::Local<v8::Object> ThreadResourceUsage(v8::Local<v8::Context> context) {
  struct rusage usage;
  v8::Local<v8::Object> out = v8::Object::New(context->GetIsolate());
  if (getrusage(RUSAGE_THREAD, &usage) != 0) return out;
  SetNumber(context, out, "userCpuSeconds", usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6);
  SetNumber(context, out, "kernelCpuSeconds", usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6);
  SetNumber(context, out, "fsReads", static_cast<double>(usage.ru_inblock));
  SetNumber(context, out, "fsWrites", static_cast<double>(usage.ru_oublock));
  return out;
}

// The report's heap section, in node's names.
v8::Local<v8::Object> JavaScriptHeap(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HeapStatistics stats;
  isolate->GetHeapStatistics(&stats);
  v8::Local<v8::Object> heap = v8::Object::New(isolate);
  SetNumber(context, heap, "totalMemory", stats.total_heap_size());
  SetNumber(context, heap, "executableMemory", stats.total_heap_size_executable());
  SetNumber(context, heap, "totalCommittedMemory", stats.total_physical_size());
  SetNumber(context, heap, "availableMemory", stats.total_available_size());
  SetNumber(context, heap, "totalGlobalHandlesMemory", stats.total_global_handles_size());
  SetNumber(context, heap, "usedGlobalHandlesMemory", stats.used_global_handles_size());
  SetNumber(context, heap, "usedMemory", stats.used_heap_size());
  SetNumber(context, heap, "memoryLimit", stats.heap_size_limit());
  SetNumber(context, heap, "mallocedMemory", stats.malloced_memory());
  SetNumber(context, heap, "externalMemory", stats.external_memory());
  SetNumber(context, heap, "peakMallocedMemory", stats.peak_malloced_memory());
  SetNumber(context, heap, "nativeContextCount", stats.number_of_native_contexts());
  SetNumber(context, heap, "detachedContextCount", stats.number_of_detached_contexts());
  SetNumber(context, heap, "doesZapGarbage", stats.does_zap_garbage());
  v8::Local<v8::Object> spaces = v8::Object::New(isolate);
  for (size_t i = 0; i < isolate->NumberOfHeapSpaces(); i++) {
    v8::HeapSpaceStatistics space;
    isolate->GetHeapSpaceStatistics(&space, i);
    v8::Local<v8::Object> entry = v8::Object::New(isolate);
    SetNumber(context, entry, "memorySize", space.space_size());
    SetNumber(context, entry, "committedMemory", space.physical_space_size());
    SetNumber(context, entry, "capacity", space.space_used_size() + space.space_available_size());
    SetNumber(context, entry, "used", space.space_used_size());
    SetNumber(context, entry, "available", space.space_available_size());
    SetValue(context, spaces, space.space_name(), entry);
  }
  SetValue(context, heap, "heapSpaces", spaces);
  return heap;
}

// The loop's handles as node's report lists them.
v8::Local<v8::Array> LibuvHandles(v8::Local<v8::Context> context, uv_loop_t* loop) {
  struct Walk {
    v8::Local<v8::Context> context;
    v8::Local<v8::Array> out;
    uint32_t count;
  } walk{context, v8::Array::New(context->GetIsolate()), 0};
  uv_walk(loop, [](uv_handle_t* handle, void* arg) {
    auto* walk = static_cast<Walk*>(arg);
    v8::Local<v8::Context> context = walk->context;
    v8::Isolate* isolate = context->GetIsolate();
    v8::Local<v8::Object> entry = v8::Object::New(isolate);
    SetString(context, entry, "type", uv_handle_type_name(handle->type));
    SetValue(context, entry, "is_active", v8::Boolean::New(isolate, uv_is_active(handle)));
    SetValue(context, entry, "is_referenced", v8::Boolean::New(isolate, uv_has_ref(handle)));
    char address[32];
    snprintf(address, sizeof(address), "0x%016lx", reinterpret_cast<unsigned long>(handle));
    SetString(context, entry, "address", address);
    walk->out->Set(context, walk->count++, entry).Check();
  }, &walk);
  return walk.out;
}

// reportFacts(excludeNetwork) -> what the report needs from the system.
void ReportFacts(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = Ctx(args);
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  SetString(context, out, "glibcVersionRuntime", gnu_get_libc_version());
  SetString(context, out, "glibcVersionCompiler",
            std::to_string(__GLIBC__) + "." + std::to_string(__GLIBC_MINOR__));
  struct utsname name;
  if (uname(&name) == 0) {
    SetString(context, out, "osName", name.sysname);
    SetString(context, out, "osRelease", name.release);
    SetString(context, out, "osVersion", name.version);
    SetString(context, out, "osMachine", name.machine);
  }
  char host[256];
  size_t host_size = sizeof(host);
  if (uv_os_gethostname(host, &host_size) == 0) SetString(context, out, "host", host);
  SetValue(context, out, "cpus", CpuInfo(context));
  if (!args[0]->IsTrue()) SetValue(context, out, "networkInterfaces", NetworkInterfaces(context));
  SetValue(context, out, "javascriptHeap", JavaScriptHeap(context));
  SetValue(context, out, "nativeStack", NativeStack(context));
  SetValue(context, out, "uvthreadResourceUsage", ThreadResourceUsage(context));
  SetValue(context, out, "libuv", LibuvHandles(context, Runtime::From(context)->loop()));
  SetValue(context, out, "userLimits", UserLimits(context));
  SetValue(context, out, "sharedObjects", SharedObjects(context));
  SetNumber(context, out, "freeMemory", static_cast<double>(uv_get_free_memory()));
  SetNumber(context, out, "totalMemory", static_cast<double>(uv_get_total_memory()));
  SetNumber(context, out, "constrainedMemory", static_cast<double>(uv_get_constrained_memory()));
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  SetNumber(context, out, "rss", static_cast<double>(rss));
  args.GetReturnValue().Set(out);
}

// constrainedMemory() -> the cgroup's memory limit in bytes, 0 for none.
void ConstrainedMemory(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(static_cast<double>(uv_get_constrained_memory()));
}

// The bytes the cgroup has charged to this process's group, 0 if unknown.
uint64_t CgroupMemoryInUse() {
  for (const char* path : {"/sys/fs/cgroup/memory.current",
                           "/sys/fs/cgroup/memory/memory.usage_in_bytes"}) {
    FILE* file = fopen(path, "r");
    if (file == nullptr) continue;
    unsigned long long used = 0;
    int read = fscanf(file, "%llu", &used);
    fclose(file);
    if (read == 1) return used;
  }
  return 0;
}

// availableMemory() -> free memory, or what is left under a cgroup limit
// when that is less (libuv's uv_get_available_memory, which this libuv
// predates).
void AvailableMemory(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uint64_t free_memory = uv_get_free_memory();
  uint64_t limit = uv_get_constrained_memory();
  uint64_t available = free_memory;
  if (limit != 0 && limit < uv_get_total_memory()) {
    uint64_t used = CgroupMemoryInUse();
    uint64_t left = limit > used ? limit - used : 0;
    if (left < available) available = left;
  }
  args.GetReturnValue().Set(static_cast<double>(available));
}

// A new TZ: the C library and V8's date cache read the zone again, as in
// node (dates made before print in the new zone).
void TimeZoneChanged(v8::Isolate* isolate) {
  tzset();
  isolate->DateTimeConfigurationChangeNotification(v8::Isolate::TimeZoneDetection::kRedetect);
}

// process.env: an exotic object over the real environment, so changes are
// seen by child processes and native code. Values are coerced to strings.
void EnvGet(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (!name->IsString()) return;
  v8::Isolate* isolate = info.GetIsolate();
  std::string key = ToStdString(isolate, name);
  const char* value = getenv(key.c_str());
  if (value != nullptr) info.GetReturnValue().Set(Utf8String(isolate, value));
}

void EnvSet(v8::Local<v8::Name> name, v8::Local<v8::Value> value,
            const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  // A Symbol key throws "Cannot convert a Symbol value to a string", as in
  // node.
  v8::Local<v8::String> name_str;
  v8::Local<v8::String> str;
  if (!name.As<v8::Value>()->ToString(context).ToLocal(&name_str) ||
      !value->ToString(context).ToLocal(&str)) {
    return;
  }
  std::string key = ToStdString(isolate, name_str);
  if (!key.empty() && key.find('=') == std::string::npos) {
    setenv(key.c_str(), ToStdString(isolate, str).c_str(), 1);
    if (key == "TZ") TimeZoneChanged(isolate);
  }
  info.GetReturnValue().Set(value);
}

// process.env only takes plain data properties (node's EnvDefiner): a
// configurable, writable, enumerable value is set as by assignment.
void EnvDefine(v8::Local<v8::Name> name, const v8::PropertyDescriptor& desc,
               const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  const char* problem = nullptr;
  if (desc.has_value()) {
    if (!desc.has_writable() || !desc.has_enumerable() || !desc.has_configurable() ||
        !desc.writable() || !desc.enumerable() || !desc.configurable()) {
      problem = "'process.env' only accepts a configurable, writable, and enumerable data descriptor";
    }
  } else if (desc.has_get() || desc.has_set()) {
    problem = "'process.env' does not accept an accessor(getter/setter) descriptor";
  } else {
    problem = "'process.env' only accepts a configurable, writable, and enumerable data descriptor";
  }
  if (problem == nullptr) {
    EnvSet(name, desc.value(), info);
    return;
  }
  v8::Local<v8::Object> error =
      v8::Exception::TypeError(OneByteString(isolate, problem)).As<v8::Object>();
  SetValue(isolate->GetCurrentContext(), error, "code",
           OneByteString(isolate, "ERR_INVALID_OBJECT_DEFINE_PROPERTY"));
  isolate->ThrowException(error);
}

void EnvQuery(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  if (!name->IsString()) return;
  std::string key = ToStdString(info.GetIsolate(), name);
  if (getenv(key.c_str()) != nullptr) info.GetReturnValue().Set(v8::None);
}

void EnvDelete(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  if (name->IsString()) {
    std::string key = ToStdString(info.GetIsolate(), name);
    unsetenv(key.c_str());
    if (key == "TZ") TimeZoneChanged(info.GetIsolate());
  }
  info.GetReturnValue().Set(true);
}

void EnvEnumerate(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> keys = v8::Array::New(isolate);
  uint32_t n = 0;
  for (char** e = environ; *e != nullptr; e++) {
    const char* eq = strchr(*e, '=');
    if (eq == nullptr || eq == *e) continue;
    keys->Set(context, n++, Utf8String(isolate, std::string_view(*e, eq - *e))).Check();
  }
  info.GetReturnValue().Set(keys);
}

v8::Local<v8::Object> CreateEnvObject(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
  tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(
      EnvGet, EnvSet, EnvQuery, EnvDelete, EnvEnumerate, EnvDefine, nullptr,
      v8::Local<v8::Value>(), v8::PropertyHandlerFlags::kHasNoSideEffect));
  return tmpl->NewInstance(context).ToLocalChecked();
}

v8::Local<v8::Array> StringArray(v8::Isolate* isolate,
                                 const std::vector<std::string>& items) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> array = v8::Array::New(isolate, static_cast<int>(items.size()));
  for (size_t i = 0; i < items.size(); i++) {
    array->Set(context, static_cast<uint32_t>(i), Utf8String(isolate, items[i])).Check();
  }
  return array;
}

std::string ExecPath() {
  char buf[PATH_MAX];
  size_t size = sizeof(buf);
  if (uv_exepath(buf, &size) == 0) return std::string(buf, size);
  return "mosaic";
}

// getRunInfo(): everything that differs between runs (argv, pids, the
// main program). Kept off the binding object so that object can live in the
// start-up snapshot.
void GetRunInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Runtime* runtime = Runtime::From(context);
  const Options& o = runtime->options();
  v8::Local<v8::Object> info = v8::Object::New(isolate);
  std::vector<std::string> argv = o.argv;
  argv[0] = ExecPath();
  SetValue(context, info, "argv", StringArray(isolate, argv));
  SetValue(context, info, "argv0", Utf8String(isolate, o.argv[0]));
  SetValue(context, info, "execArgv", StringArray(isolate, o.exec_argv));
  SetValue(context, info, "nodeOptions", StringArray(isolate, o.node_options));
  SetValue(context, info, "execPath", Utf8String(isolate, argv[0]));
  SetValue(context, info, "pid", v8::Integer::New(isolate, uv_os_getpid()));
  SetValue(context, info, "ppid", v8::Integer::New(isolate, uv_os_getppid()));
  static const char* const kModes[] = {"script", "eval", "print", "stdin",
                                       "version", "help", "plugins"};
  SetValue(context, info, "mainMode",
           OneByteString(isolate, kModes[static_cast<int>(o.mode)]));
  SetValue(context, info, "mainScript", Utf8String(isolate, o.script));
  SetValue(context, info, "evalSource", Utf8String(isolate, o.eval_source));
  SetValue(context, info, "inputType", Utf8String(isolate, o.input_type));
  SetValue(context, info, "preloadModules", StringArray(isolate, o.requires));
  SetValue(context, info, "envFileTexts", StringArray(isolate, o.env_file_texts));
  SetValue(context, info, "pluginPath", Utf8String(isolate, o.plugin_path));
  SetValue(context, info, "preserveSymlinks", v8::Boolean::New(isolate, o.preserve_symlinks));
  SetValue(context, info, "preserveSymlinksMain",
           v8::Boolean::New(isolate, o.preserve_symlinks_main));
  args.GetReturnValue().Set(info);
}

// Values that are the same for every run of this binary.
void SetProcessValues(v8::Local<v8::Context> context, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = context->GetIsolate();
  SetValue(context, target, "env", CreateEnvObject(context));
  SetValue(context, target, "allowedNodeEnvironmentFlags",
           StringArray(isolate, NodeOptionsAllowList()));
  SetValue(context, target, "v8Version", OneByteString(isolate, v8::V8::GetVersion()));
  SetValue(context, target, "uvVersion", OneByteString(isolate, uv_version_string()));
  SetValue(context, target, "mosaicVersion", OneByteString(isolate, MOSAIC_VERSION));
  SetValue(context, target, "nodeVersion", OneByteString(isolate, MOSAIC_NODE_COMPAT_VERSION));
  SetValue(context, target, "napiVersion", v8::Integer::New(isolate, MOSAIC_NAPI_VERSION));
}

const BindingMethod kProcessMethods[] = {
    {"getRunInfo", GetRunInfo},
    {"cwd", Cwd},
    {"chdir", Chdir},
    {"umask", Umask},
    {"hrtime", Hrtime},
    {"hrtimeBigInt", HrtimeBigint},
    {"uptime", Uptime},
    {"rss", Rss},
    {"memoryUsage", MemoryUsage},
    {"cpuUsage", CpuUsage},
    {"resourceUsage", ResourceUsage},
    {"kill", Kill},
    {"reallyExit", ReallyExit},
    {"writeString", WriteString},
    {"writeBuffer", WriteBuffer},
    {"readStdinSync", ReadStdinSync},
    {"guessHandleType", GuessHandleType},
    {"getWindowSize", GetWindowSize},
    {"watchSignal", WatchSignal},
    {"unwatchSignal", UnwatchSignal},
    {"getuid", GetUid},
    {"geteuid", GetEuid},
    {"getgid", GetGid},
    {"getegid", GetEgid},
    {"getgroups", GetGroups},
    {"setCredential", SetCredential},
    {"setGroups", SetGroups},
    {"initGroups", InitGroups},
    {"constrainedMemory", ConstrainedMemory},
    {"availableMemory", AvailableMemory},
    {"activeHandleTypes", ActiveHandleTypes},
    {"reportFacts", ReportFacts},
};

}  // namespace

void InitProcessBinding(Runtime*, v8::Local<v8::Context> context,
                        v8::Local<v8::Object> target) {
  SetProcessValues(context, target);
  SetMethods(context, target, kProcessMethods);
}

void RegisterProcessBindingReferences(ExternalReferences* refs) {
  refs->Add(kProcessMethods);
  refs->Add(reinterpret_cast<const void*>(EnvGet));
  refs->Add(reinterpret_cast<const void*>(EnvSet));
  refs->Add(reinterpret_cast<const void*>(EnvQuery));
  refs->Add(reinterpret_cast<const void*>(EnvDelete));
  refs->Add(reinterpret_cast<const void*>(EnvEnumerate));
  refs->Add(reinterpret_cast<const void*>(EnvDefine));
}

}  // namespace mosaic
