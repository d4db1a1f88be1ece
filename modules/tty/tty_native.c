/* The tty plugin's native half: libuv TTY handles through Node-API.
 *
 * A TTY handle is a plain JS object wrapping a uv_tty_t; the functions
 * below take it as their first argument. Calls into JS (read data, write
 * completion, close) go through napi_make_callback so nextTicks and
 * microtasks run after them.
 *
 *   isatty(fd) -> bool
 *   open(fd, readable, ctx) -> handle, or undefined with ctx.errno/code/
 *       message/syscall set (uv_tty_init failed)
 *   getWindowSize(h, array) -> 0 | errno      array = [columns, rows]
 *   setRawMode(h, bool) -> 0 | errno
 *   setBlocking(h, bool) -> 0 | errno
 *   readStart(h) -> 0 | errno   data goes to h.onread(chunk | null, errno)
 *   readStop(h) -> 0 | errno
 *   write(h, string | ArrayBufferView, callback(status)) ->
 *       [errno, bytesQueued]: bytesQueued 0 means it was all written at
 *       once and the callback will not be called
 *   writeQueueSize(h) -> bytes waiting in libuv
 *   ref(h) / unref(h) / hasRef(h)
 *   close(h, callback)
 *   watchResize(callback): SIGWINCH, unref'd
 *
 * For the plugin's own tests (there is no terminal under `bazel test`):
 *   openpty() -> [masterFd, slaveFd] | errno
 *   setWindowSize(fd, columns, rows) -> 0 | errno
 *   closeFd(fd) -> 0 | errno
 *
 * The terminal mode is reset (uv_tty_reset_mode) when the process exits. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <node_api.h>

#include "sdk/mosaic_plugin.h"
#include <uv.h>
#include <errno.h>

typedef struct {
  uv_tty_t tty;
  napi_env env;
  napi_ref self;          /* weak; strong while reading */
  napi_async_context actx;
  int reading;
  int closing;
  int closed;
  int finalized;
} tty_t;

typedef struct {
  uv_write_t req;
  napi_env env;
  tty_t* t;
  napi_ref callback;
  size_t length;
  char data[];
} write_req_t;

static uv_loop_t* g_loop;
static uv_signal_t g_winch;
static int g_winch_active;
static napi_ref g_winch_callback;
static napi_env g_env;
static int g_atexit_registered;

/* ------------------------------------------------------------------------ */
/* Helpers */

#define MAX_ARGS 4

static size_t get_args(napi_env env, napi_callback_info info, napi_value* argv) {
  size_t argc = MAX_ARGS;
  for (size_t i = 0; i < MAX_ARGS; i++) argv[i] = NULL;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return 0;
  return argc;
}

static napi_value int32_value(napi_env env, int32_t i) {
  napi_value v;
  napi_create_int32(env, i, &v);
  return v;
}

static napi_value bool_value(napi_env env, int b) {
  napi_value v;
  napi_get_boolean(env, b != 0, &v);
  return v;
}

static tty_t* unwrap(napi_env env, napi_value value) {
  void* data = NULL;
  if (value == NULL || napi_unwrap(env, value, &data) != napi_ok || data == NULL) {
    napi_throw_type_error(env, "ERR_INVALID_THIS", "Value of \"this\" must be of type TTY");
    return NULL;
  }
  return (tty_t*)data;
}

static napi_value self_object(tty_t* t) {
  napi_value obj = NULL;
  if (t->self == NULL || napi_get_reference_value(t->env, t->self, &obj) != napi_ok) return NULL;
  return obj;
}

/* Calls `fn` with `argv`, from a libuv callback. */
static void call_js(napi_env env, napi_async_context actx, napi_value recv, napi_value fn,
                    size_t argc, napi_value* argv) {
  napi_valuetype type;
  if (fn == NULL || napi_typeof(env, fn, &type) != napi_ok || type != napi_function) return;
  if (recv == NULL) napi_get_global(env, &recv);
  napi_value result;
  if (napi_make_callback(env, actx, recv, fn, argc, argv, &result) == napi_pending_exception) {
    /* Let the runtime report it as an uncaught exception. */
    napi_value error;
    napi_get_and_clear_last_exception(env, &error);
    napi_fatal_exception(env, error);
  }
}

static void free_tty(tty_t* t) {
  if (t->actx != NULL) napi_async_destroy(t->env, t->actx);
  free(t);
}

/* ------------------------------------------------------------------------ */
/* Handle lifetime */

static void on_closed(uv_handle_t* handle) {
  tty_t* t = (tty_t*)handle->data;
  t->closed = 1;
  if (t->finalized) {
    free_tty(t);
    return;
  }
  napi_env env = t->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value obj = self_object(t);
  if (obj != NULL) {
    napi_value onclose = NULL;
    napi_get_named_property(env, obj, "onclose", &onclose);
    call_js(env, t->actx, obj, onclose, 0, NULL);
  }
  napi_close_handle_scope(env, scope);
  /* Drop Close()'s hold: the object may be collected now (its finalizer
   * frees the state). */
  if (!t->finalized && t->self != NULL) {
    napi_delete_reference(env, t->self);
    t->self = NULL;
  }
}

static void start_close(tty_t* t) {
  if (t->closing) return;
  t->closing = 1;
  if (t->reading) {
    uv_read_stop((uv_stream_t*)&t->tty);
    t->reading = 0;
    if (!t->finalized && t->self != NULL) napi_reference_unref(t->env, t->self, NULL);
  }
  uv_close((uv_handle_t*)&t->tty, on_closed);
}

static void finalize_tty(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  tty_t* t = (tty_t*)data;
  t->finalized = 1;
  if (t->self != NULL) {
    napi_delete_reference(env, t->self);
    t->self = NULL;
  }
  if (t->closed) {
    free_tty(t);
  } else {
    start_close(t);  /* freed in on_closed */
  }
}

/* ------------------------------------------------------------------------ */
/* Binding functions */

static napi_value IsATTY(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  int32_t fd = -1;
  if (argv[0] == NULL || napi_get_value_int32(env, argv[0], &fd) != napi_ok) {
    return bool_value(env, 0);
  }
  return bool_value(env, fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

static void set_ctx_error(napi_env env, napi_value ctx, int err, const char* syscall) {
  napi_value v;
  if (ctx == NULL) return;
  napi_create_int32(env, err, &v);
  napi_set_named_property(env, ctx, "errno", v);
  napi_create_string_utf8(env, uv_err_name(err), NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, ctx, "code", v);
  napi_create_string_utf8(env, uv_strerror(err), NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, ctx, "message", v);
  napi_create_string_utf8(env, syscall, NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, ctx, "syscall", v);
}

static napi_value Open(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  int32_t fd = -1;
  bool readable = false;
  napi_get_value_int32(env, argv[0], &fd);
  if (argv[1] != NULL) napi_get_value_bool(env, argv[1], &readable);
  tty_t* t = calloc(1, sizeof(*t));
  if (t == NULL) {
    napi_throw_error(env, NULL, "Out of memory");
    return NULL;
  }
  /* The last argument is unused on Unix (libuv reopens TTYs itself). */
  int err = uv_tty_init(g_loop, &t->tty, fd, readable ? 1 : 0);
  if (err != 0) {
    free(t);
    set_ctx_error(env, argv[2], err, "uv_tty_init");
    return NULL;
  }
  t->tty.data = t;
  t->env = env;
  napi_value obj, name;
  napi_create_object(env, &obj);
  napi_create_string_utf8(env, "TTYWRAP", NAPI_AUTO_LENGTH, &name);
  napi_async_init(env, obj, name, &t->actx);
  if (napi_wrap(env, obj, t, finalize_tty, NULL, NULL) != napi_ok ||
      napi_create_reference(env, obj, 0, &t->self) != napi_ok) {
    t->finalized = 1;
    start_close(t);
    napi_throw_error(env, NULL, "Could not create the TTY handle");
    return NULL;
  }
  uv_os_fd_t real_fd = fd;
  uv_fileno((uv_handle_t*)&t->tty, &real_fd);  /* libuv may have reopened it */
  napi_value fd_value = int32_value(env, real_fd);
  napi_set_named_property(env, obj, "fd", fd_value);
  return obj;
}

static napi_value GetWindowSize(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  if (t->closing) return int32_value(env, UV_EBADF);
  int width = 0, height = 0;
  int err = uv_tty_get_winsize(&t->tty, &width, &height);
  if (err == 0 && argv[1] != NULL) {
    napi_set_element(env, argv[1], 0, int32_value(env, width));
    napi_set_element(env, argv[1], 1, int32_value(env, height));
  }
  return int32_value(env, err);
}

static napi_value SetRawMode(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  if (t->closing) return int32_value(env, UV_EBADF);
  bool raw = false;
  if (argv[1] != NULL) napi_get_value_bool(env, argv[1], &raw);
  return int32_value(env, uv_tty_set_mode(&t->tty, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

static napi_value SetBlocking(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  if (t->closing) return int32_value(env, UV_EBADF);
  bool blocking = false;
  if (argv[1] != NULL) napi_get_value_bool(env, argv[1], &blocking);
  return int32_value(env, uv_stream_set_blocking((uv_stream_t*)&t->tty, blocking ? 1 : 0));
}

static void on_alloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  (void)handle;
  buf->base = malloc(suggested);
  buf->len = buf->base != NULL ? suggested : 0;
}

static void on_read(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  tty_t* t = (tty_t*)stream->data;
  if (nread == 0 || t->finalized) {
    free(buf->base);
    return;
  }
  napi_env env = t->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value obj = self_object(t);
  if (obj != NULL) {
    napi_value argv[2];
    if (nread > 0) {
      void* copy;
      napi_create_buffer_copy(env, (size_t)nread, buf->base, &copy, &argv[0]);
      argv[1] = int32_value(env, 0);
    } else {
      napi_get_null(env, &argv[0]);
      argv[1] = int32_value(env, (int32_t)nread);
    }
    free(buf->base);
    napi_value onread = NULL;
    napi_get_named_property(env, obj, "onread", &onread);
    call_js(env, t->actx, obj, onread, 2, argv);
  } else {
    free(buf->base);
  }
  napi_close_handle_scope(env, scope);
}

static napi_value ReadStart(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  if (t->closing) return int32_value(env, UV_EBADF);
  if (t->reading) return int32_value(env, 0);
  int err = uv_read_start((uv_stream_t*)&t->tty, on_alloc, on_read);
  if (err == 0) {
    t->reading = 1;
    napi_reference_ref(env, t->self, NULL);  /* alive while reading */
  }
  return int32_value(env, err);
}

static napi_value ReadStop(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  if (!t->reading || t->closing) return int32_value(env, 0);
  int err = uv_read_stop((uv_stream_t*)&t->tty);
  t->reading = 0;
  napi_reference_unref(env, t->self, NULL);
  return int32_value(env, err);
}

static void on_written(uv_write_t* req, int status) {
  write_req_t* w = (write_req_t*)req;
  napi_env env = w->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value callback = NULL;
  napi_get_reference_value(env, w->callback, &callback);
  napi_value argv[1] = {int32_value(env, status)};
  tty_t* t = w->t;
  call_js(env, t->finalized ? NULL : t->actx, t->finalized ? NULL : self_object(t), callback, 1,
          argv);
  napi_delete_reference(env, w->callback);
  napi_close_handle_scope(env, scope);
  free(w);
}

/* The bytes of a string (UTF-8) or of an ArrayBufferView. */
static int get_bytes(napi_env env, napi_value value, char** owned, const char** data,
                     size_t* length) {
  napi_valuetype type;
  napi_typeof(env, value, &type);
  *owned = NULL;
  if (type == napi_string) {
    size_t len = 0;
    if (napi_get_value_string_utf8(env, value, NULL, 0, &len) != napi_ok) return 0;
    char* buf = malloc(len + 1);
    if (buf == NULL) return 0;
    napi_get_value_string_utf8(env, value, buf, len + 1, &len);
    *owned = buf;
    *data = buf;
    *length = len;
    return 1;
  }
  bool is_typedarray = false, is_dataview = false;
  napi_is_typedarray(env, value, &is_typedarray);
  napi_is_dataview(env, value, &is_dataview);
  void* ptr = NULL;
  if (is_typedarray) {
    napi_typedarray_type ta_type;
    size_t count, offset;
    napi_value ab;
    if (napi_get_typedarray_info(env, value, &ta_type, &count, &ptr, &ab, &offset) != napi_ok) {
      return 0;
    }
    size_t elem = 1;
    switch (ta_type) {
      case napi_int16_array: case napi_uint16_array: elem = 2; break;
      case napi_int32_array: case napi_uint32_array: case napi_float32_array: elem = 4; break;
      case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: elem = 8; break;
      default: elem = 1;
    }
    *data = ptr;
    *length = count * elem;
    return 1;
  }
  if (is_dataview) {
    size_t len;
    napi_value ab;
    size_t offset;
    if (napi_get_dataview_info(env, value, &len, &ptr, &ab, &offset) != napi_ok) return 0;
    *data = ptr;
    *length = len;
    return 1;
  }
  return 0;
}

static napi_value Write(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  napi_value result;
  napi_create_array_with_length(env, 2, &result);
  if (t->closing) {
    napi_set_element(env, result, 0, int32_value(env, UV_EBADF));
    napi_set_element(env, result, 1, int32_value(env, 0));
    return result;
  }
  char* owned;
  const char* data;
  size_t length;
  if (!get_bytes(env, argv[1], &owned, &data, &length)) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The data must be a string or an ArrayBufferView");
    return NULL;
  }
  int err = 0;
  size_t queued = 0;
  if (length > 0) {
    size_t written = 0;
    /* Try to write at once (always, for a blocking TTY); queue the rest. */
    if (uv_stream_get_write_queue_size((uv_stream_t*)&t->tty) == 0) {
      uv_buf_t buf = uv_buf_init((char*)data, (unsigned int)length);
      int n = uv_try_write((uv_stream_t*)&t->tty, &buf, 1);
      if (n >= 0) {
        written = (size_t)n;
      } else if (n != UV_EAGAIN) {
        err = n;
      }
    }
    size_t rest = length - written;
    if (err == 0 && rest > 0) {
      write_req_t* w = malloc(sizeof(*w) + rest);
      if (w == NULL) {
        err = UV_ENOMEM;
      } else {
        memcpy(w->data, data + written, rest);
        w->env = env;
        w->t = t;
        w->length = rest;
        napi_create_reference(env, argv[2], 1, &w->callback);
        uv_buf_t buf = uv_buf_init(w->data, (unsigned int)rest);
        err = uv_write(&w->req, (uv_stream_t*)&t->tty, &buf, 1, on_written);
        if (err != 0) {
          napi_delete_reference(env, w->callback);
          free(w);
        } else {
          queued = rest;
        }
      }
    }
  }
  free(owned);
  napi_set_element(env, result, 0, int32_value(env, err));
  napi_value queued_value;
  napi_create_double(env, (double)queued, &queued_value);
  napi_set_element(env, result, 1, queued_value);
  return result;
}

static napi_value WriteQueueSize(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  napi_value v;
  napi_create_double(env, t->closing ? 0 : (double)uv_stream_get_write_queue_size((uv_stream_t*)&t->tty), &v);
  return v;
}

static napi_value Ref(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  if (!t->closing) uv_ref((uv_handle_t*)&t->tty);
  return NULL;
}

static napi_value Unref(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  if (!t->closing) uv_unref((uv_handle_t*)&t->tty);
  return NULL;
}

static napi_value HasRef(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  return bool_value(env, !t->closing && uv_has_ref((uv_handle_t*)&t->tty));
}

static napi_value Close(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  tty_t* t = unwrap(env, argv[0]);
  if (t == NULL) return NULL;
  if (t->closing) return NULL;
  if (argv[1] != NULL) napi_set_named_property(env, argv[0], "onclose", argv[1]);
  /* Keep the handle object alive until the close callback. */
  napi_reference_ref(env, t->self, NULL);
  start_close(t);
  return NULL;
}

/* ------------------------------------------------------------------------ */
/* SIGWINCH */

static void on_winch(uv_signal_t* handle, int signum) {
  (void)handle;
  (void)signum;
  napi_env env = g_env;
  if (g_winch_callback == NULL) return;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value callback = NULL;
  napi_get_reference_value(env, g_winch_callback, &callback);
  call_js(env, NULL, NULL, callback, 0, NULL);
  napi_close_handle_scope(env, scope);
}

static napi_value WatchResize(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  if (g_winch_callback != NULL) napi_delete_reference(env, g_winch_callback);
  napi_create_reference(env, argv[0], 1, &g_winch_callback);
  if (!g_winch_active) {
    int err = uv_signal_init(g_loop, &g_winch);
    if (err == 0) err = uv_signal_start(&g_winch, on_winch, SIGWINCH);
    if (err != 0) return int32_value(env, err);
    uv_unref((uv_handle_t*)&g_winch);
    g_winch_active = 1;
  }
  return int32_value(env, 0);
}

/* ------------------------------------------------------------------------ */
/* Test helpers: a pseudo-terminal pair. */

static napi_value OpenPty(napi_env env, napi_callback_info info) {
  (void)info;
  int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (master < 0) return int32_value(env, uv_translate_sys_error(errno));
  char name[128];
  if (grantpt(master) != 0 || unlockpt(master) != 0 ||
      ptsname_r(master, name, sizeof(name)) != 0) {
    int err = uv_translate_sys_error(errno);
    close(master);
    return int32_value(env, err);
  }
  int slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (slave < 0) {
    int err = uv_translate_sys_error(errno);
    close(master);
    return int32_value(env, err);
  }
  napi_value result;
  napi_create_array_with_length(env, 2, &result);
  napi_set_element(env, result, 0, int32_value(env, master));
  napi_set_element(env, result, 1, int32_value(env, slave));
  return result;
}

static napi_value SetWindowSize(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  int32_t fd = -1, cols = 0, rows = 0;
  napi_get_value_int32(env, argv[0], &fd);
  napi_get_value_int32(env, argv[1], &cols);
  napi_get_value_int32(env, argv[2], &rows);
  struct winsize ws;
  memset(&ws, 0, sizeof(ws));
  ws.ws_col = (unsigned short)cols;
  ws.ws_row = (unsigned short)rows;
  if (ioctl(fd, TIOCSWINSZ, &ws) != 0) return int32_value(env, uv_translate_sys_error(errno));
  return int32_value(env, 0);
}

static napi_value CloseFd(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  get_args(env, info, argv);
  int32_t fd = -1;
  napi_get_value_int32(env, argv[0], &fd);
  if (fd <= 2 || close(fd) != 0) return int32_value(env, fd <= 2 ? UV_EINVAL : uv_translate_sys_error(errno));
  return int32_value(env, 0);
}

/* ------------------------------------------------------------------------ */

static void reset_mode_at_exit(void) {
  uv_tty_reset_mode();
}

static void cleanup(void* arg) {
  (void)arg;
  uv_tty_reset_mode();
  if (g_winch_active) {
    uv_signal_stop(&g_winch);
    uv_close((uv_handle_t*)&g_winch, NULL);
    g_winch_active = 0;
  }
}

napi_value mosaic_plugin_init(napi_env env, napi_value exports) {
  static const mosaic_function kMethods[] = {
      {"isatty", IsATTY},
      {"open", Open},
      {"getWindowSize", GetWindowSize},
      {"setRawMode", SetRawMode},
      {"setBlocking", SetBlocking},
      {"readStart", ReadStart},
      {"readStop", ReadStop},
      {"write", Write},
      {"writeQueueSize", WriteQueueSize},
      {"ref", Ref},
      {"unref", Unref},
      {"hasRef", HasRef},
      {"close", Close},
      {"watchResize", WatchResize},
      {"openpty", OpenPty},
      {"setWindowSize", SetWindowSize},
      {"closeFd", CloseFd},
  };
  if (napi_get_uv_event_loop(env, &g_loop) != napi_ok || g_loop == NULL) return NULL;
  g_env = env;
  if (!g_atexit_registered) {
    atexit(reset_mode_at_exit);
    g_atexit_registered = 1;
  }
  napi_add_env_cleanup_hook(env, cleanup, NULL);
  if (mosaic_export_functions(env, exports, kMethods, sizeof(kMethods) / sizeof(kMethods[0])) !=
      napi_ok) {
    return NULL;
  }
  return exports;
}
