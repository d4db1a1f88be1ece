// stat, lstat, fstat and statfs: results go to the shared typed arrays.
#include <sys/stat.h>

#include "fs_common.h"

namespace mosaic_fs {

void FillStat(FsState* st, const uv_stat_t* s, int slot, bool bigint) {
  if (bigint) {
    int64_t* f = st->bigint_stat_values + slot * kStatFieldCount;
    f[kDev] = static_cast<int64_t>(s->st_dev);
    f[kMode] = static_cast<int64_t>(s->st_mode);
    f[kNlink] = static_cast<int64_t>(s->st_nlink);
    f[kUid] = static_cast<int64_t>(s->st_uid);
    f[kGid] = static_cast<int64_t>(s->st_gid);
    f[kRdev] = static_cast<int64_t>(s->st_rdev);
    f[kBlksize] = static_cast<int64_t>(s->st_blksize);
    f[kIno] = static_cast<int64_t>(s->st_ino);
    f[kSize] = static_cast<int64_t>(s->st_size);
    f[kBlocks] = static_cast<int64_t>(s->st_blocks);
    f[kAtimeSec] = s->st_atim.tv_sec;
    f[kAtimeNsec] = s->st_atim.tv_nsec;
    f[kMtimeSec] = s->st_mtim.tv_sec;
    f[kMtimeNsec] = s->st_mtim.tv_nsec;
    f[kCtimeSec] = s->st_ctim.tv_sec;
    f[kCtimeNsec] = s->st_ctim.tv_nsec;
    f[kBirthtimeSec] = s->st_birthtim.tv_sec;
    f[kBirthtimeNsec] = s->st_birthtim.tv_nsec;
    return;
  }
  double* f = st->stat_values + slot * kStatFieldCount;
  f[kDev] = static_cast<double>(s->st_dev);
  f[kMode] = static_cast<double>(s->st_mode);
  f[kNlink] = static_cast<double>(s->st_nlink);
  f[kUid] = static_cast<double>(s->st_uid);
  f[kGid] = static_cast<double>(s->st_gid);
  f[kRdev] = static_cast<double>(s->st_rdev);
  f[kBlksize] = static_cast<double>(s->st_blksize);
  f[kIno] = static_cast<double>(s->st_ino);
  f[kSize] = static_cast<double>(s->st_size);
  f[kBlocks] = static_cast<double>(s->st_blocks);
  f[kAtimeSec] = static_cast<double>(s->st_atim.tv_sec);
  f[kAtimeNsec] = static_cast<double>(s->st_atim.tv_nsec);
  f[kMtimeSec] = static_cast<double>(s->st_mtim.tv_sec);
  f[kMtimeNsec] = static_cast<double>(s->st_mtim.tv_nsec);
  f[kCtimeSec] = static_cast<double>(s->st_ctim.tv_sec);
  f[kCtimeNsec] = static_cast<double>(s->st_ctim.tv_nsec);
  f[kBirthtimeSec] = static_cast<double>(s->st_birthtim.tv_sec);
  f[kBirthtimeNsec] = static_cast<double>(s->st_birthtim.tv_nsec);
}

void FillStatfs(FsState* st, const uv_statfs_t* s, bool bigint) {
  if (bigint) {
    int64_t* f = st->bigint_statfs_values;
    f[0] = static_cast<int64_t>(s->f_type);
    f[1] = static_cast<int64_t>(s->f_bsize);
    f[2] = static_cast<int64_t>(s->f_blocks);
    f[3] = static_cast<int64_t>(s->f_bfree);
    f[4] = static_cast<int64_t>(s->f_bavail);
    f[5] = static_cast<int64_t>(s->f_files);
    f[6] = static_cast<int64_t>(s->f_ffree);
    return;
  }
  double* f = st->statfs_values;
  f[0] = static_cast<double>(s->f_type);
  f[1] = static_cast<double>(s->f_bsize);
  f[2] = static_cast<double>(s->f_blocks);
  f[3] = static_cast<double>(s->f_bfree);
  f[4] = static_cast<double>(s->f_bavail);
  f[5] = static_cast<double>(s->f_files);
  f[6] = static_cast<double>(s->f_ffree);
}

// The stat record lands in slot 0; the returned value is 0 (sync) and
// undefined (async): JS reads the arrays right away.
static napi_value AfterStat(napi_env env, FsReq* q, napi_value* status) {
  (void)status;
  FillStat(q->st, &q->req.statbuf, 0, q->i1 != 0);
  return Int(env, 0);
}

static napi_value AfterStatfs(napi_env env, FsReq* q, napi_value* status) {
  (void)status;
  FillStatfs(q->st, static_cast<uv_statfs_t*>(q->req.ptr), q->i1 != 0);
  return Int(env, 0);
}

// stat(path, bigint, cb?)
static napi_value Stat(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(p, 0);
  FS_CALL(argv[2], AfterStat, nullptr, IsTrue(env, argv[1]) ? 1 : 0,
          uv_fs_stat(st->loop, fsreq, p.c_str(), fscb));
}

// lstat(path, bigint, cb?)
static napi_value Lstat(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(p, 0);
  FS_CALL(argv[2], AfterStat, nullptr, IsTrue(env, argv[1]) ? 1 : 0,
          uv_fs_lstat(st->loop, fsreq, p.c_str(), fscb));
}

// fstat(fd, bigint, cb?)
static napi_value Fstat(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  int fd = GetInt32(env, argv[0], -1);
  FS_CALL(argv[2], AfterStat, nullptr, IsTrue(env, argv[1]) ? 1 : 0,
          uv_fs_fstat(st->loop, fsreq, fd, fscb));
}

// statfs(path, bigint, cb?)
static napi_value Statfs(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(p, 0);
  FS_CALL(argv[2], AfterStatfs, nullptr, IsTrue(env, argv[1]) ? 1 : 0,
          uv_fs_statfs(st->loop, fsreq, p.c_str(), fscb));
}

// isDirectory(path) -> 1 directory, 0 other, <0 error (stat follows links).
// A cheap probe for recursive readdir and mkdir.
static napi_value StatType(napi_env env, napi_callback_info info) {
  FS_ARGS(2);
  FS_PATH(p, 0);
  bool follow = !IsTrue(env, argv[1]);
  uv_fs_t req;
  int rc = follow ? uv_fs_stat(st->loop, &req, p.c_str(), nullptr)
                  : uv_fs_lstat(st->loop, &req, p.c_str(), nullptr);
  if (rc >= 0) rc = static_cast<int>(req.statbuf.st_mode & S_IFMT);
  uv_fs_req_cleanup(&req);
  return Int(env, rc);
}

void InitStat(napi_env env, napi_value exports, FsState* st) {
  static const FnEntry fns[] = {
      {"stat", Stat}, {"lstat", Lstat}, {"fstat", Fstat},
      {"statfs", Statfs}, {"statType", StatType},
  };
  RegisterFunctions(env, exports, st, fns, sizeof(fns) / sizeof(fns[0]));
}

}  // namespace mosaic_fs
