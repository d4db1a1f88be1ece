/* The child_process plugin's native half: spawnSync on a private libuv
 * loop (the process, its stdin fed from `input`, stdout and stderr read
 * into buffers, a timeout and a maxBuffer that kill it), as node's
 * SyncProcessRunner does. The asynchronous API is not here yet. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include <node_api.h>
#include <uv.h>

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

/* spawnSync(options) -> { pid, status, signal, error, output: [null, out, err] }
 * options: file, args, envPairs (or undefined: inherit), cwd, stdio (three
 * { type, fd }), input (a Uint8Array or undefined), timeout, maxBuffer,
 * killSignal, uid, gid, detached. `error` is a UV_* code (0: none);
 * `signal` a signal number (0: none). */
static napi_value SpawnSync(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value options;
  napi_get_cb_info(env, info, &argc, &options, NULL, NULL);

  run_t* run = calloc(1, sizeof(run_t));
  if (run == NULL) return throw_oom(env);
  char* file = copy_string(env, named(env, options, "file"));
  char** args = copy_string_array(env, named(env, options, "args"));
  napi_value env_pairs = named(env, options, "envPairs");
  char** envp = is_type(env, env_pairs, napi_object) ? copy_string_array(env, env_pairs) : NULL;
  napi_value cwd_value = named(env, options, "cwd");
  char* cwd = is_type(env, cwd_value, napi_string) ? copy_string(env, cwd_value) : NULL;
  napi_value result = NULL;
  if (file == NULL || args == NULL || (is_type(env, env_pairs, napi_object) && envp == NULL)) {
    throw_oom(env);
    goto done;
  }

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
  napi_value stdio_spec = named(env, options, "stdio");
  for (int i = 0; i < 3; i++) {
    napi_value slot;
    napi_get_element(env, stdio_spec, (uint32_t)i, &slot);
    int type = named_int(env, slot, "type", kPipe);
    if (type == kPipe) {
      uv_pipe_init(&run->loop, &run->slots[i].pipe, 0);
      run->slots[i].run = run;
      run->slots[i].used = 1;
      stdio[i].flags = UV_CREATE_PIPE | (i == 0 ? UV_READABLE_PIPE : UV_WRITABLE_PIPE);
      stdio[i].data.stream = (uv_stream_t*)&run->slots[i].pipe;
    } else if (type == kIgnore) {
      stdio[i].flags = UV_IGNORE;
    } else {
      stdio[i].flags = UV_INHERIT_FD;
      stdio[i].data.fd = type == kInherit ? i : named_int(env, slot, "fd", i);
    }
  }

  uv_process_options_t spawn_options;
  memset(&spawn_options, 0, sizeof(spawn_options));
  spawn_options.exit_cb = on_child_exit;
  spawn_options.file = file;
  spawn_options.args = args;
  spawn_options.env = envp;
  spawn_options.cwd = cwd;
  spawn_options.stdio_count = 3;
  spawn_options.stdio = stdio;
  int uid = named_int(env, options, "uid", -1);
  int gid = named_int(env, options, "gid", -1);
  if (uid >= 0) {
    spawn_options.flags |= UV_PROCESS_SETUID;
    spawn_options.uid = (uv_uid_t)uid;
  }
  if (gid >= 0) {
    spawn_options.flags |= UV_PROCESS_SETGID;
    spawn_options.gid = (uv_gid_t)gid;
  }
  napi_value detached = named(env, options, "detached");
  bool is_detached = false;
  if (detached != NULL) napi_get_value_bool(env, detached, &is_detached);
  if (is_detached) spawn_options.flags |= UV_PROCESS_DETACHED;
  run->process.data = run;

  int spawn_error = uv_spawn(&run->loop, &run->process, &spawn_options);
  if (spawn_error != 0) {
    run->error = spawn_error;
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

done:
  for (int i = 0; i < 3; i++) free(run->slots[i].output.data);
  free(file);
  free_string_array(args);
  free_string_array(envp);
  free(cwd);
  free(run);
  return result;
}

napi_value mosaic_plugin_init(napi_env env, napi_value exports) {
  napi_value fn;
  if (napi_create_function(env, "spawnSync", NAPI_AUTO_LENGTH, SpawnSync, NULL, &fn) != napi_ok ||
      napi_set_named_property(env, exports, "spawnSync", fn) != napi_ok) {
    return NULL;
  }
  return exports;
}
