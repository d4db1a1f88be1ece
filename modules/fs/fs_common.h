// Shared declarations of the fs plugin's native half.
//
// The binding speaks only Node-API (NAPI_VERSION 8) and libuv. Every
// operation has two forms, chosen by its last argument:
//   - a function: asynchronous. The request runs on the libuv thread pool
//     (uv_fs_* with a callback, or uv_queue_work for compound jobs) and the
//     function is called on the loop thread through napi_make_callback as
//     cb(status, result): status 0 on success, a negative libuv errno, or
//     [errno, syscall, path?] when the failing step is not the obvious one.
//   - anything else: synchronous. The call returns its result, or a negative
//     libuv errno (a number) on failure; compound operations also record the
//     failing syscall/path, read back with errorContext().
// Stat-like results are written into shared typed arrays (statValues,
// bigintStatValues, statfsValues, bigintStatfsValues) rather than objects.
#ifndef MOSAIC_MODULES_FS_FS_COMMON_H_
#define MOSAIC_MODULES_FS_FS_COMMON_H_

#ifndef NAPI_VERSION
#define NAPI_VERSION 8
#endif
#include <node_api.h>
#include <uv.h>

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <set>
#include <string>
#include <vector>

namespace mosaic_fs {

// Fields per stat record in the shared arrays (two records: current and
// previous, the second used by StatWatcher).
enum StatField {
  kDev, kMode, kNlink, kUid, kGid, kRdev, kBlksize, kIno, kSize, kBlocks,
  kAtimeSec, kAtimeNsec, kMtimeSec, kMtimeNsec, kCtimeSec, kCtimeNsec,
  kBirthtimeSec, kBirthtimeNsec,
  kStatFieldCount
};
constexpr int kStatfsFieldCount = 7;  // type bsize blocks bfree bavail files ffree

// Errors outside libuv's errno space, understood by the JS side.
constexpr int kErrFileTooLarge = -0x7ff00001;  // size in errorContext()[1]
constexpr int kErrStringTooLong = -0x7ff00002;

constexpr int64_t kIoMaxLength = 2147483647;  // 2 GiB - 1

// Context of a failure inside a compound operation.
struct ErrCtx {
  int err = 0;
  const char* syscall = nullptr;
  std::string path;
  bool has_path = false;
  double extra = 0;  // kErrFileTooLarge: the size

  void Set(int e, const char* sc) { err = e; syscall = sc; has_path = false; }
  void Set(int e, const char* sc, const std::string& p) {
    err = e; syscall = sc; path = p; has_path = true;
  }
};

struct FsState {
  napi_env env = nullptr;
  uv_loop_t* loop = nullptr;
  napi_async_context async_ctx = nullptr;
  double* stat_values = nullptr;         // 2 * kStatFieldCount
  int64_t* bigint_stat_values = nullptr;  // 2 * kStatFieldCount
  double* statfs_values = nullptr;
  int64_t* bigint_statfs_values = nullptr;
  ErrCtx last;                            // last synchronous compound failure
  std::vector<char> scratch;              // loop-thread scratch for sync reads
  // Lifetime: requests in flight keep the state alive past the env.
  size_t pending = 0;     // uv_fs / uv_work requests not yet completed
  bool dead = false;      // env is being torn down: no more JS calls
  bool orphaned = false;  // instance data finalized: delete when pending == 0
  std::set<void*> watchers;                       // open Watcher handles
  void (*close_watchers)(FsState* st) = nullptr;  // set by fs_watch.cc
  // Env teardown waits on this hook until no request or handle is left,
  // so no libuv callback can run after the plugin is unloaded.
  napi_async_cleanup_hook_handle cleanup_hook = nullptr;
};

// Removes the teardown hook once nothing is in flight any more.
void MaybeFinishTeardown(FsState* st);

// Bookkeeping around every asynchronous request.
inline void ReqStarted(FsState* st) { st->pending++; }
// Returns false when the env is gone: complete silently.
inline bool ReqFinished(FsState* st) {
  st->pending--;
  if (st->dead) {
    MaybeFinishTeardown(st);
    return false;
  }
  return true;
}
// Frees the state once orphaned and idle.
inline void MaybeFreeState(FsState* st) {
  if (st->orphaned && st->pending == 0) delete st;
}

// ---------------------------------------------------------------------------
// Argument helpers

#define FS_ARGS(n)                                                        \
  size_t argc = (n);                                                      \
  napi_value argv[(n) > 0 ? (n) : 1];                                     \
  void* fs_data_ = nullptr;                                               \
  napi_get_cb_info(env, info, &argc, argv, nullptr, &fs_data_);           \
  FsState* st = static_cast<FsState*>(fs_data_);                          \
  (void)st

// A path argument (string or Uint8Array) as a NUL-terminated UTF-8/byte
// string; short paths stay on the stack.
class PathArg {
 public:
  PathArg() { inline_[0] = 0; }
  PathArg(const PathArg&) = delete;
  PathArg& operator=(const PathArg&) = delete;
  bool Init(napi_env env, napi_value v);
  const char* c_str() const { return heap_.empty() ? inline_ : heap_.data(); }
  size_t length() const { return len_; }
  std::string str() const { return std::string(c_str(), len_); }

 private:
  char inline_[1024];
  std::vector<char> heap_;
  size_t len_ = 0;
};

bool IsFunction(napi_env env, napi_value v);
bool IsTrue(napi_env env, napi_value v);
int32_t GetInt32(napi_env env, napi_value v, int32_t def = 0);
uint32_t GetUint32(napi_env env, napi_value v, uint32_t def = 0);
int64_t GetInt64(napi_env env, napi_value v, int64_t def = 0);  // numbers and bigints
double GetDouble(napi_env env, napi_value v, double def = 0);
// Data pointer and byte length of a TypedArray/Buffer/DataView.
bool GetBytes(napi_env env, napi_value v, char** data, size_t* len);

napi_value Undefined(napi_env env);
napi_value Null(napi_env env);
napi_value Int(napi_env env, int64_t v);
napi_value Str(napi_env env, const char* s, size_t len = NAPI_AUTO_LENGTH);
napi_value Bool(napi_env env, bool b);
napi_value ThrowType(napi_env env, const char* msg);
// A Buffer copy of bytes (or a UTF-8 string when !as_buffer).
napi_value MakeStringOrBuffer(napi_env env, const char* s, size_t len, bool as_buffer);
// An ErrCtx as the async status value ([errno, syscall, path?]) and as a
// sync return (records it in st->last and returns the errno).
napi_value ErrValue(napi_env env, const ErrCtx& e);
napi_value SyncErr(napi_env env, FsState* st, const ErrCtx& e);

// ---------------------------------------------------------------------------
// Asynchronous requests

struct FsReq;
// Builds the success value of a finished uv_fs request (may set *status to
// an error instead).
typedef napi_value (*AfterFn)(napi_env env, FsReq* q, napi_value* status);

struct FsReq {
  uv_fs_t req;
  FsState* st = nullptr;
  napi_ref cb = nullptr;
  napi_ref keep = nullptr;  // buffers the request reads/writes
  AfterFn after = nullptr;
  int64_t i0 = 0;
  int32_t i1 = 0;
  std::vector<uv_buf_t> bufs;
  std::vector<char> storage;  // bytes the request owns (encoded strings)
};

FsReq* NewReq(napi_env env, FsState* st, napi_value cb, AfterFn after);
// Keeps `v` alive until the request ends.
void KeepAlive(napi_env env, FsReq* q, napi_value v);
// Called with the return code of the uv_fs_* submission.
napi_value Submitted(napi_env env, FsReq* q, int rc);
void AfterFs(uv_fs_t* req);

// Calls a JS callback from the loop thread the way Node calls I/O
// callbacks (napi_make_callback: nextTicks and microtasks drain after it);
// an exception becomes an uncaught exception.
void CallJs(napi_env env, FsState* st, napi_value cb, size_t argc, napi_value* argv);

// A compound job on the thread pool.
struct WorkReq {
  uv_work_t work;
  FsState* st = nullptr;
  napi_ref cb = nullptr;
  napi_ref keep = nullptr;
  ErrCtx err;
  virtual ~WorkReq() {}
  virtual void Execute() = 0;  // thread pool; no Node-API here
  // Loop thread, inside a handle scope, only when err.err == 0.
  virtual napi_value Result(napi_env env, napi_value* status) {
    (void)status;
    return Undefined(env);
  }
};
napi_value QueueWork(napi_env env, FsState* st, WorkReq* w, napi_value cb);

// Stat helpers
void FillStat(FsState* st, const uv_stat_t* s, int slot, bool bigint);
void FillStatfs(FsState* st, const uv_statfs_t* s, bool bigint);

// uv_fs_* synchronous call wrapper: runs `fn` with a stack request.
#define UV_SYNC(rc, call_expr)             \
  do {                                     \
    uv_fs_t req_;                          \
    uv_fs_t* sreq = &req_;                 \
    (void)sreq;                            \
    rc = (call_expr);                      \
    uv_fs_req_cleanup(&req_);              \
  } while (0)

// Registration (one function per concern file).
struct FnEntry {
  const char* name;
  napi_callback fn;
};
void RegisterFunctions(napi_env env, napi_value exports, FsState* st,
                       const FnEntry* fns, size_t count);
void InitOps(napi_env env, napi_value exports, FsState* st);
void InitStat(napi_env env, napi_value exports, FsState* st);
void InitIo(napi_env env, napi_value exports, FsState* st);
void InitReadFile(napi_env env, napi_value exports, FsState* st);
void InitDir(napi_env env, napi_value exports, FsState* st);
void InitRm(napi_env env, napi_value exports, FsState* st);
void InitWatch(napi_env env, napi_value exports, FsState* st);
void InitConstants(napi_env env, napi_value exports);

}  // namespace mosaic_fs

// One dual-mode uv_fs call. CALL is an expression using `fsreq` (the
// uv_fs_t*), `fscb` (the completion callback, NULL when synchronous) and
// `fsq` (the FsReq*). With a callback in `cbv` the request is submitted and
// undefined returned; otherwise it runs now and the result (or errno) is
// returned. AFTER (may be nullptr) turns a successful request into a value.
#define FS_CALL(cbv, AFTER, keep_v, i1v, CALL)                               \
  do {                                                                       \
    if (::mosaic_fs::IsFunction(env, (cbv))) {                               \
      ::mosaic_fs::FsReq* fsq = ::mosaic_fs::NewReq(env, st, (cbv), (AFTER)); \
      fsq->i1 = (i1v);                                                       \
      napi_value keep_ = (keep_v);                                           \
      if (keep_ != nullptr) ::mosaic_fs::KeepAlive(env, fsq, keep_);         \
      uv_fs_t* fsreq = &fsq->req;                                            \
      uv_fs_cb fscb = ::mosaic_fs::AfterFs;                                  \
      (void)fsreq; (void)fscb;                                               \
      return ::mosaic_fs::Submitted(env, fsq, (CALL));                       \
    }                                                                        \
    ::mosaic_fs::FsReq sq_;                                                  \
    ::mosaic_fs::FsReq* fsq = &sq_;                                          \
    fsq->st = st;                                                            \
    fsq->i1 = (i1v);                                                         \
    uv_fs_t* fsreq = &sq_.req;                                               \
    uv_fs_cb fscb = nullptr;                                                 \
    (void)fsreq; (void)fscb;                                                 \
    int rc_ = (CALL);                                                        \
    napi_value out_;                                                         \
    ::mosaic_fs::AfterFn after_ = (AFTER);                                   \
    if (rc_ < 0) {                                                           \
      out_ = ::mosaic_fs::Int(env, rc_);                                     \
    } else if (after_ != nullptr) {                                          \
      napi_value s_ = nullptr;                                               \
      out_ = after_(env, fsq, &s_);                                          \
      if (s_ != nullptr) out_ = s_;                                          \
    } else {                                                                 \
      out_ = ::mosaic_fs::Int(env, rc_);                                     \
    }                                                                        \
    uv_fs_req_cleanup(fsreq);                                                \
    return out_;                                                             \
  } while (0)

#define FS_PATH(var, idx)                                      \
  ::mosaic_fs::PathArg var;                                    \
  if (!var.Init(env, argv[idx])) return ::mosaic_fs::ThrowType(env, "invalid path")

#endif  // MOSAIC_MODULES_FS_FS_COMMON_H_
