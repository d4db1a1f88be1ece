/* The child_process plugin's native half:
 *  - spawnSync on a private libuv loop (the process, its stdin fed from
 *    `input`, stdout and stderr read into buffers, a timeout and a
 *    maxBuffer that kill it), as node's SyncProcessRunner does;
 *  - spawn on the runtime's loop: a process handle whose exit calls back
 *    into JavaScript, and pipe handles for its stdio that JavaScript reads,
 *    writes and closes (child_process.js builds the streams on them). */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include <node_api.h>
#include <uv.h>

#include "sdk/mosaic_plugin.h"

/* How a stdio slot of the child is set up (from JS). */
enum { kPipe = 0, kIgnore = 1, kInherit = 2, kFd = 3 };

typedef struct {
  char* data;
  size_t length;
  size_t capacity;
} bytes_t;

typedef struct run_s run_t;

typedef struct {
  uv_pipe_t pipe;
  run_t* run;
  bytes_t output; /* what the child wrote (fd 1 and 2) */
  int used;
} pipe_slot_t;

struct run_s {
  uv_loop_t loop;
  uv_process_t process;
  uv_timer_t timer;
  pipe_slot_t slots[3];
  uv_write_t write_req;
  uv_buf_t input;
  double max_buffer; /* <= 0: unlimited */
  int kill_signal;
  int64_t exit_status;
  int term_signal;
  int exited;
  int killed;
  int error;      /* a UV_* code for the whole run, 0 if none */
  int timed_out;
};

static napi_value throw_oom(napi_env env) {
  napi_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
  return NULL;
}

/* A malloc'd NUL-terminated copy of the string `value`, or NULL. */
static char* copy_string(napi_env env, napi_value value) {
  size_t length = 0;
  if (napi_get_value_string_utf8(env, value, NULL, 0, &length) != napi_ok) return NULL;
  char* text = malloc(length + 1);
  if (text == NULL) return NULL;
  napi_get_value_string_utf8(env, value, text, length + 1, &length);
  return text;
}

/* A NULL-terminated array of copies of the strings in `array`. */
static char** copy_string_array(napi_env env, napi_value array) {
  uint32_t count = 0;
  if (napi_get_array_length(env, array, &count) != napi_ok) return NULL;
  char** out = calloc(count + 1, sizeof(char*));
  if (out == NULL) return NULL;
  for (uint32_t i = 0; i < count; i++) {
    napi_value item;
    napi_get_element(env, array, i, &item);
    out[i] = copy_string(env, item);
    if (out[i] == NULL) {
      for (uint32_t j = 0; j < i; j++) free(out[j]);
      free(out);
      return NULL;
    }
  }
  return out;
}

static void free_string_array(char** array) {
  if (array == NULL) return;
  for (char** p = array; *p != NULL; p++) free(*p);
  free(array);
}

static int named_int(napi_env env, napi_value object, const char* name, int fallback) {
  napi_value value;
  int32_t result = fallback;
  if (napi_get_named_property(env, object, name, &value) == napi_ok) {
    napi_valuetype type;
    napi_typeof(env, value, &type);
    if (type == napi_number) napi_get_value_int32(env, value, &result);
  }
  return result;
}

static napi_value named(napi_env env, napi_value object, const char* name) {
  napi_value value = NULL;
  napi_get_named_property(env, object, name, &value);
  return value;
}

static int is_type(napi_env env, napi_value value, napi_valuetype wanted) {
  napi_valuetype type = napi_undefined;
  if (value != NULL) napi_typeof(env, value, &type);
  return type == wanted;
}

static void kill_child(run_t* run) {
  if (run->exited || run->killed) return;
  run->killed = 1;
  uv_process_kill(&run->process, run->kill_signal);
}

static void on_alloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  (void)handle;
  buf->base = malloc(suggested);
  buf->len = buf->base == NULL ? 0 : suggested;
}

static void on_read(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  pipe_slot_t* slot = (pipe_slot_t*)stream;
  run_t* run = slot->run;
  if (nread > 0) {
    bytes_t* out = &slot->output;
    if (out->length + (size_t)nread > out->capacity) {
      size_t capacity = out->capacity == 0 ? 65536 : out->capacity;
      while (capacity < out->length + (size_t)nread) capacity *= 2;
      char* grown = realloc(out->data, capacity);
      if (grown == NULL) {
        run->error = UV_ENOMEM;
        kill_child(run);
        free(buf->base);
        return;
      }
      out->data = grown;
      out->capacity = capacity;
    }
    memcpy(out->data + out->length, buf->base, (size_t)nread);
    out->length += (size_t)nread;
    if (run->max_buffer > 0 && (double)out->length > run->max_buffer && run->error == 0) {
      run->error = UV_ENOBUFS;
      kill_child(run);
    }
  } else if (nread < 0) {
    uv_close((uv_handle_t*)stream, NULL);
  }
  free(buf->base);
}

static void on_written(uv_write_t* req, int status) {
  (void)status; /* EPIPE: the child did not read all of its input */
  pipe_slot_t* slot = (pipe_slot_t*)req->handle;
  uv_close((uv_handle_t*)&slot->pipe, NULL);
}

static void on_child_exit(uv_process_t* process, int64_t status, int term_signal) {
  run_t* run = (run_t*)process->data;
  run->exited = 1;
  run->exit_status = status;
  run->term_signal = term_signal;
  uv_close((uv_handle_t*)process, NULL);
  if (uv_is_active((uv_handle_t*)&run->timer)) uv_timer_stop(&run->timer);
}

static void on_timeout(uv_timer_t* timer) {
  run_t* run = (run_t*)timer->data;
  run->timed_out = 1;
  if (run->error == 0) run->error = UV_ETIMEDOUT;
  kill_child(run);
}

static napi_value make_buffer(napi_env env, const bytes_t* bytes) {
  napi_value result = NULL;
  void* data = NULL;
  if (napi_create_buffer_copy(env, bytes->length, bytes->length ? bytes->data : "", &data,
                              &result) != napi_ok) {
    return NULL;
  }
  return result;
}

static void set_int(napi_env env, napi_value object, const char* name, int64_t value) {
  napi_value v;
  napi_create_int64(env, value, &v);
  napi_set_named_property(env, object, name, v);
}

/* The strings of a spawn's options, malloc'd for libuv. */
typedef struct {
  char* file;
  char** args;
  char** envp; /* NULL: the parent's environment */
  char* cwd;   /* NULL: the parent's */
} spawn_strings_t;

static void free_spawn_strings(spawn_strings_t* strings) {
  free(strings->file);
  free_string_array(strings->args);
  free_string_array(strings->envp);
  free(strings->cwd);
}

/* Reads file, args, envPairs and cwd; 0 (and nothing to free) when out of
 * memory. */
static int read_spawn_strings(napi_env env, napi_value options, spawn_strings_t* out) {
  memset(out, 0, sizeof(*out));
  napi_value env_pairs = named(env, options, "envPairs");
  napi_value cwd = named(env, options, "cwd");
  out->file = copy_string(env, named(env, options, "file"));
  out->args = copy_string_array(env, named(env, options, "args"));
  if (is_type(env, env_pairs, napi_object)) out->envp = copy_string_array(env, env_pairs);
  if (is_type(env, cwd, napi_string)) out->cwd = copy_string(env, cwd);
  if (out->file == NULL || out->args == NULL ||
      (is_type(env, env_pairs, napi_object) && out->envp == NULL) ||
      (is_type(env, cwd, napi_string) && out->cwd == NULL)) {
    free_spawn_strings(out);
    return 0;
  }
  return 1;
}

/* libuv's options from the spawn's strings, uid, gid and detached; stdio
 * is the caller's (three slots). */
static void init_process_options(napi_env env, napi_value options, const spawn_strings_t* strings,
                                 uv_stdio_container_t* stdio, uv_exit_cb exit_cb,
                                 uv_process_options_t* uv) {
  memset(uv, 0, sizeof(*uv));
  uv->exit_cb = exit_cb;
  uv->file = strings->file;
  uv->args = strings->args;
  uv->env = strings->envp;
  uv->cwd = strings->cwd;
  uv->stdio_count = 3;
  uv->stdio = stdio;
  int uid = named_int(env, options, "uid", -1);
  int gid = named_int(env, options, "gid", -1);
  if (uid >= 0) {
    uv->flags |= UV_PROCESS_SETUID;
    uv->uid = (uv_uid_t)uid;
  }
  if (gid >= 0) {
    uv->flags |= UV_PROCESS_SETGID;
    uv->gid = (uv_gid_t)gid;
  }
  bool detached = false;
  napi_value value = named(env, options, "detached");
  if (value != NULL) napi_get_value_bool(env, value, &detached);
  if (detached) uv->flags |= UV_PROCESS_DETACHED;
}

/* Sets up stdio slot `i` from the options' stdio list; returns whether it
 * is a pipe, whose stream the caller supplies. */
static int stdio_slot(napi_env env, napi_value options, int i, uv_stdio_container_t* container) {
  napi_value slot;
  napi_get_element(env, named(env, options, "stdio"), (uint32_t)i, &slot);
  int type = named_int(env, slot, "type", kPipe);
  if (type == kPipe) {
    container->flags = UV_CREATE_PIPE | (i == 0 ? UV_READABLE_PIPE : UV_WRITABLE_PIPE);
    return 1;
  }
  if (type == kIgnore) {
    container->flags = UV_IGNORE;
  } else {
    container->flags = UV_INHERIT_FD;
    container->data.fd = type == kInherit ? i : named_int(env, slot, "fd", i);
  }
  return 0;
}

/* spawnSync(options) -> { pid, status, signal, error, output: [null, out, err] }
 * options: file, args, envPairs (or undefined: inherit), cwd, stdio (three
 * { type, fd }), input (a Uint8Array or undefined), timeout, maxBuffer,
 * killSignal, uid, gid, detached. `error` is a UV_* code (0: none);
 * `signal` a signal number (0: none). */
static napi_value SpawnSync(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value options;
  napi_get_cb_info(env, info, &argc, &options, NULL, NULL);

  spawn_strings_t strings;
  run_t* run = calloc(1, sizeof(run_t));
  if (run == NULL || !read_spawn_strings(env, options, &strings)) {
    free(run);
    return throw_oom(env);
  }
  napi_value result = NULL;

  double timeout = 0;
  napi_get_value_double(env, named(env, options, "timeout"), &timeout);
  napi_get_value_double(env, named(env, options, "maxBuffer"), &run->max_buffer);
  run->kill_signal = named_int(env, options, "killSignal", SIGTERM);

  napi_value input = named(env, options, "input");
  bool has_input = false;
  napi_is_typedarray(env, input, &has_input);
  if (has_input) {
    void* data = NULL;
    size_t length = 0;
    napi_get_typedarray_info(env, input, NULL, &length, &data, NULL, NULL);
    run->input = uv_buf_init(data, (unsigned int)length);
  }

  uv_loop_init(&run->loop);
  uv_stdio_container_t stdio[3];
  for (int i = 0; i < 3; i++) {
    if (!stdio_slot(env, options, i, &stdio[i])) continue;
    uv_pipe_init(&run->loop, &run->slots[i].pipe, 0);
    run->slots[i].run = run;
    run->slots[i].used = 1;
    stdio[i].data.stream = (uv_stream_t*)&run->slots[i].pipe;
  }
  uv_process_options_t spawn_options;
  init_process_options(env, options, &strings, stdio, on_child_exit, &spawn_options);
  run->process.data = run;

  int spawn_error = uv_spawn(&run->loop, &run->process, &spawn_options);
  if (spawn_error != 0) {
    run->error = spawn_error;
    /* A process handle that failed to spawn still needs closing. */
    uv_close((uv_handle_t*)&run->process, NULL);
    for (int i = 0; i < 3; i++) {
      if (run->slots[i].used) uv_close((uv_handle_t*)&run->slots[i].pipe, NULL);
    }
  } else {
    for (int i = 0; i < 3; i++) {
      if (!run->slots[i].used) continue;
      if (i == 0) {
        if (run->input.len == 0 ||
            uv_write(&run->write_req, (uv_stream_t*)&run->slots[0].pipe, &run->input, 1,
                     on_written) != 0) {
          uv_close((uv_handle_t*)&run->slots[0].pipe, NULL);
        }
      } else {
        uv_read_start((uv_stream_t*)&run->slots[i].pipe, on_alloc, on_read);
      }
    }
    uv_timer_init(&run->loop, &run->timer);
    run->timer.data = run;
    if (timeout > 0) uv_timer_start(&run->timer, on_timeout, (uint64_t)timeout, 0);
    uv_run(&run->loop, UV_RUN_DEFAULT);
    uv_close((uv_handle_t*)&run->timer, NULL);
  }
  uv_run(&run->loop, UV_RUN_DEFAULT); /* the closes */
  uv_loop_close(&run->loop);

  napi_create_object(env, &result);
  set_int(env, result, "pid", spawn_error != 0 ? 0 : run->process.pid);
  set_int(env, result, "error", run->error);
  set_int(env, result, "status", run->exit_status);
  set_int(env, result, "signal", run->term_signal);
  set_int(env, result, "exited", run->exited);
  napi_value output;
  napi_create_array_with_length(env, 3, &output);
  for (int i = 1; i < 3; i++) {
    napi_value buffer = NULL;
    if (run->slots[i].used && spawn_error == 0) buffer = make_buffer(env, &run->slots[i].output);
    if (buffer == NULL) napi_get_null(env, &buffer);
    napi_set_element(env, output, (uint32_t)i, buffer);
  }
  napi_value null_value;
  napi_get_null(env, &null_value);
  napi_set_element(env, output, 0, null_value);
  napi_set_named_property(env, result, "output", output);

  for (int i = 0; i < 3; i++) free(run->slots[i].output.data);
  free_spawn_strings(&strings);
  free(run);
  return result;
}

/* ------------------------------------------------------------------------ */
/* Asynchronous children on the runtime's loop */

/* A handle JavaScript holds (process or pipe): the libuv handle, the env,
 * the JS callback to call, and an async context for it. */
typedef struct {
  union {
    uv_process_t process;
    uv_pipe_t pipe;
  } h;
  napi_env env;
  napi_ref callback; /* onexit(status, signal) / onread(chunk, errno) */
  napi_async_context async;
  int closed;
} async_handle_t;

typedef struct {
  uv_write_t req;
  napi_env env;
  napi_ref callback;
  napi_ref data; /* keeps the written view alive */
  napi_async_context async;
} write_req_t;

static uv_loop_t* g_loop;

static void call_js(napi_env env, napi_async_context async, napi_ref callback, size_t argc,
                    napi_value* argv) {
  napi_handle_scope scope;
  if (napi_open_handle_scope(env, &scope) != napi_ok) return;
  napi_value fn, global;
  if (napi_get_reference_value(env, callback, &fn) == napi_ok && fn != NULL) {
    napi_get_global(env, &global);
    napi_make_callback(env, async, global, fn, argc, argv, NULL);
  }
  napi_close_handle_scope(env, scope);
}

static void free_async_handle(uv_handle_t* handle) {
  async_handle_t* h = (async_handle_t*)handle;
  if (h->callback != NULL) napi_delete_reference(h->env, h->callback);
  napi_async_destroy(h->env, h->async);
  free(h);
}

static void close_async_handle(async_handle_t* h) {
  if (h->closed) return;
  h->closed = 1;
  uv_close((uv_handle_t*)&h->h, free_async_handle);
}

static async_handle_t* new_async_handle(napi_env env, napi_value callback, const char* name) {
  async_handle_t* h = calloc(1, sizeof(async_handle_t));
  if (h == NULL) return NULL;
  h->env = env;
  if (callback != NULL) napi_create_reference(env, callback, 1, &h->callback);
  napi_value resource, resource_name;
  napi_create_object(env, &resource);
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &resource_name);
  napi_async_init(env, resource, resource_name, &h->async);
  return h;
}

static async_handle_t* handle_arg(napi_env env, napi_value value) {
  void* data = NULL;
  napi_get_value_external(env, value, &data);
  return data;
}

static napi_value wrap_handle(napi_env env, async_handle_t* h) {
  napi_value result = NULL;
  napi_create_external(env, h, NULL, NULL, &result);
  return result;
}

static napi_value int_value(napi_env env, int64_t value) {
  napi_value result;
  napi_create_int64(env, value, &result);
  return result;
}

static void on_async_exit(uv_process_t* process, int64_t status, int term_signal) {
  async_handle_t* h = (async_handle_t*)process;
  napi_env env = h->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value argv[2] = {int_value(env, status), int_value(env, term_signal)};
  call_js(env, h->async, h->callback, 2, argv);
  napi_close_handle_scope(env, scope);
  close_async_handle(h);
}

/* spawn(options, onexit) -> { error, pid, process, pipes: [pipe|null] x3 }
 * options as for spawnSync (no input, timeout or maxBuffer). */
static napi_value Spawn(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_value options = argv[0];
  spawn_strings_t strings;
  if (!read_spawn_strings(env, options, &strings)) return throw_oom(env);
  napi_value result = NULL;
  async_handle_t* pipes[3] = {NULL, NULL, NULL};
  async_handle_t* process = new_async_handle(env, argv[1], "PROCESSWRAP");
  if (process == NULL) {
    throw_oom(env);
    goto done;
  }

  uv_stdio_container_t stdio[3];
  for (int i = 0; i < 3; i++) {
    if (!stdio_slot(env, options, i, &stdio[i])) continue;
    pipes[i] = new_async_handle(env, NULL, "PIPEWRAP");
    if (pipes[i] == NULL) {
      throw_oom(env);
      goto done;
    }
    uv_pipe_init(g_loop, &pipes[i]->h.pipe, 0);
    stdio[i].data.stream = (uv_stream_t*)&pipes[i]->h.pipe;
  }
  uv_process_options_t spawn_options;
  init_process_options(env, options, &strings, stdio, on_async_exit, &spawn_options);

  int error = uv_spawn(g_loop, &process->h.process, &spawn_options);
  napi_create_object(env, &result);
  napi_set_named_property(env, result, "error", int_value(env, error));
  napi_value pipe_list;
  napi_create_array_with_length(env, 3, &pipe_list);
  for (int i = 0; i < 3; i++) {
    napi_value value;
    if (pipes[i] == NULL) {
      napi_get_null(env, &value);
    } else if (error != 0) {
      close_async_handle(pipes[i]);
      napi_get_null(env, &value);
    } else {
      value = wrap_handle(env, pipes[i]);
    }
    napi_set_element(env, pipe_list, (uint32_t)i, value);
    pipes[i] = NULL;
  }
  napi_set_named_property(env, result, "pipes", pipe_list);
  if (error != 0) {
    /* uv_spawn failed: the handle still needs closing. */
    close_async_handle(process);
  } else {
    napi_set_named_property(env, result, "pid", int_value(env, process->h.process.pid));
    napi_set_named_property(env, result, "process", wrap_handle(env, process));
  }
  process = NULL;

done:
  if (process != NULL) free_async_handle((uv_handle_t*)process);
  for (int i = 0; i < 3; i++) {
    if (pipes[i] != NULL) {
      if (pipes[i]->h.pipe.loop != NULL) close_async_handle(pipes[i]);
      else free_async_handle((uv_handle_t*)pipes[i]);
    }
  }
  free_spawn_strings(&strings);
  return result;
}

/* kill(process, signal) -> 0 or a UV_* error */
static napi_value Kill(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  async_handle_t* h = handle_arg(env, argv[0]);
  int32_t signal_number = SIGTERM;
  napi_get_value_int32(env, argv[1], &signal_number);
  int error = h == NULL || h->closed ? UV_ESRCH : uv_process_kill(&h->h.process, signal_number);
  return int_value(env, error);
}

/* ref(handle, on): whether it keeps the loop alive */
static napi_value Ref(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  async_handle_t* h = handle_arg(env, argv[0]);
  bool on = true;
  napi_get_value_bool(env, argv[1], &on);
  if (h != NULL && !h->closed) {
    if (on) uv_ref((uv_handle_t*)&h->h);
    else uv_unref((uv_handle_t*)&h->h);
  }
  return NULL;
}

static void on_pipe_alloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  (void)handle;
  buf->base = malloc(suggested);
  buf->len = buf->base == NULL ? 0 : suggested;
}

static void on_pipe_read(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  async_handle_t* h = (async_handle_t*)stream;
  napi_env env = h->env;
  if (nread == 0) {
    free(buf->base);
    return;
  }
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value argv[2];
  if (nread > 0) {
    void* data;
    napi_create_buffer_copy(env, (size_t)nread, buf->base, &data, &argv[0]);
    argv[1] = int_value(env, 0);
  } else {
    napi_get_null(env, &argv[0]);
    argv[1] = int_value(env, nread);
    uv_read_stop(stream);
  }
  free(buf->base);
  call_js(env, h->async, h->callback, 2, argv);
  napi_close_handle_scope(env, scope);
}

/* readStart(pipe, onread(chunk | null, errno)) -> 0 or a UV_* error */
static napi_value ReadStart(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  async_handle_t* h = handle_arg(env, argv[0]);
  if (h == NULL || h->closed) return int_value(env, UV_EBADF);
  if (h->callback == NULL) napi_create_reference(env, argv[1], 1, &h->callback);
  return int_value(env, uv_read_start((uv_stream_t*)&h->h.pipe, on_pipe_alloc, on_pipe_read));
}

static napi_value ReadStop(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  async_handle_t* h = handle_arg(env, argv[0]);
  if (h != NULL && !h->closed) uv_read_stop((uv_stream_t*)&h->h.pipe);
  return NULL;
}

static void free_write_req(write_req_t* w) {
  napi_delete_reference(w->env, w->callback);
  napi_delete_reference(w->env, w->data);
  napi_async_destroy(w->env, w->async);
  free(w);
}

static void on_pipe_written(uv_write_t* req, int status) {
  write_req_t* w = (write_req_t*)req;
  napi_env env = w->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value argv[1] = {int_value(env, status)};
  call_js(env, w->async, w->callback, 1, argv);
  napi_close_handle_scope(env, scope);
  free_write_req(w);
}

/* write(pipe, view, oncomplete(status)) -> 0 or a UV_* error */
static napi_value Write(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  async_handle_t* h = handle_arg(env, argv[0]);
  if (h == NULL || h->closed) return int_value(env, UV_EBADF);
  void* data = NULL;
  size_t length = 0;
  napi_get_typedarray_info(env, argv[1], NULL, &length, &data, NULL, NULL);
  write_req_t* w = calloc(1, sizeof(write_req_t));
  if (w == NULL) return throw_oom(env);
  w->env = env;
  napi_create_reference(env, argv[2], 1, &w->callback);
  napi_create_reference(env, argv[1], 1, &w->data);
  napi_value resource, resource_name;
  napi_create_object(env, &resource);
  napi_create_string_utf8(env, "WRITEWRAP", NAPI_AUTO_LENGTH, &resource_name);
  napi_async_init(env, resource, resource_name, &w->async);
  uv_buf_t buf = uv_buf_init(data, (unsigned int)length);
  int error = uv_write(&w->req, (uv_stream_t*)&h->h.pipe, &buf, 1, on_pipe_written);
  if (error != 0) free_write_req(w);
  return int_value(env, error);
}

/* close(pipe): the handle goes; no more callbacks */
static napi_value Close(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  async_handle_t* h = handle_arg(env, argv[0]);
  if (h != NULL) close_async_handle(h);
  return NULL;
}

napi_value mosaic_plugin_init(napi_env env, napi_value exports) {
  static const mosaic_function kMethods[] = {
      {"spawnSync", SpawnSync}, {"spawn", Spawn},         {"kill", Kill},
      {"ref", Ref},             {"readStart", ReadStart}, {"readStop", ReadStop},
      {"write", Write},         {"close", Close},
  };
  if (napi_get_uv_event_loop(env, &g_loop) != napi_ok || g_loop == NULL) return NULL;
  if (mosaic_export_functions(env, exports, kMethods, sizeof(kMethods) / sizeof(kMethods[0])) !=
      napi_ok) {
    return NULL;
  }
  return exports;
}
