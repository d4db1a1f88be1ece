// rm: one native job that checks, then removes a path (recursively when
// asked), retrying transient failures with a linear back-off.
//   rm(path, recursive, force, maxRetries, retryDelayMs, cb?)
// Failures carry their syscall and path ([errno, syscall, path]); a
// directory given without `recursive` fails with syscall "rm" and EISDIR,
// which the JS side turns into ERR_FS_EISDIR.
#include <sys/stat.h>

#include "fs_common.h"

namespace mosaic_fs {

namespace {

bool Retryable(int err) {
  return err == UV_EBUSY || err == UV_EMFILE || err == UV_ENFILE ||
         err == UV_ENOTEMPTY || err == UV_EPERM;
}

int RemoveTree(uv_loop_t* loop, const std::string& path, bool is_dir, ErrCtx* e);

// Removes the entries of `dir`, then `dir` itself.
int RemoveDir(uv_loop_t* loop, const std::string& dir, ErrCtx* e) {
  uv_fs_t req;
  int r = uv_fs_scandir(loop, &req, dir.c_str(), 0, nullptr);
  if (r < 0) {
    uv_fs_req_cleanup(&req);
    if (r == UV_ENOENT) return 0;
    e->Set(r, "scandir", dir);
    return r;
  }
  std::vector<std::pair<std::string, uv_dirent_type_t>> entries;
  uv_dirent_t ent;
  while (uv_fs_scandir_next(&req, &ent) != UV_EOF) {
    entries.emplace_back(ent.name, ent.type);
  }
  uv_fs_req_cleanup(&req);
  std::string base = dir;
  if (base.empty() || base.back() != '/') base.push_back('/');
  for (auto& en : entries) {
    std::string child = base + en.first;
    int cr;
    if (en.second == UV_DIRENT_DIR) {
      cr = RemoveDir(loop, child, e);
    } else if (en.second == UV_DIRENT_UNKNOWN) {
      cr = RemoveTree(loop, child, false, e);
    } else {
      cr = uv_fs_unlink(loop, &req, child.c_str(), nullptr);
      uv_fs_req_cleanup(&req);
      if (cr == UV_EISDIR) {
        cr = RemoveDir(loop, child, e);
      } else if (cr == UV_ENOENT) {
        cr = 0;
      } else if (cr < 0) {
        e->Set(cr, "unlink", child);
      }
    }
    if (cr < 0) return cr;
  }
  r = uv_fs_rmdir(loop, &req, dir.c_str(), nullptr);
  uv_fs_req_cleanup(&req);
  if (r < 0 && r != UV_ENOENT) {
    e->Set(r, "rmdir", dir);
    return r;
  }
  return 0;
}

// Removes `path` whatever it is (lstat decides unless known).
int RemoveTree(uv_loop_t* loop, const std::string& path, bool is_dir, ErrCtx* e) {
  uv_fs_t req;
  if (!is_dir) {
    int r = uv_fs_lstat(loop, &req, path.c_str(), nullptr);
    bool dir = r == 0 && S_ISDIR(req.statbuf.st_mode);
    uv_fs_req_cleanup(&req);
    if (r < 0) {
      if (r == UV_ENOENT) return 0;
      e->Set(r, "lstat", path);
      return r;
    }
    if (!dir) {
      r = uv_fs_unlink(loop, &req, path.c_str(), nullptr);
      uv_fs_req_cleanup(&req);
      if (r < 0 && r != UV_ENOENT) {
        e->Set(r, "unlink", path);
        return r;
      }
      return 0;
    }
  }
  return RemoveDir(loop, path, e);
}

int DoRm(uv_loop_t* loop, const std::string& path, bool recursive, bool force,
         uint32_t max_retries, uint32_t retry_delay, ErrCtx* e) {
  uv_fs_t req;
  int r = uv_fs_lstat(loop, &req, path.c_str(), nullptr);
  bool is_dir = r == 0 && S_ISDIR(req.statbuf.st_mode);
  uv_fs_req_cleanup(&req);
  if (r < 0) {
    if (r == UV_ENOENT && force) return 0;
    e->Set(r, "lstat", path);
    return r;
  }
  if (is_dir && !recursive) {
    e->Set(UV_EISDIR, "rm", path);
    return UV_EISDIR;
  }
  for (uint32_t attempt = 0;; attempt++) {
    *e = ErrCtx();
    if (is_dir) {
      r = RemoveTree(loop, path, true, e);
    } else {
      r = uv_fs_unlink(loop, &req, path.c_str(), nullptr);
      uv_fs_req_cleanup(&req);
      if (r == UV_ENOENT) r = 0;
      if (r < 0) e->Set(r, "unlink", path);
    }
    if (r == 0 || !Retryable(r) || attempt >= max_retries) break;
    uv_sleep(retry_delay * (attempt + 1));
  }
  return r;
}

struct RmWork : WorkReq {
  std::string path;
  bool recursive = false;
  bool force = false;
  uint32_t max_retries = 0;
  uint32_t retry_delay = 100;
  void Execute() override {
    DoRm(nullptr, path, recursive, force, max_retries, retry_delay, &err);
  }
};

napi_value Rm(napi_env env, napi_callback_info info) {
  FS_ARGS(6);
  FS_PATH(p, 0);
  bool recursive = IsTrue(env, argv[1]);
  bool force = IsTrue(env, argv[2]);
  uint32_t max_retries = GetUint32(env, argv[3]);
  uint32_t retry_delay = GetUint32(env, argv[4], 100);
  if (IsFunction(env, argv[5])) {
    RmWork* w = new RmWork();
    w->path = p.str();
    w->recursive = recursive;
    w->force = force;
    w->max_retries = max_retries;
    w->retry_delay = retry_delay;
    return QueueWork(env, st, w, argv[5]);
  }
  ErrCtx e;
  int r = DoRm(st->loop, p.str(), recursive, force, max_retries, retry_delay, &e);
  if (r < 0) return SyncErr(env, st, e);
  return Int(env, 0);
}

}  // namespace

void InitRm(napi_env env, napi_value exports, FsState* st) {
  static const FnEntry fns[] = {{"rm", Rm}};
  RegisterFunctions(env, exports, st, fns, 1);
}

}  // namespace mosaic_fs
