/* The os plugin's native half: libuv's system queries through Node-API.
 * The contract (shapes and the ctx error convention) is described at the
 * top of os.js. */
#include <stdlib.h>
#include <string.h>

#include <node_api.h>
#include <uv.h>

#include "sdk/mosaic_plugin.h"

#define CHECK_NAPI(env, call)                 \
  do {                                        \
    if ((call) != napi_ok) return NULL;       \
  } while (0)

/* Records a failed libuv call on the caller's ctx object. */
static napi_value Fail(napi_env env, napi_value ctx, int err, const char* syscall) {
  napi_value value;
  if (ctx != NULL) {
    napi_create_int32(env, err, &value);
    napi_set_named_property(env, ctx, "errno", value);
    napi_create_string_utf8(env, syscall, NAPI_AUTO_LENGTH, &value);
    napi_set_named_property(env, ctx, "syscall", value);
  }
  napi_get_undefined(env, &value);
  return value;
}

/* The i-th argument (or NULL). */
static napi_value Arg(napi_env env, napi_callback_info info, size_t i) {
  size_t argc = 4;
  napi_value argv[4];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || i >= argc) return NULL;
  return argv[i];
}

static napi_value String(napi_env env, const char* s) {
  napi_value v;
  if (s == NULL) {
    napi_get_null(env, &v);
  } else {
    napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v);
  }
  return v;
}

static napi_value Number(napi_env env, double d) {
  napi_value v;
  napi_create_double(env, d, &v);
  return v;
}

static napi_value GetHostname(napi_env env, napi_callback_info info) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int err = uv_os_gethostname(buf, &size);
  if (err) return Fail(env, Arg(env, info, 0), err, "uv_os_gethostname");
  return String(env, buf);
}

static napi_value GetHomeDirectory(napi_env env, napi_callback_info info) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_os_homedir(buf, &size);
  if (err) return Fail(env, Arg(env, info, 0), err, "uv_os_homedir");
  return String(env, buf);
}

static napi_value GetUptime(napi_env env, napi_callback_info info) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err) return Fail(env, Arg(env, info, 0), err, "uv_uptime");
  return Number(env, uptime);
}

static napi_value GetFreeMem(napi_env env, napi_callback_info info) {
  (void)info;
  return Number(env, (double)uv_get_free_memory());
}

static napi_value GetTotalMem(napi_env env, napi_callback_info info) {
  (void)info;
  return Number(env, (double)uv_get_total_memory());
}

static napi_value GetAvailableParallelism(napi_env env, napi_callback_info info) {
  (void)info;
  return Number(env, (double)uv_available_parallelism());
}

static napi_value GetLoadAvg(napi_env env, napi_callback_info info) {
  napi_value array = Arg(env, info, 0);
  napi_typedarray_type type;
  size_t length;
  void* data;
  double avg[3];
  CHECK_NAPI(env, napi_get_typedarray_info(env, array, &type, &length, &data, NULL, NULL));
  if (type != napi_float64_array || length < 3) return NULL;
  uv_loadavg(avg);
  memcpy(data, avg, sizeof(avg));
  return NULL;
}

static void Push(napi_env env, napi_value array, uint32_t* index, napi_value value) {
  napi_set_element(env, array, (*index)++, value);
}

static napi_value GetCPUs(napi_env env, napi_callback_info info) {
  uv_cpu_info_t* cpus;
  int count;
  napi_value out;
  uint32_t index = 0;
  (void)info;
  CHECK_NAPI(env, napi_create_array(env, &out));
  if (uv_cpu_info(&cpus, &count) != 0) return out;
  for (int i = 0; i < count; i++) {
    Push(env, out, &index, String(env, cpus[i].model));
    Push(env, out, &index, Number(env, cpus[i].speed));
    Push(env, out, &index, Number(env, (double)cpus[i].cpu_times.user));
    Push(env, out, &index, Number(env, (double)cpus[i].cpu_times.nice));
    Push(env, out, &index, Number(env, (double)cpus[i].cpu_times.sys));
    Push(env, out, &index, Number(env, (double)cpus[i].cpu_times.idle));
    Push(env, out, &index, Number(env, (double)cpus[i].cpu_times.irq));
  }
  uv_free_cpu_info(cpus, count);
  return out;
}

static napi_value GetInterfaceAddresses(napi_env env, napi_callback_info info) {
  uv_interface_address_t* addrs;
  int count;
  napi_value out, boolean;
  uint32_t index = 0;
  int err = uv_interface_addresses(&addrs, &count);
  if (err) return Fail(env, Arg(env, info, 0), err, "uv_interface_addresses");
  CHECK_NAPI(env, napi_create_array(env, &out));
  for (int i = 0; i < count; i++) {
    char ip[INET6_ADDRSTRLEN] = "", netmask[INET6_ADDRSTRLEN] = "", mac[18];
    int v6 = addrs[i].address.address4.sin_family == AF_INET6;
    if (v6) {
      uv_ip6_name(&addrs[i].address.address6, ip, sizeof(ip));
      uv_ip6_name(&addrs[i].netmask.netmask6, netmask, sizeof(netmask));
    } else {
      uv_ip4_name(&addrs[i].address.address4, ip, sizeof(ip));
      uv_ip4_name(&addrs[i].netmask.netmask4, netmask, sizeof(netmask));
    }
    const unsigned char* p = (const unsigned char*)addrs[i].phys_addr;
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4], p[5]);
    Push(env, out, &index, String(env, addrs[i].name));
    Push(env, out, &index, String(env, ip));
    Push(env, out, &index, String(env, netmask));
    Push(env, out, &index, String(env, v6 ? "IPv6" : "IPv4"));
    Push(env, out, &index, String(env, mac));
    napi_get_boolean(env, addrs[i].is_internal != 0, &boolean);
    Push(env, out, &index, boolean);
    Push(env, out, &index, Number(env, v6 ? (double)addrs[i].address.address6.sin6_scope_id : -1));
  }
  uv_free_interface_addresses(addrs, count);
  return out;
}

static napi_value GetUserInfo(napi_env env, napi_callback_info info) {
  uv_passwd_t pwd;
  napi_value out;
  int err = uv_os_get_passwd(&pwd);
  if (err) return Fail(env, Arg(env, info, 1), err, "uv_os_get_passwd");
  napi_create_object(env, &out);
  napi_set_named_property(env, out, "uid", Number(env, (double)pwd.uid));
  napi_set_named_property(env, out, "gid", Number(env, (double)pwd.gid));
  napi_set_named_property(env, out, "username", String(env, pwd.username));
  napi_set_named_property(env, out, "homedir", String(env, pwd.homedir));
  napi_set_named_property(env, out, "shell", String(env, pwd.shell));
  uv_os_free_passwd(&pwd);
  return out;
}

static napi_value GetPriority(napi_env env, napi_callback_info info) {
  int32_t pid = 0;
  int priority;
  napi_get_value_int32(env, Arg(env, info, 0), &pid);
  int err = uv_os_getpriority(pid, &priority);
  if (err) return Fail(env, Arg(env, info, 1), err, "uv_os_getpriority");
  return Number(env, priority);
}

static napi_value SetPriority(napi_env env, napi_callback_info info) {
  int32_t pid = 0, priority = 0;
  napi_get_value_int32(env, Arg(env, info, 0), &pid);
  napi_get_value_int32(env, Arg(env, info, 1), &priority);
  int err = uv_os_setpriority(pid, priority);
  if (err) {
    Fail(env, Arg(env, info, 2), err, "uv_os_setpriority");
    return Number(env, err);
  }
  return Number(env, 0);
}

static napi_value GetOSInformation(napi_env env, napi_callback_info info) {
  uv_utsname_t name;
  napi_value out;
  int err = uv_os_uname(&name);
  if (err) return Fail(env, Arg(env, info, 0), err, "uv_os_uname");
  napi_create_array_with_length(env, 4, &out);
  napi_set_element(env, out, 0, String(env, name.sysname));
  napi_set_element(env, out, 1, String(env, name.version));
  napi_set_element(env, out, 2, String(env, name.release));
  napi_set_element(env, out, 3, String(env, name.machine));
  return out;
}

napi_value mosaic_plugin_init(napi_env env, napi_value exports) {
  static const mosaic_function kMethods[] = {
      {"getHostname", GetHostname},
      {"getHomeDirectory", GetHomeDirectory},
      {"getUptime", GetUptime},
      {"getFreeMem", GetFreeMem},
      {"getTotalMem", GetTotalMem},
      {"getAvailableParallelism", GetAvailableParallelism},
      {"getLoadAvg", GetLoadAvg},
      {"getCPUs", GetCPUs},
      {"getInterfaceAddresses", GetInterfaceAddresses},
      {"getUserInfo", GetUserInfo},
      {"getPriority", GetPriority},
      {"setPriority", SetPriority},
      {"getOSInformation", GetOSInformation},
  };
  CHECK_NAPI(env, mosaic_export_functions(env, exports, kMethods,
                                          sizeof(kMethods) / sizeof(kMethods[0])));
  return exports;
}
