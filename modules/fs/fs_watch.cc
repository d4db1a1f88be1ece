// Watchers: FSEvent (uv_fs_event_t, for fs.watch) and StatWatcher
// (uv_fs_poll_t, for fs.watchFile).
//
//   new FSEvent()        .start(path, persistent, asBuffer) -> errno
//                        calls this.onchange(status, eventType, filename)
//   new StatWatcher(big) .start(path, persistent, intervalMs) -> errno
//                        calls this.onchange(status) with the current stat
//                        in slot 0 and the previous one in slot 1 of the
//                        shared (bigint)statValues
//   both: close(), ref(), unref(), hasRef()
// While a handle is open the wrapper holds its JS object strongly; the
// callback is looked up as the object's `onchange` property each time.
#include "fs_common.h"

namespace mosaic_fs {

namespace {

struct Watcher {
  FsState* st = nullptr;
  napi_ref self = nullptr;
  bool is_poll = false;
  bool initialized = false;
  bool closing = false;
  bool as_buffer = false;
  bool bigint = false;
  union {
    uv_handle_t handle;
    uv_fs_event_t event;
    uv_fs_poll_t poll;
  } h;
};

void WatcherFinalize(napi_env env, void* data, void* hint) {
  (void)hint;
  Watcher* w = static_cast<Watcher*>(data);
  // An open handle keeps its object alive, so it is closed (or was never
  // opened) by now.
  if (w->self) napi_delete_reference(env, w->self);
  delete w;
}

Watcher* Unwrap(napi_env env, napi_callback_info info, size_t* argc, napi_value* argv,
                napi_value* self_out = nullptr) {
  napi_value self;
  void* data;
  napi_get_cb_info(env, info, argc, argv, &self, &data);
  if (self_out) *self_out = self;
  Watcher* w = nullptr;
  if (napi_unwrap(env, self, reinterpret_cast<void**>(&w)) != napi_ok) return nullptr;
  return w;
}

napi_value Construct(napi_env env, napi_callback_info info, bool is_poll) {
  size_t argc = 1;
  napi_value argv[1];
  napi_value self;
  void* data;
  napi_get_cb_info(env, info, &argc, argv, &self, &data);
  Watcher* w = new Watcher();
  w->st = static_cast<FsState*>(data);
  w->is_poll = is_poll;
  w->bigint = is_poll && argc > 0 && IsTrue(env, argv[0]);
  napi_wrap(env, self, w, WatcherFinalize, nullptr, &w->self);
  return self;
}

napi_value NewFSEvent(napi_env env, napi_callback_info info) {
  return Construct(env, info, false);
}

napi_value NewStatWatcher(napi_env env, napi_callback_info info) {
  return Construct(env, info, true);
}

void CallOnchange(Watcher* w, size_t argc, napi_value* argv) {
  napi_env env = w->st->env;
  napi_value self;
  if (napi_get_reference_value(env, w->self, &self) != napi_ok || self == nullptr) return;
  napi_value fn;
  if (napi_get_named_property(env, self, "onchange", &fn) != napi_ok ||
      !IsFunction(env, fn)) {
    return;
  }
  napi_make_callback(env, w->st->async_ctx, self, fn, argc, argv, nullptr);
  bool pending = false;
  if (napi_is_exception_pending(env, &pending) == napi_ok && pending) {
    napi_value exc;
    napi_get_and_clear_last_exception(env, &exc);
    napi_fatal_exception(env, exc);
  }
}

void OnFsEvent(uv_fs_event_t* handle, const char* filename, int events, int status) {
  Watcher* w = static_cast<Watcher*>(handle->data);
  if (w->closing) return;
  napi_env env = w->st->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value argv[3];
  argv[0] = Int(env, status);
  if (status < 0) {
    argv[1] = Undefined(env);
    argv[2] = Undefined(env);
  } else {
    argv[1] = Str(env, (events & UV_RENAME) ? "rename" : "change");
    argv[2] = filename ? MakeStringOrBuffer(env, filename, strlen(filename), w->as_buffer)
                       : Null(env);
  }
  CallOnchange(w, 3, argv);
  napi_close_handle_scope(env, scope);
}

void OnPoll(uv_fs_poll_t* handle, int status, const uv_stat_t* prev,
            const uv_stat_t* curr) {
  Watcher* w = static_cast<Watcher*>(handle->data);
  if (w->closing) return;
  napi_env env = w->st->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  FillStat(w->st, curr, 0, w->bigint);
  FillStat(w->st, prev, 1, w->bigint);
  napi_value argv[1] = {Int(env, status)};
  CallOnchange(w, 1, argv);
  napi_close_handle_scope(env, scope);
}

void OnClosed(uv_handle_t* handle) {
  Watcher* w = static_cast<Watcher*>(handle->data);
  w->st->watchers.erase(w);
  // Let the object (and then this struct) be collected. During env
  // teardown the finalizer frees it instead.
  if (w->st->dead) {
    MaybeFinishTeardown(w->st);
    return;
  }
  uint32_t count;
  napi_reference_unref(w->st->env, w->self, &count);
}

void CloseWatcher(Watcher* w) {
  if (!w->initialized || w->closing) return;
  w->closing = true;
  if (w->is_poll) {
    uv_fs_poll_stop(&w->h.poll);
  } else {
    uv_fs_event_stop(&w->h.event);
  }
  uv_close(&w->h.handle, OnClosed);
}

// start(path, persistent, asBuffer | intervalMs)
napi_value Start(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  Watcher* w = Unwrap(env, info, &argc, argv);
  if (w == nullptr) return nullptr;
  if (w->initialized) return Int(env, UV_EINVAL);
  PathArg p;
  if (!p.Init(env, argv[0])) return ThrowType(env, "invalid path");
  bool persistent = IsTrue(env, argv[1]);
  int r;
  if (w->is_poll) {
    r = uv_fs_poll_init(w->st->loop, &w->h.poll);
  } else {
    r = uv_fs_event_init(w->st->loop, &w->h.event);
  }
  if (r < 0) return Int(env, r);
  w->h.handle.data = w;
  w->initialized = true;
  w->st->watchers.insert(w);
  uint32_t count;
  napi_reference_ref(env, w->self, &count);
  if (w->is_poll) {
    uint32_t interval = GetUint32(env, argv[2], 5007);
    r = uv_fs_poll_start(&w->h.poll, OnPoll, p.c_str(), interval);
  } else {
    w->as_buffer = IsTrue(env, argv[2]);
    r = uv_fs_event_start(&w->h.event, OnFsEvent, p.c_str(), 0);
  }
  if (r < 0) {
    CloseWatcher(w);
    return Int(env, r);
  }
  if (!persistent) uv_unref(&w->h.handle);
  return Int(env, 0);
}

napi_value Close(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  Watcher* w = Unwrap(env, info, &argc, nullptr);
  if (w != nullptr) CloseWatcher(w);
  return Undefined(env);
}

napi_value Ref(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  Watcher* w = Unwrap(env, info, &argc, nullptr);
  if (w != nullptr && w->initialized && !w->closing) uv_ref(&w->h.handle);
  return Undefined(env);
}

napi_value Unref(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  Watcher* w = Unwrap(env, info, &argc, nullptr);
  if (w != nullptr && w->initialized && !w->closing) uv_unref(&w->h.handle);
  return Undefined(env);
}

napi_value HasRef(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  Watcher* w = Unwrap(env, info, &argc, nullptr);
  bool r = w != nullptr && w->initialized && !w->closing && uv_has_ref(&w->h.handle);
  return Bool(env, r);
}

napi_value DefineWatcherClass(napi_env env, FsState* st, const char* name,
                              napi_callback ctor) {
  napi_property_descriptor props[] = {
      {"start", nullptr, Start, nullptr, nullptr, nullptr, napi_default_method, st},
      {"close", nullptr, Close, nullptr, nullptr, nullptr, napi_default_method, st},
      {"ref", nullptr, Ref, nullptr, nullptr, nullptr, napi_default_method, st},
      {"unref", nullptr, Unref, nullptr, nullptr, nullptr, napi_default_method, st},
      {"hasRef", nullptr, HasRef, nullptr, nullptr, nullptr, napi_default_method, st},
  };
  napi_value cls;
  napi_define_class(env, name, NAPI_AUTO_LENGTH, ctor, st,
                    sizeof(props) / sizeof(props[0]), props, &cls);
  return cls;
}

}  // namespace

void CloseAllWatchers(FsState* st) {
  std::vector<void*> all(st->watchers.begin(), st->watchers.end());
  for (void* p : all) CloseWatcher(static_cast<Watcher*>(p));
}

void InitWatch(napi_env env, napi_value exports, FsState* st) {
  st->close_watchers = CloseAllWatchers;
  napi_set_named_property(env, exports, "FSEvent",
                          DefineWatcherClass(env, st, "FSEvent", NewFSEvent));
  napi_set_named_property(env, exports, "StatWatcher",
                          DefineWatcherClass(env, st, "StatWatcher", NewStatWatcher));
}

}  // namespace mosaic_fs
