// Single-syscall operations on paths and descriptors.
#include "fs_common.h"

namespace mosaic_fs {

// req->ptr (readlink, realpath) as a string or Buffer (fsq->i1).
static napi_value AfterPtrString(napi_env env, FsReq* q, napi_value* status) {
  (void)status;
  const char* s = static_cast<const char*>(q->req.ptr);
  return MakeStringOrBuffer(env, s, strlen(s), q->i1 != 0);
}

// req->path (mkdtemp fills in the template).
static napi_value AfterPath(napi_env env, FsReq* q, napi_value* status) {
  (void)status;
  const char* s = q->req.path;
  return MakeStringOrBuffer(env, s, strlen(s), q->i1 != 0);
}

// access(path, mode, cb?)
static napi_value Access(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(p, 0);
  int mode = GetInt32(env, argv[1]);
  FS_CALL(argv[2], nullptr, nullptr, 0,
          uv_fs_access(st->loop, fsreq, p.c_str(), mode, fscb));
}

// open(path, flags, mode, cb?) -> fd
static napi_value Open(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  FS_PATH(p, 0);
  int flags = GetInt32(env, argv[1]);
  int mode = GetInt32(env, argv[2], 0666);
  FS_CALL(argv[3], nullptr, nullptr, 0,
          uv_fs_open(st->loop, fsreq, p.c_str(), flags, mode, fscb));
}

// close(fd, cb?)
static napi_value Close(napi_env env, napi_callback_info info) {
  FS_ARGS(2);
  int fd = GetInt32(env, argv[0], -1);
  FS_CALL(argv[1], nullptr, nullptr, 0, uv_fs_close(st->loop, fsreq, fd, fscb));
}

// rename(from, to, cb?)
static napi_value Rename(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(a, 0);
  FS_PATH(b, 1);
  FS_CALL(argv[2], nullptr, nullptr, 0,
          uv_fs_rename(st->loop, fsreq, a.c_str(), b.c_str(), fscb));
}

// ftruncate(fd, len, cb?)
static napi_value Ftruncate(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  int fd = GetInt32(env, argv[0], -1);
  int64_t len = GetInt64(env, argv[1]);
  FS_CALL(argv[2], nullptr, nullptr, 0,
          uv_fs_ftruncate(st->loop, fsreq, fd, len, fscb));
}

// rmdir(path, cb?)
static napi_value Rmdir(napi_env env, napi_callback_info info) {
  FS_ARGS(2);
  FS_PATH(p, 0);
  FS_CALL(argv[1], nullptr, nullptr, 0, uv_fs_rmdir(st->loop, fsreq, p.c_str(), fscb));
}

// unlink(path, cb?)
static napi_value Unlink(napi_env env, napi_callback_info info) {
  FS_ARGS(2);
  FS_PATH(p, 0);
  FS_CALL(argv[1], nullptr, nullptr, 0, uv_fs_unlink(st->loop, fsreq, p.c_str(), fscb));
}

// link(existing, new, cb?)
static napi_value Link(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(a, 0);
  FS_PATH(b, 1);
  FS_CALL(argv[2], nullptr, nullptr, 0,
          uv_fs_link(st->loop, fsreq, a.c_str(), b.c_str(), fscb));
}

// symlink(target, path, flags, cb?)
static napi_value Symlink(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  FS_PATH(a, 0);
  FS_PATH(b, 1);
  int flags = GetInt32(env, argv[2]);
  FS_CALL(argv[3], nullptr, nullptr, 0,
          uv_fs_symlink(st->loop, fsreq, a.c_str(), b.c_str(), flags, fscb));
}

// readlink(path, asBuffer, cb?) -> string | Buffer
static napi_value Readlink(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(p, 0);
  FS_CALL(argv[2], AfterPtrString, nullptr, IsTrue(env, argv[1]) ? 1 : 0,
          uv_fs_readlink(st->loop, fsreq, p.c_str(), fscb));
}

// realpath(path, asBuffer, cb?) -> string | Buffer
static napi_value Realpath(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(p, 0);
  FS_CALL(argv[2], AfterPtrString, nullptr, IsTrue(env, argv[1]) ? 1 : 0,
          uv_fs_realpath(st->loop, fsreq, p.c_str(), fscb));
}

// mkdtemp(template (ends in XXXXXX), asBuffer, cb?) -> string | Buffer
static napi_value Mkdtemp(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(p, 0);
  FS_CALL(argv[2], AfterPath, nullptr, IsTrue(env, argv[1]) ? 1 : 0,
          uv_fs_mkdtemp(st->loop, fsreq, p.c_str(), fscb));
}

// mkdir(path, mode, cb?) (the recursive form is mkdirp)
static napi_value Mkdir(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(p, 0);
  int mode = GetInt32(env, argv[1], 0777);
  FS_CALL(argv[2], nullptr, nullptr, 0,
          uv_fs_mkdir(st->loop, fsreq, p.c_str(), mode, fscb));
}

// chmod(path, mode, cb?)
static napi_value Chmod(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(p, 0);
  int mode = GetInt32(env, argv[1]);
  FS_CALL(argv[2], nullptr, nullptr, 0,
          uv_fs_chmod(st->loop, fsreq, p.c_str(), mode, fscb));
}

// fchmod(fd, mode, cb?)
static napi_value Fchmod(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  int fd = GetInt32(env, argv[0], -1);
  int mode = GetInt32(env, argv[1]);
  FS_CALL(argv[2], nullptr, nullptr, 0, uv_fs_fchmod(st->loop, fsreq, fd, mode, fscb));
}

// chown(path, uid, gid, cb?) / lchown
static napi_value Chown(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  FS_PATH(p, 0);
  uv_uid_t uid = static_cast<uv_uid_t>(GetUint32(env, argv[1]));
  uv_gid_t gid = static_cast<uv_gid_t>(GetUint32(env, argv[2]));
  FS_CALL(argv[3], nullptr, nullptr, 0,
          uv_fs_chown(st->loop, fsreq, p.c_str(), uid, gid, fscb));
}

static napi_value Lchown(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  FS_PATH(p, 0);
  uv_uid_t uid = static_cast<uv_uid_t>(GetUint32(env, argv[1]));
  uv_gid_t gid = static_cast<uv_gid_t>(GetUint32(env, argv[2]));
  FS_CALL(argv[3], nullptr, nullptr, 0,
          uv_fs_lchown(st->loop, fsreq, p.c_str(), uid, gid, fscb));
}

// fchown(fd, uid, gid, cb?)
static napi_value Fchown(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  int fd = GetInt32(env, argv[0], -1);
  uv_uid_t uid = static_cast<uv_uid_t>(GetUint32(env, argv[1]));
  uv_gid_t gid = static_cast<uv_gid_t>(GetUint32(env, argv[2]));
  FS_CALL(argv[3], nullptr, nullptr, 0, uv_fs_fchown(st->loop, fsreq, fd, uid, gid, fscb));
}

// utimes(path, atimeSeconds, mtimeSeconds, cb?) / lutimes
static napi_value Utimes(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  FS_PATH(p, 0);
  double at = GetDouble(env, argv[1]);
  double mt = GetDouble(env, argv[2]);
  FS_CALL(argv[3], nullptr, nullptr, 0,
          uv_fs_utime(st->loop, fsreq, p.c_str(), at, mt, fscb));
}

static napi_value Lutimes(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  FS_PATH(p, 0);
  double at = GetDouble(env, argv[1]);
  double mt = GetDouble(env, argv[2]);
  FS_CALL(argv[3], nullptr, nullptr, 0,
          uv_fs_lutime(st->loop, fsreq, p.c_str(), at, mt, fscb));
}

// futimes(fd, atimeSeconds, mtimeSeconds, cb?)
static napi_value Futimes(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  int fd = GetInt32(env, argv[0], -1);
  double at = GetDouble(env, argv[1]);
  double mt = GetDouble(env, argv[2]);
  FS_CALL(argv[3], nullptr, nullptr, 0, uv_fs_futime(st->loop, fsreq, fd, at, mt, fscb));
}

// fsync(fd, cb?) / fdatasync(fd, cb?)
static napi_value Fsync(napi_env env, napi_callback_info info) {
  FS_ARGS(2);
  int fd = GetInt32(env, argv[0], -1);
  FS_CALL(argv[1], nullptr, nullptr, 0, uv_fs_fsync(st->loop, fsreq, fd, fscb));
}

static napi_value Fdatasync(napi_env env, napi_callback_info info) {
  FS_ARGS(2);
  int fd = GetInt32(env, argv[0], -1);
  FS_CALL(argv[1], nullptr, nullptr, 0, uv_fs_fdatasync(st->loop, fsreq, fd, fscb));
}

// copyFile(src, dest, mode, cb?)
static napi_value CopyFile(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  FS_PATH(a, 0);
  FS_PATH(b, 1);
  int mode = GetInt32(env, argv[2]);
  FS_CALL(argv[3], nullptr, nullptr, 0,
          uv_fs_copyfile(st->loop, fsreq, a.c_str(), b.c_str(), mode, fscb));
}

void InitOps(napi_env env, napi_value exports, FsState* st) {
  static const FnEntry fns[] = {
      {"access", Access},       {"open", Open},
      {"close", Close},         {"rename", Rename},
      {"ftruncate", Ftruncate}, {"rmdir", Rmdir},
      {"unlink", Unlink},       {"link", Link},
      {"symlink", Symlink},     {"readlink", Readlink},
      {"realpath", Realpath},   {"mkdtemp", Mkdtemp},
      {"mkdir", Mkdir},         {"chmod", Chmod},
      {"fchmod", Fchmod},       {"chown", Chown},
      {"lchown", Lchown},       {"fchown", Fchown},
      {"utimes", Utimes},       {"lutimes", Lutimes},
      {"futimes", Futimes},     {"fsync", Fsync},
      {"fdatasync", Fdatasync}, {"copyFile", CopyFile},
  };
  RegisterFunctions(env, exports, st, fns, sizeof(fns) / sizeof(fns[0]));
}

}  // namespace mosaic_fs
