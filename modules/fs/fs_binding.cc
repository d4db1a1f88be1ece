// The fs plugin's Node-API entry point: builds the binding object handed to
// the plugin's JavaScript as `binding`.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs_common.h"

namespace mosaic_fs {

void InitReqHelpers(napi_env env, napi_value exports, FsState* st);

static void SetInt(napi_env env, napi_value obj, const char* name, int64_t v) {
  napi_set_named_property(env, obj, name, Int(env, v));
}

void InitConstants(napi_env env, napi_value exports) {
  napi_value c;
  napi_create_object(env, &c);
  // Same names (and order) as Node's fs.constants on Linux.
  SetInt(env, c, "UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR);
  SetInt(env, c, "UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION);
  SetInt(env, c, "O_RDONLY", O_RDONLY);
  SetInt(env, c, "O_WRONLY", O_WRONLY);
  SetInt(env, c, "O_RDWR", O_RDWR);
  SetInt(env, c, "UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN);
  SetInt(env, c, "UV_DIRENT_FILE", UV_DIRENT_FILE);
  SetInt(env, c, "UV_DIRENT_DIR", UV_DIRENT_DIR);
  SetInt(env, c, "UV_DIRENT_LINK", UV_DIRENT_LINK);
  SetInt(env, c, "UV_DIRENT_FIFO", UV_DIRENT_FIFO);
  SetInt(env, c, "UV_DIRENT_SOCKET", UV_DIRENT_SOCKET);
  SetInt(env, c, "UV_DIRENT_CHAR", UV_DIRENT_CHAR);
  SetInt(env, c, "UV_DIRENT_BLOCK", UV_DIRENT_BLOCK);
  SetInt(env, c, "EXTENSIONLESS_FORMAT_JAVASCRIPT", 0);
  SetInt(env, c, "EXTENSIONLESS_FORMAT_WASM", 1);
  SetInt(env, c, "S_IFMT", S_IFMT);
  SetInt(env, c, "S_IFREG", S_IFREG);
  SetInt(env, c, "S_IFDIR", S_IFDIR);
  SetInt(env, c, "S_IFCHR", S_IFCHR);
  SetInt(env, c, "S_IFBLK", S_IFBLK);
  SetInt(env, c, "S_IFIFO", S_IFIFO);
  SetInt(env, c, "S_IFLNK", S_IFLNK);
  SetInt(env, c, "S_IFSOCK", S_IFSOCK);
  SetInt(env, c, "O_CREAT", O_CREAT);
  SetInt(env, c, "O_EXCL", O_EXCL);
  SetInt(env, c, "UV_FS_O_FILEMAP", 0);
  SetInt(env, c, "O_NOCTTY", O_NOCTTY);
  SetInt(env, c, "O_TRUNC", O_TRUNC);
  SetInt(env, c, "O_APPEND", O_APPEND);
  SetInt(env, c, "O_DIRECTORY", O_DIRECTORY);
#ifdef O_NOATIME
  SetInt(env, c, "O_NOATIME", O_NOATIME);
#endif
  SetInt(env, c, "O_NOFOLLOW", O_NOFOLLOW);
  SetInt(env, c, "O_SYNC", O_SYNC);
  SetInt(env, c, "O_DSYNC", O_DSYNC);
#ifdef O_DIRECT
  SetInt(env, c, "O_DIRECT", O_DIRECT);
#endif
  SetInt(env, c, "O_NONBLOCK", O_NONBLOCK);
  SetInt(env, c, "S_IRWXU", S_IRWXU);
  SetInt(env, c, "S_IRUSR", S_IRUSR);
  SetInt(env, c, "S_IWUSR", S_IWUSR);
  SetInt(env, c, "S_IXUSR", S_IXUSR);
  SetInt(env, c, "S_IRWXG", S_IRWXG);
  SetInt(env, c, "S_IRGRP", S_IRGRP);
  SetInt(env, c, "S_IWGRP", S_IWGRP);
  SetInt(env, c, "S_IXGRP", S_IXGRP);
  SetInt(env, c, "S_IRWXO", S_IRWXO);
  SetInt(env, c, "S_IROTH", S_IROTH);
  SetInt(env, c, "S_IWOTH", S_IWOTH);
  SetInt(env, c, "S_IXOTH", S_IXOTH);
  SetInt(env, c, "F_OK", F_OK);
  SetInt(env, c, "R_OK", R_OK);
  SetInt(env, c, "W_OK", W_OK);
  SetInt(env, c, "X_OK", X_OK);
  SetInt(env, c, "UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  SetInt(env, c, "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  SetInt(env, c, "UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  SetInt(env, c, "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  SetInt(env, c, "UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  SetInt(env, c, "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  napi_set_named_property(env, exports, "constants", c);
}

static napi_value MakeSharedArray(napi_env env, napi_typedarray_type type,
                                  size_t count, void** data) {
  napi_value ab;
  napi_value arr;
  napi_create_arraybuffer(env, count * 8, data, &ab);
  napi_create_typedarray(env, type, count, ab, 0, &arr);
  return arr;
}

void MaybeFinishTeardown(FsState* st) {
  if (st->cleanup_hook != nullptr && st->pending == 0 && st->watchers.empty()) {
    napi_async_cleanup_hook_handle h = st->cleanup_hook;
    st->cleanup_hook = nullptr;
    napi_remove_async_cleanup_hook(h);
  }
}

// Env teardown, first step: stop calling into JS, close the watchers and
// hold the env until their close callbacks and pending requests are done.
static void CleanupState(napi_async_cleanup_hook_handle handle, void* data) {
  (void)handle;
  FsState* st = static_cast<FsState*>(data);
  st->dead = true;
  if (st->close_watchers) st->close_watchers(st);
  MaybeFinishTeardown(st);
}

// Last step: the state goes once no request can still reach it.
static void FinalizeState(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  FsState* st = static_cast<FsState*>(data);
  st->dead = true;
  st->orphaned = true;
  MaybeFreeState(st);
}

}  // namespace mosaic_fs

using namespace mosaic_fs;

extern "C" napi_value mosaic_plugin_init(napi_env env, napi_value exports) {
  FsState* st = new FsState();
  st->env = env;
  if (napi_get_uv_event_loop(env, &st->loop) != napi_ok || st->loop == nullptr) {
    napi_throw_error(env, nullptr, "fs: no libuv event loop");
    delete st;
    return nullptr;
  }
  napi_value name;
  napi_create_string_utf8(env, "FSReqCallback", NAPI_AUTO_LENGTH, &name);
  napi_value resource;
  napi_create_object(env, &resource);
  napi_async_init(env, resource, name, &st->async_ctx);
  napi_set_instance_data(env, st, FinalizeState, nullptr);
  napi_add_async_cleanup_hook(env, CleanupState, st, &st->cleanup_hook);

  void* data;
  napi_set_named_property(
      env, exports, "statValues",
      MakeSharedArray(env, napi_float64_array, 2 * kStatFieldCount, &data));
  st->stat_values = static_cast<double*>(data);
  napi_set_named_property(
      env, exports, "bigintStatValues",
      MakeSharedArray(env, napi_bigint64_array, 2 * kStatFieldCount, &data));
  st->bigint_stat_values = static_cast<int64_t*>(data);
  napi_set_named_property(
      env, exports, "statfsValues",
      MakeSharedArray(env, napi_float64_array, kStatfsFieldCount, &data));
  st->statfs_values = static_cast<double*>(data);
  napi_set_named_property(
      env, exports, "bigintStatfsValues",
      MakeSharedArray(env, napi_bigint64_array, kStatfsFieldCount, &data));
  st->bigint_statfs_values = static_cast<int64_t*>(data);
  napi_set_named_property(env, exports, "kStatFieldCount", Int(env, kStatFieldCount));
  napi_set_named_property(env, exports, "kErrFileTooLarge", Int(env, kErrFileTooLarge));
  napi_set_named_property(env, exports, "kErrStringTooLong", Int(env, kErrStringTooLong));

  InitConstants(env, exports);
  InitReqHelpers(env, exports, st);
  InitOps(env, exports, st);
  InitStat(env, exports, st);
  InitIo(env, exports, st);
  InitReadFile(env, exports, st);
  InitDir(env, exports, st);
  InitRm(env, exports, st);
  InitWatch(env, exports, st);
  return exports;
}
