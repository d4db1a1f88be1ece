// Directories: readdir (scandir), opendir/Dir handles, recursive mkdir.
//
// Directory listings cross into JS as ONE string of names joined by '\0'
// (file names cannot contain NUL) and, with types, a second string of one
// digit per entry (UV_DIRENT_*). Splitting a string in JS is much cheaper
// than building an array element by element through Node-API. Buffer
// listings use a single Buffer with the same separators.
#include <stdlib.h>
#include <sys/stat.h>

#include "fs_common.h"

namespace mosaic_fs {

namespace {

// Joined names (and type digits) of a finished scandir request.
struct Listing {
  std::string names;
  std::string types;
  size_t count = 0;
  void Add(const char* name, uv_dirent_type_t type) {
    if (count++ > 0) names.push_back('\0');
    names.append(name);
    types.push_back(static_cast<char>('0' + static_cast<int>(type)));
  }
};

napi_value ListingValue(napi_env env, const Listing& l, bool as_buffer, bool with_types) {
  napi_value names = MakeStringOrBuffer(env, l.names.data(), l.names.size(), as_buffer);
  if (!with_types) return names;
  napi_value arr;
  napi_create_array_with_length(env, 2, &arr);
  napi_set_element(env, arr, 0, names);
  napi_set_element(env, arr, 1, Str(env, l.types.data(), l.types.size()));
  return arr;
}

// i1 bit 0: as buffer, bit 1: with types
napi_value AfterScandir(napi_env env, FsReq* q, napi_value* status) {
  (void)status;
  Listing l;
  uv_dirent_t ent;
  while (uv_fs_scandir_next(&q->req, &ent) != UV_EOF) l.Add(ent.name, ent.type);
  return ListingValue(env, l, (q->i1 & 1) != 0, (q->i1 & 2) != 0);
}

// readdir(path, asBuffer, withTypes, cb?)
napi_value Readdir(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  FS_PATH(p, 0);
  int flags = (IsTrue(env, argv[1]) ? 1 : 0) | (IsTrue(env, argv[2]) ? 2 : 0);
  FS_CALL(argv[3], AfterScandir, nullptr, flags,
          uv_fs_scandir(st->loop, fsreq, p.c_str(), 0, fscb));
}

// ---------------------------------------------------------------------------
// Dir handles

struct DirHandle {
  uv_dir_t* dir = nullptr;
  std::vector<uv_dirent_t> ents;
};

void DirFinalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  DirHandle* h = static_cast<DirHandle*>(data);
  // In-flight requests hold a reference to the handle, so none is running.
  if (h->dir != nullptr) {
    uv_fs_t req;
    uv_fs_closedir(nullptr, &req, h->dir, nullptr);
    uv_fs_req_cleanup(&req);
  }
  delete h;
}

napi_value AfterOpendir(napi_env env, FsReq* q, napi_value* status) {
  (void)status;
  DirHandle* h = new DirHandle();
  h->dir = static_cast<uv_dir_t*>(q->req.ptr);
  napi_value ext;
  napi_create_external(env, h, DirFinalize, nullptr, &ext);
  return ext;
}

DirHandle* GetDir(napi_env env, napi_value v) {
  void* data = nullptr;
  if (napi_get_value_external(env, v, &data) != napi_ok) return nullptr;
  return static_cast<DirHandle*>(data);
}

// opendir(path, cb?) -> handle
napi_value Opendir(napi_env env, napi_callback_info info) {
  FS_ARGS(2);
  FS_PATH(p, 0);
  FS_CALL(argv[1], AfterOpendir, nullptr, 0,
          uv_fs_opendir(st->loop, fsreq, p.c_str(), fscb));
}

// Entries of a finished uv_fs_readdir: null at the end, else the listing.
napi_value AfterDirRead(napi_env env, FsReq* q, napi_value* status) {
  (void)status;
  uv_dir_t* dir = static_cast<uv_dir_t*>(q->req.ptr);
  int n = static_cast<int>(q->req.result);
  if (n == 0) return Null(env);
  Listing l;
  for (int i = 0; i < n; i++) l.Add(dir->dirents[i].name, dir->dirents[i].type);
  return ListingValue(env, l, (q->i1 & 1) != 0, true);
}

// dirRead(handle, bufferSize, asBuffer, cb?) -> null | [names, types]
napi_value DirRead(napi_env env, napi_callback_info info) {
  FS_ARGS(4);
  DirHandle* h = GetDir(env, argv[0]);
  if (h == nullptr || h->dir == nullptr) return Int(env, UV_EBADF);
  uint32_t size = GetUint32(env, argv[1], 32);
  if (size == 0) size = 32;
  if (h->ents.size() != size) h->ents.resize(size);
  h->dir->dirents = h->ents.data();
  h->dir->nentries = size;
  napi_value keep = argv[0];
  int flags = IsTrue(env, argv[2]) ? 1 : 0;
  FS_CALL(argv[3], AfterDirRead, keep, flags,
          uv_fs_readdir(st->loop, fsreq, h->dir, fscb));
}

// dirClose(handle, cb?)
napi_value DirClose(napi_env env, napi_callback_info info) {
  FS_ARGS(2);
  DirHandle* h = GetDir(env, argv[0]);
  if (h == nullptr || h->dir == nullptr) return Int(env, UV_EBADF);
  uv_dir_t* dir = h->dir;
  h->dir = nullptr;  // closed from JS's point of view right away
  napi_value keep = argv[0];
  FS_CALL(argv[1], nullptr, keep, 0, uv_fs_closedir(st->loop, fsreq, dir, fscb));
}

// ---------------------------------------------------------------------------
// mkdir -p

std::string Dirname(const std::string& p) {
  size_t end = p.size();
  while (end > 1 && p[end - 1] == '/') end--;
  size_t slash = p.rfind('/', end - 1);
  if (slash == std::string::npos) return ".";
  while (slash > 0 && p[slash - 1] == '/') slash--;
  if (slash == 0) return "/";
  return p.substr(0, slash);
}

// Returns 0 and sets *first (empty when nothing was created) or an errno.
int Mkdirp(uv_loop_t* loop, const std::string& path, int mode, std::string* first) {
  std::vector<std::string> stack;
  stack.push_back(path);
  first->clear();
  // Set once the top's parent is known to exist: ENOENT then cannot be
  // cured by creating parents (a deleted cwd: '.' still stats as a
  // directory), and retrying would loop forever.
  bool parent_exists = false;
  while (!stack.empty()) {
    const std::string next = stack.back();
    uv_fs_t req;
    int r = uv_fs_mkdir(loop, &req, next.c_str(), mode, nullptr);
    uv_fs_req_cleanup(&req);
    if (r == 0) {
      if (first->empty()) *first = next;
      stack.pop_back();
      parent_exists = true;
      continue;
    }
    if (r == UV_ENOENT) {
      std::string parent = Dirname(next);
      if (parent_exists || parent == next || stack.size() > 4096) return r;
      stack.push_back(parent);
      continue;
    }
    if (r == UV_EEXIST || r == UV_EISDIR) {
      r = uv_fs_stat(loop, &req, next.c_str(), nullptr);
      bool is_dir = r == 0 && S_ISDIR(req.statbuf.st_mode);
      uv_fs_req_cleanup(&req);
      if (r < 0) return r;
      if (!is_dir) return stack.size() == 1 ? UV_EEXIST : UV_ENOTDIR;
      stack.pop_back();
      parent_exists = true;
      continue;
    }
    return r;
  }
  return 0;
}

struct MkdirpWork : WorkReq {
  std::string path;
  int mode = 0777;
  std::string first;
  void Execute() override {
    int r = Mkdirp(nullptr, path, mode, &first);
    if (r < 0) err.Set(r, nullptr);
  }
  napi_value Result(napi_env env, napi_value* status) override {
    (void)status;
    if (first.empty()) return Undefined(env);
    return Str(env, first.data(), first.size());
  }
};

// mkdirp(path, mode, cb?) -> first created directory | undefined
napi_value MkdirpFn(napi_env env, napi_callback_info info) {
  FS_ARGS(3);
  FS_PATH(p, 0);
  int mode = GetInt32(env, argv[1], 0777);
  if (IsFunction(env, argv[2])) {
    MkdirpWork* w = new MkdirpWork();
    w->path = p.str();
    w->mode = mode;
    return QueueWork(env, st, w, argv[2]);
  }
  std::string first;
  int r = Mkdirp(st->loop, p.str(), mode, &first);
  if (r < 0) return Int(env, r);
  if (first.empty()) return Undefined(env);
  return Str(env, first.data(), first.size());
}

}  // namespace

void InitDir(napi_env env, napi_value exports, FsState* st) {
  static const FnEntry fns[] = {
      {"readdir", Readdir},   {"opendir", Opendir}, {"dirRead", DirRead},
      {"dirClose", DirClose}, {"mkdirp", MkdirpFn},
  };
  RegisterFunctions(env, exports, st, fns, sizeof(fns) / sizeof(fns[0]));
}

}  // namespace mosaic_fs
