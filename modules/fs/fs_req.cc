// Argument helpers and the asynchronous request machinery.
#include <stdlib.h>
#include <string.h>

#include "fs_common.h"

namespace mosaic_fs {

// ---------------------------------------------------------------------------
// Arguments

bool PathArg::Init(napi_env env, napi_value v) {
  size_t len = 0;
  napi_status s =
      napi_get_value_string_utf8(env, v, inline_, sizeof(inline_), &len);
  if (s == napi_ok) {
    // A character that does not fit is not written at all, so a result
    // close to the buffer size may be truncated: ask for the real length.
    if (len + 4 < sizeof(inline_)) {
      len_ = len;
      return true;
    }
    napi_get_value_string_utf8(env, v, nullptr, 0, &len);
    heap_.resize(len + 1);
    napi_get_value_string_utf8(env, v, heap_.data(), len + 1, &len);
    len_ = len;
    return true;
  }
  char* data;
  size_t n;
  if (!GetBytes(env, v, &data, &n)) return false;
  // Stops at an embedded NUL like the C APIs would (JS rejects those).
  size_t real = strnlen(data, n);
  if (real < sizeof(inline_)) {
    memcpy(inline_, data, real);
    inline_[real] = 0;
  } else {
    heap_.assign(data, data + real);
    heap_.push_back(0);
  }
  len_ = real;
  return true;
}

bool IsFunction(napi_env env, napi_value v) {
  napi_valuetype t;
  return napi_typeof(env, v, &t) == napi_ok && t == napi_function;
}

bool IsTrue(napi_env env, napi_value v) {
  bool b = false;
  if (napi_get_value_bool(env, v, &b) != napi_ok) return false;
  return b;
}

int32_t GetInt32(napi_env env, napi_value v, int32_t def) {
  int32_t r;
  if (napi_get_value_int32(env, v, &r) != napi_ok) return def;
  return r;
}

uint32_t GetUint32(napi_env env, napi_value v, uint32_t def) {
  uint32_t r;
  if (napi_get_value_uint32(env, v, &r) != napi_ok) return def;
  return r;
}

int64_t GetInt64(napi_env env, napi_value v, int64_t def) {
  int64_t r;
  if (napi_get_value_int64(env, v, &r) == napi_ok) return r;
  bool lossless;
  if (napi_get_value_bigint_int64(env, v, &r, &lossless) == napi_ok) return r;
  return def;
}

double GetDouble(napi_env env, napi_value v, double def) {
  double r;
  if (napi_get_value_double(env, v, &r) != napi_ok) return def;
  return r;
}

bool GetBytes(napi_env env, napi_value v, char** data, size_t* len) {
  napi_typedarray_type type;
  size_t length;
  void* ptr;
  napi_value ab;
  size_t offset;
  if (napi_get_typedarray_info(env, v, &type, &length, &ptr, &ab, &offset) ==
      napi_ok) {
    size_t size = 1;
    switch (type) {
      case napi_int16_array: case napi_uint16_array: size = 2; break;
      case napi_int32_array: case napi_uint32_array:
      case napi_float32_array: size = 4; break;
      case napi_float64_array: case napi_bigint64_array:
      case napi_biguint64_array: size = 8; break;
      default: size = 1;
    }
    *data = static_cast<char*>(ptr);
    *len = length * size;
    if (*data == nullptr) *len = 0;
    return true;
  }
  bool is_dv = false;
  if (napi_is_dataview(env, v, &is_dv) == napi_ok && is_dv) {
    if (napi_get_dataview_info(env, v, &length, &ptr, &ab, &offset) == napi_ok) {
      *data = static_cast<char*>(ptr);
      *len = length;
      return true;
    }
  }
  bool is_ab = false;
  if (napi_is_arraybuffer(env, v, &is_ab) == napi_ok && is_ab) {
    napi_get_arraybuffer_info(env, v, &ptr, &length);
    *data = static_cast<char*>(ptr);
    *len = length;
    return true;
  }
  return false;
}

napi_value Undefined(napi_env env) {
  napi_value v;
  napi_get_undefined(env, &v);
  return v;
}

napi_value Null(napi_env env) {
  napi_value v;
  napi_get_null(env, &v);
  return v;
}

napi_value Int(napi_env env, int64_t n) {
  napi_value v;
  if (n >= INT32_MIN && n <= INT32_MAX) {
    napi_create_int32(env, static_cast<int32_t>(n), &v);
  } else {
    napi_create_double(env, static_cast<double>(n), &v);
  }
  return v;
}

napi_value Str(napi_env env, const char* s, size_t len) {
  napi_value v;
  if (napi_create_string_utf8(env, s, len, &v) != napi_ok) return Undefined(env);
  return v;
}

napi_value Bool(napi_env env, bool b) {
  napi_value v;
  napi_get_boolean(env, b, &v);
  return v;
}

napi_value ThrowType(napi_env env, const char* msg) {
  napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", msg);
  return nullptr;
}

napi_value MakeStringOrBuffer(napi_env env, const char* s, size_t len,
                              bool as_buffer) {
  napi_value v;
  if (as_buffer) {
    void* out;
    if (napi_create_buffer_copy(env, len, s, &out, &v) != napi_ok) {
      return Undefined(env);
    }
    return v;
  }
  return Str(env, s, len);
}

napi_value ErrValue(napi_env env, const ErrCtx& e) {
  if (e.syscall == nullptr) return Int(env, e.err);
  napi_value arr;
  napi_create_array_with_length(env, 3, &arr);
  napi_set_element(env, arr, 0, Int(env, e.err));
  napi_set_element(env, arr, 1, Str(env, e.syscall));
  if (e.err == kErrFileTooLarge) {
    napi_value n;
    napi_create_double(env, e.extra, &n);
    napi_set_element(env, arr, 2, n);
  } else if (e.has_path) {
    napi_set_element(env, arr, 2, Str(env, e.path.data(), e.path.size()));
  }
  return arr;
}

napi_value SyncErr(napi_env env, FsState* st, const ErrCtx& e) {
  st->last = e;
  return Int(env, e.err);
}

// errorContext() -> [syscall, path | size | undefined] of the last
// synchronous compound failure.
static napi_value ErrorContext(napi_env env, napi_callback_info info) {
  FS_ARGS(0);
  napi_value arr;
  napi_create_array_with_length(env, 2, &arr);
  napi_set_element(env, arr, 0,
                   st->last.syscall ? Str(env, st->last.syscall) : Undefined(env));
  if (st->last.err == kErrFileTooLarge) {
    napi_value n;
    napi_create_double(env, st->last.extra, &n);
    napi_set_element(env, arr, 1, n);
  } else if (st->last.has_path) {
    napi_set_element(env, arr, 1,
                     Str(env, st->last.path.data(), st->last.path.size()));
  }
  return arr;
}

// ---------------------------------------------------------------------------
// Calling back into JS

void CallJs(napi_env env, FsState* st, napi_value cb, size_t argc,
            napi_value* argv) {
  // napi_make_callback wants an object receiver.
  napi_value recv;
  napi_get_global(env, &recv);
  napi_make_callback(env, st->async_ctx, recv, cb, argc, argv, nullptr);
  bool pending = false;
  if (napi_is_exception_pending(env, &pending) == napi_ok && pending) {
    napi_value exc;
    napi_get_and_clear_last_exception(env, &exc);
    napi_fatal_exception(env, exc);
  }
}

// ---------------------------------------------------------------------------
// uv_fs requests

FsReq* NewReq(napi_env env, FsState* st, napi_value cb, AfterFn after) {
  ReqStarted(st);
  FsReq* q = new FsReq();
  q->st = st;
  q->after = after;
  q->req.data = q;
  napi_create_reference(env, cb, 1, &q->cb);
  return q;
}

void KeepAlive(napi_env env, FsReq* q, napi_value v) {
  if (q->keep == nullptr) napi_create_reference(env, v, 1, &q->keep);
}

static void FinishReq(FsReq* q, napi_value status, napi_value result) {
  napi_env env = q->st->env;
  napi_value cb;
  napi_get_reference_value(env, q->cb, &cb);
  napi_delete_reference(env, q->cb);
  if (q->keep) napi_delete_reference(env, q->keep);
  FsState* st = q->st;
  delete q;
  napi_value argv[2] = {status, result};
  CallJs(env, st, cb, 2, argv);
}

void AfterFs(uv_fs_t* req) {
  FsReq* q = static_cast<FsReq*>(req->data);
  FsState* fst = q->st;
  if (!ReqFinished(fst)) {
    // The env is gone: release what does not need it.
    uv_fs_req_cleanup(req);
    delete q;
    MaybeFreeState(fst);
    return;
  }
  napi_env env = fst->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value status;
  napi_value result;
  if (req->result < 0) {
    status = Int(env, req->result);
    result = Undefined(env);
  } else {
    status = Int(env, 0);
    // Without an AfterFn the result is req->result (fd, byte count, 0).
    result = q->after ? q->after(env, q, &status) : Int(env, req->result);
  }
  uv_fs_req_cleanup(req);
  FinishReq(q, status, result);
  napi_close_handle_scope(env, scope);
}

namespace {
struct Deferred {
  uv_timer_t timer;
  FsReq* q;
  int rc;
};
}  // namespace

napi_value Submitted(napi_env env, FsReq* q, int rc) {
  if (rc >= 0) return Undefined(env);
  // The submission itself failed: report it asynchronously all the same.
  Deferred* d = new Deferred();
  d->q = q;
  d->rc = rc;
  uv_timer_init(q->st->loop, &d->timer);
  d->timer.data = d;
  uv_timer_start(&d->timer, [](uv_timer_t* t) {
    Deferred* d = static_cast<Deferred*>(t->data);
    FsState* fst = d->q->st;
    if (ReqFinished(fst)) {
      napi_env env = fst->env;
      napi_handle_scope scope;
      napi_open_handle_scope(env, &scope);
      FinishReq(d->q, Int(env, d->rc), Undefined(env));
      napi_close_handle_scope(env, scope);
    } else {
      delete d->q;
      MaybeFreeState(fst);
    }
    uv_close(reinterpret_cast<uv_handle_t*>(t), [](uv_handle_t* h) {
      delete static_cast<Deferred*>(h->data);
    });
  }, 0, 0);
  return Undefined(env);
}

// ---------------------------------------------------------------------------
// Thread-pool jobs

static void WorkExecute(uv_work_t* w) {
  static_cast<WorkReq*>(w->data)->Execute();
}

static void WorkAfter(uv_work_t* w, int status) {
  WorkReq* r = static_cast<WorkReq*>(w->data);
  if (!ReqFinished(r->st)) {
    FsState* fst = r->st;
    delete r;
    MaybeFreeState(fst);
    return;
  }
  napi_env env = r->st->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  if (status == UV_ECANCELED && r->err.err == 0) r->err.Set(UV_ECANCELED, nullptr);
  napi_value st_v;
  napi_value result;
  if (r->err.err != 0) {
    st_v = ErrValue(env, r->err);
    result = Undefined(env);
  } else {
    st_v = Int(env, 0);
    result = r->Result(env, &st_v);
  }
  napi_value cb;
  napi_get_reference_value(env, r->cb, &cb);
  napi_delete_reference(env, r->cb);
  if (r->keep) napi_delete_reference(env, r->keep);
  FsState* fst = r->st;
  delete r;
  napi_value argv[2] = {st_v, result};
  CallJs(env, fst, cb, 2, argv);
  napi_close_handle_scope(env, scope);
}

napi_value QueueWork(napi_env env, FsState* st, WorkReq* w, napi_value cb) {
  ReqStarted(st);
  w->st = st;
  w->work.data = w;
  napi_create_reference(env, cb, 1, &w->cb);
  int rc = uv_queue_work(st->loop, &w->work, WorkExecute, WorkAfter);
  if (rc < 0) {
    // Cannot happen with valid arguments; fail loudly rather than hang.
    st->pending--;
    napi_delete_reference(env, w->cb);
    if (w->keep) napi_delete_reference(env, w->keep);
    delete w;
    napi_throw_error(env, nullptr, "uv_queue_work failed");
    return nullptr;
  }
  return Undefined(env);
}

// ---------------------------------------------------------------------------

void RegisterFunctions(napi_env env, napi_value exports, FsState* st,
                       const FnEntry* fns, size_t count) {
  std::vector<napi_property_descriptor> props(count);
  for (size_t i = 0; i < count; i++) {
    props[i] = napi_property_descriptor{fns[i].name, nullptr, fns[i].fn,
                                        nullptr, nullptr, nullptr,
                                        napi_default_jsproperty, st};
  }
  napi_define_properties(env, exports, count, props.data());
}

void InitReqHelpers(napi_env env, napi_value exports, FsState* st) {
  static const FnEntry fns[] = {{"errorContext", ErrorContext}};
  RegisterFunctions(env, exports, st, fns, 1);
}

}  // namespace mosaic_fs
