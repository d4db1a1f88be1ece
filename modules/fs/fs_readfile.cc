// Whole-file reads and writes done natively in one step:
//   readFile(pathOrFd, isFd, flags, kind, cb?, scratch?)
//     kind: 0 Buffer, 1 utf8 string, 2 latin1 string, 3 utf16le string
//     sync Buffer reads that fit in `scratch` return their length instead;
//     utf8 reads of >= 1 MiB of ASCII return a Buffer (decode as latin1)
//   writeFile(pathOrFd, isFd, data, encoding, flags, mode, flush, cb?)
//     data: a string (encoding 0 utf8, 1 latin1, 2 utf16le) or an
//     ArrayBufferView
// The asynchronous forms run open + fstat + read... + close as a single
// thread-pool job, so a promise/callback readFile costs one trip to the
// pool instead of one per syscall.
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "fs_common.h"

namespace mosaic_fs {

bool EncodeString(napi_env env, napi_value s, int enc, std::vector<char>* out);
napi_status MakeUtf8String(napi_env env, const char* data, size_t len, napi_value* result);
bool IsAscii(const char* data, size_t len);

namespace {

// Linux transfers at most this much per read(2)/write(2).
constexpr size_t kMaxRw = 0x7ffff000;
constexpr size_t kUnknownSizeChunk = 64 * 1024;
// V8's longest string (64-bit builds); Node refuses utf8 reads of regular
// files larger than this up front.
constexpr size_t kMaxStringLength = (size_t{1} << 29) - 24;
constexpr size_t kAsciiBufferThreshold = 1 << 20;

// A malloc'ed, growable byte buffer whose memory can be handed over.
// Big buffers are mapped directly, with transparent huge pages where the
// kernel offers them: a 64 MiB read then takes 32 page faults, not 16384.
constexpr size_t kMapThreshold = 4 << 20;
constexpr size_t kHugePage = 2 << 20;

char* MapBytes(size_t n, size_t* mapped_len) {
#ifdef __linux__
  size_t len = (n + kHugePage - 1) & ~(kHugePage - 1);
  void* p = mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return nullptr;
#ifdef MADV_HUGEPAGE
  madvise(p, len, MADV_HUGEPAGE);
#endif
  *mapped_len = len;
  return static_cast<char*>(p);
#else
  (void)n;
  (void)mapped_len;
  return nullptr;
#endif
}

void FreeBytes(char* p, size_t mapped_len) {
  if (p == nullptr) return;
#ifdef __linux__
  if (mapped_len > 0) {
    munmap(p, mapped_len);
    return;
  }
#endif
  free(p);
}

// A growable byte buffer whose memory can be handed over (malloc'ed, or
// mapped when large: `mapped` is then the mapping's length).
struct RawBuf {
  char* data = nullptr;
  size_t len = 0;
  size_t cap = 0;
  size_t mapped = 0;
  ~RawBuf() { FreeBytes(data, mapped); }
  bool Reserve(size_t n) {
    if (n <= cap) return true;
    if (mapped == 0 && n >= kMapThreshold) {
      size_t mlen = 0;
      char* p = MapBytes(n, &mlen);
      if (p != nullptr) {
        if (len > 0) memcpy(p, data, len);
        free(data);
        data = p;
        cap = mlen;
        mapped = mlen;
        return true;
      }
    }
    if (mapped > 0) {
#ifdef __linux__
      size_t mlen = (n + kHugePage - 1) & ~(kHugePage - 1);
      void* p = mremap(data, mapped, mlen, MREMAP_MAYMOVE);
      if (p == MAP_FAILED) return false;
      data = static_cast<char*>(p);
      cap = mapped = mlen;
      return true;
#endif
    }
    char* p = static_cast<char*>(realloc(data, n));
    if (p == nullptr) return false;
    data = p;
    cap = n;
    return true;
  }
  // Gives up ownership; the memory is then freed with FreeBytes(p, mapped).
  char* Release() {
    char* p = data;
    data = nullptr;
    len = cap = mapped = 0;
    return p;
  }
};

// Reads `fd` from its current position to EOF into `b` (appending).
// `size_hint` is the fstat size of a regular file (0: unknown).
int ReadToEnd(uv_loop_t* loop, uv_file fd, size_t size_hint, RawBuf* b, ErrCtx* e) {
  size_t expect = b->len + size_hint;
  if (!b->Reserve(size_hint > 0 ? expect + 1 : b->len + kUnknownSizeChunk)) {
    e->Set(UV_ENOMEM, "read");
    return UV_ENOMEM;
  }
  for (;;) {
    if (b->len == b->cap) {
      if (b->len > static_cast<size_t>(kIoMaxLength)) break;
      size_t ncap = b->cap * 2;
      if (ncap < b->cap + kUnknownSizeChunk) ncap = b->cap + kUnknownSizeChunk;
      if (ncap > static_cast<size_t>(kIoMaxLength) + 1) {
        ncap = static_cast<size_t>(kIoMaxLength) + 1;
      }
      if (!b->Reserve(ncap)) {
        e->Set(UV_ENOMEM, "read");
        return UV_ENOMEM;
      }
    }
    size_t want = b->cap - b->len;
    if (want > kMaxRw) want = kMaxRw;
    uv_buf_t buf = uv_buf_init(b->data + b->len, static_cast<unsigned>(want));
    uv_fs_t req;
    int r = uv_fs_read(loop, &req, fd, &buf, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (r < 0) {
      e->Set(r, "read");
      return r;
    }
    if (r == 0) break;
    b->len += static_cast<size_t>(r);
    // A regular file that delivered what fstat promised and left the
    // slack byte unfilled is at its end: skip the extra read(2).
    if (size_hint > 0 && b->len >= expect && b->len < b->cap &&
        static_cast<size_t>(r) < want) {
      break;
    }
  }
  if (b->len > static_cast<size_t>(kIoMaxLength)) {
    e->Set(kErrFileTooLarge, "read");
    e->extra = static_cast<double>(b->len);
    return kErrFileTooLarge;
  }
  return 0;
}

// open (unless isFd) + fstat. Sets *fd, *size (0 when not a regular file).
int OpenAndSize(uv_loop_t* loop, const char* path, bool is_fd, int flags,
                uv_file* fd, size_t* size, ErrCtx* e) {
  uv_fs_t req;
  if (!is_fd) {
    int r = uv_fs_open(loop, &req, path, flags, 0666, nullptr);
    uv_fs_req_cleanup(&req);
    if (r < 0) {
      e->Set(r, "open", path);
      return r;
    }
    *fd = r;
  }
  int r = uv_fs_fstat(loop, &req, *fd, nullptr);
  uint64_t mode = req.statbuf.st_mode;
  uint64_t sz = req.statbuf.st_size;
  uv_fs_req_cleanup(&req);
  if (r < 0) {
    e->Set(r, "fstat");
    return r;
  }
  *size = S_ISREG(mode) ? static_cast<size_t>(sz) : 0;
  return 0;
}

// Refuses regular files that cannot become a Buffer (or, for sync utf8
// reads like Node's, a string).
int CheckSize(size_t size, bool utf8_string, ErrCtx* e) {
  if (utf8_string && size > kMaxStringLength) {
    e->Set(kErrStringTooLong, "read");
    return kErrStringTooLong;
  }
  if (size > static_cast<size_t>(kIoMaxLength)) {
    e->Set(kErrFileTooLarge, "fstat");
    e->extra = static_cast<double>(size);
    return kErrFileTooLarge;
  }
  return 0;
}

int CloseFd(uv_loop_t* loop, uv_file fd, ErrCtx* e, bool report) {
  uv_fs_t req;
  int r = uv_fs_close(loop, &req, fd, nullptr);
  uv_fs_req_cleanup(&req);
  if (r < 0 && report) e->Set(r, "close");
  return r;
}

// The whole read: open, fstat, read to EOF, close.
int DoReadFile(uv_loop_t* loop, const char* path, bool is_fd, uv_file fd, int flags,
               RawBuf* b, ErrCtx* e) {
  size_t size = 0;
  if (!is_fd) fd = -1;
  int r = OpenAndSize(loop, path, is_fd, flags, &fd, &size, e);
  if (r == 0) r = CheckSize(size, false, e);
  if (r == 0) r = ReadToEnd(loop, fd, size, b, e);
  if (!is_fd && fd >= 0) {
    int c = CloseFd(loop, fd, e, r == 0);
    if (r == 0 && c < 0) r = c;
  }
  return r;
}

// Converts bytes to the requested kind of value; *status gets
// kErrStringTooLong when V8 refuses the string.
napi_value ToValue(napi_env env, char* data, size_t len, int kind, napi_value* status,
                   bool* consumed) {
  napi_value v = nullptr;
  napi_status s = napi_ok;
  *consumed = false;
  switch (kind) {
    case 1:
      s = MakeUtf8String(env, data, len, &v);
      break;
    case 2:
      s = napi_create_string_latin1(env, len ? data : "", len, &v);
      break;
    case 3:
      s = napi_create_string_utf16(env, len ? reinterpret_cast<char16_t*>(data) : u"",
                                   len / 2, &v);
      break;
    default: {
      void* out;
      s = napi_create_buffer_copy(env, len, len ? data : "", &out, &v);
      break;
    }
  }
  if (s != napi_ok) {
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (pending) {
      napi_value ex;
      napi_get_and_clear_last_exception(env, &ex);
    }
    *status = Int(env, kind == 0 ? UV_ENOMEM : kErrStringTooLong);
    return Undefined(env);
  }
  return v;
}

// What an external Buffer's finalizer needs to know.
struct ExternalInfo {
  size_t len;
  size_t mapped;
};

void FreeData(napi_env env, void* data, void* hint) {
  ExternalInfo* info = static_cast<ExternalInfo*>(hint);
  // Tell V8 the memory is gone (it was reported when the Buffer was made).
  int64_t adjusted;
  napi_adjust_external_memory(env, -static_cast<int64_t>(info->len), &adjusted);
  FreeBytes(static_cast<char*>(data), info->mapped);
  delete info;
}

// A Buffer for `b`'s bytes: large ones take over the memory (no copy, no
// zero-fill), reported to V8 as external memory so that garbage collection
// keeps up; small ones are copied.
napi_value BufferFrom(napi_env env, RawBuf* b, napi_value* status, bool external = true) {
  if (external && b->len >= 64 * 1024) {
    if (b->mapped == 0 && b->cap - b->len > 4096) {
      char* p = static_cast<char*>(realloc(b->data, b->len));
      if (p != nullptr) {
        b->data = p;
        b->cap = b->len;
      }
    }
    napi_value v;
    ExternalInfo* info = new ExternalInfo{b->len, b->mapped};
    if (napi_create_external_buffer(env, b->len, b->data, FreeData, info, &v) == napi_ok) {
      b->Release();
      int64_t adjusted;
      napi_adjust_external_memory(env, static_cast<int64_t>(info->len), &adjusted);
      return v;
    }
    delete info;
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (pending) {
      napi_value ex;
      napi_get_and_clear_last_exception(env, &ex);
    }
  }
  bool consumed;
  return ToValue(env, b->data, b->len, 0, status, &consumed);
}

struct ReadFileWork : WorkReq {
  std::string path;
  bool is_fd = false;
  uv_file fd = -1;
  int flags = 0;
  int kind = 0;
  RawBuf buf;

  void Execute() override {
    DoReadFile(nullptr, path.c_str(), is_fd, fd, flags, &buf, &err);
  }

  napi_value Result(napi_env env, napi_value* status) override {
    if (kind == 0) return BufferFrom(env, &buf, status);
    // Large ASCII text comes back as a Buffer that JS turns into a string
    // with toString('latin1'): the buffer builtin may have a faster way to
    // build big strings (node uses external strings) than Node-API does.
    if (kind == 1 && buf.len >= kAsciiBufferThreshold && IsAscii(buf.data, buf.len)) {
      return BufferFrom(env, &buf, status);
    }
    bool consumed;
    return ToValue(env, buf.data, buf.len, kind, status, &consumed);
  }
};

// Reads a large regular file of (fstat) `size` bytes straight into a new
// Buffer. If the file turned out shorter or longer, the bytes go to `b`
// instead (and *out stays null).
int ReadIntoBuffer(napi_env env, uv_loop_t* loop, uv_file fd, size_t size, RawBuf* b,
                   ErrCtx* e, napi_value* out) {
  void* mem;
  napi_value v;
  if (napi_create_buffer(env, size, &mem, &v) != napi_ok) {
    e->Set(UV_ENOMEM, "read");
    return UV_ENOMEM;
  }
  char* data = static_cast<char*>(mem);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  // Fresh, untouched memory: let its aligned middle use huge pages.
  uintptr_t lo = (reinterpret_cast<uintptr_t>(data) + kHugePage - 1) & ~(kHugePage - 1);
  uintptr_t hi = (reinterpret_cast<uintptr_t>(data) + size) & ~(kHugePage - 1);
  if (hi > lo) madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_HUGEPAGE);
#endif
  size_t len = 0;
  while (len < size) {
    size_t want = size - len;
    if (want > kMaxRw) want = kMaxRw;
    uv_buf_t buf = uv_buf_init(data + len, static_cast<unsigned>(want));
    uv_fs_t req;
    int r = uv_fs_read(loop, &req, fd, &buf, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (r < 0) {
      e->Set(r, "read");
      return r;
    }
    if (r == 0) break;
    len += static_cast<size_t>(r);
  }
  if (len == size) {
    // Did the file grow meanwhile? Probe once.
    char probe[4096];
    uv_buf_t buf = uv_buf_init(probe, sizeof(probe));
    uv_fs_t req;
    int r = uv_fs_read(loop, &req, fd, &buf, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (r < 0) {
      e->Set(r, "read");
      return r;
    }
    if (r == 0) {
      *out = v;
      return 0;
    }
    size_t got = static_cast<size_t>(r);
    if (!b->Reserve(size + got + kUnknownSizeChunk)) {
      e->Set(UV_ENOMEM, "read");
      return UV_ENOMEM;
    }
    memcpy(b->data, data, size);
    memcpy(b->data + size, probe, got);
    b->len = size + got;
    return ReadToEnd(loop, fd, 0, b, e);
  }
  // The file shrank: keep what there is.
  if (!b->Reserve(len + 1)) {
    e->Set(UV_ENOMEM, "read");
    return UV_ENOMEM;
  }
  if (len > 0 && len < size) memcpy(b->data, data, len);
  b->len = len;
  return 0;
}

// readFile(pathOrFd, isFd, flags, kind, cb?, scratch?)
napi_value ReadFile(napi_env env, napi_callback_info info) {
  FS_ARGS(6);
  bool is_fd = IsTrue(env, argv[1]);
  int flags = GetInt32(env, argv[2]);
  int kind = GetInt32(env, argv[3]);
  if (IsFunction(env, argv[4])) {
    ReadFileWork* w = new ReadFileWork();
    w->is_fd = is_fd;
    w->flags = flags;
    w->kind = kind;
    if (is_fd) {
      w->fd = GetInt32(env, argv[0], -1);
    } else {
      PathArg p;
      if (!p.Init(env, argv[0])) {
        delete w;
        return ThrowType(env, "invalid path");
      }
      w->path = p.str();
    }
    return QueueWork(env, st, w, argv[4]);
  }

  PathArg p;
  uv_file fd = -1;
  if (is_fd) {
    fd = GetInt32(env, argv[0], -1);
  } else if (!p.Init(env, argv[0])) {
    return ThrowType(env, "invalid path");
  }
  ErrCtx e;
  RawBuf b;
  size_t size = 0;
  int r = OpenAndSize(st->loop, p.c_str(), is_fd, flags, &fd, &size, &e);
  bool opened = !is_fd && fd >= 0;
  if (r == 0) r = CheckSize(size, kind == 1, &e);
  napi_value direct = nullptr;
  if (r == 0 && kind == 0 && size >= 64 * 1024) {
    // Straight into a garbage-collected Buffer: memory behind external
    // Buffers is only released after the loop turns, which a synchronous
    // loop over big files never lets happen.
    r = ReadIntoBuffer(env, st->loop, fd, size, &b, &e, &direct);
  } else if (r == 0) {
    r = ReadToEnd(st->loop, fd, size, &b, &e);
  }
  if (opened) {
    int c = CloseFd(st->loop, fd, &e, r == 0);
    if (r == 0 && c < 0) r = c;
  }
  if (r < 0) return SyncErr(env, st, e);
  if (direct != nullptr) return direct;
  napi_value status = nullptr;
  napi_value v;
  if (kind == 0) {
    // Small results go through the caller's scratch Buffer: the JS side
    // copies them into a pooled Buffer, cheaper than creating one here.
    char* scratch;
    size_t scratch_len;
    if (b.len < 64 * 1024 && GetBytes(env, argv[5], &scratch, &scratch_len) &&
        b.len <= scratch_len) {
      if (b.len > 0) memcpy(scratch, b.data, b.len);
      return Int(env, static_cast<int64_t>(b.len));
    }
    v = BufferFrom(env, &b, &status, false);  // copied: see ReadIntoBuffer
  } else {
    bool consumed;
    v = ToValue(env, b.data, b.len, kind, &status, &consumed);
  }
  if (status != nullptr) return status;
  return v;
}

struct WriteFileWork : WorkReq {
  std::string path;
  bool is_fd = false;
  uv_file fd = -1;
  int flags = 0;
  int mode = 0666;
  bool flush = false;
  std::vector<char> storage;
  const char* data = nullptr;
  size_t len = 0;

  void Execute() override;
};

int WriteAll(uv_loop_t* loop, uv_file fd, const char* data, size_t len, ErrCtx* e) {
  size_t off = 0;
  while (off < len) {
    size_t want = len - off;
    if (want > kMaxRw) want = kMaxRw;
    uv_buf_t buf = uv_buf_init(const_cast<char*>(data + off), static_cast<unsigned>(want));
    uv_fs_t req;
    int r = uv_fs_write(loop, &req, fd, &buf, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (r < 0) {
      e->Set(r, "write");
      return r;
    }
    off += static_cast<size_t>(r);
  }
  return 0;
}

int DoWriteFile(uv_loop_t* loop, const char* path, bool is_fd, uv_file fd, int flags,
                int mode, bool flush, const char* data, size_t len, ErrCtx* e) {
  if (!is_fd) {
    uv_fs_t req;
    int r = uv_fs_open(loop, &req, path, flags, mode, nullptr);
    uv_fs_req_cleanup(&req);
    if (r < 0) {
      e->Set(r, "open", path);
      return r;
    }
    fd = r;
  }
  int r = WriteAll(loop, fd, data, len, e);
  if (r == 0 && flush) {
    uv_fs_t req;
    r = uv_fs_fsync(loop, &req, fd, nullptr);
    uv_fs_req_cleanup(&req);
    if (r < 0) e->Set(r, "fsync");
  }
  if (!is_fd) {
    int c = CloseFd(loop, fd, e, r == 0);
    if (r == 0 && c < 0) r = c;
  }
  return r;
}

void WriteFileWork::Execute() {
  DoWriteFile(nullptr, path.c_str(), is_fd, fd, flags, mode, flush, data, len, &err);
}

// writeFile(pathOrFd, isFd, data, encoding, flags, mode, flush, cb?)
napi_value WriteFile(napi_env env, napi_callback_info info) {
  FS_ARGS(8);
  bool is_fd = IsTrue(env, argv[1]);
  int enc = GetInt32(env, argv[3]);
  int flags = GetInt32(env, argv[4]);
  int mode = GetInt32(env, argv[5], 0666);
  bool flush = IsTrue(env, argv[6]);
  napi_valuetype t;
  napi_typeof(env, argv[2], &t);
  bool is_string = t == napi_string;

  if (IsFunction(env, argv[7])) {
    WriteFileWork* w = new WriteFileWork();
    w->is_fd = is_fd;
    w->flags = flags;
    w->mode = mode;
    w->flush = flush;
    if (is_fd) {
      w->fd = GetInt32(env, argv[0], -1);
    } else {
      PathArg p;
      if (!p.Init(env, argv[0])) {
        delete w;
        return ThrowType(env, "invalid path");
      }
      w->path = p.str();
    }
    if (is_string) {
      EncodeString(env, argv[2], enc, &w->storage);
      w->data = w->storage.data();
      w->len = w->storage.size();
    } else {
      char* d;
      if (!GetBytes(env, argv[2], &d, &w->len)) {
        delete w;
        return ThrowType(env, "data");
      }
      w->data = d;
      napi_create_reference(env, argv[2], 1, &w->keep);
    }
    return QueueWork(env, st, w, argv[7]);
  }

  PathArg p;
  uv_file fd = -1;
  if (is_fd) {
    fd = GetInt32(env, argv[0], -1);
  } else if (!p.Init(env, argv[0])) {
    return ThrowType(env, "invalid path");
  }
  const char* data;
  size_t len;
  if (is_string) {
    EncodeString(env, argv[2], enc, &st->scratch);
    data = st->scratch.data();
    len = st->scratch.size();
  } else {
    char* d;
    if (!GetBytes(env, argv[2], &d, &len)) return ThrowType(env, "data");
    data = d;
  }
  ErrCtx e;
  int r = DoWriteFile(st->loop, p.c_str(), is_fd, fd, flags, mode, flush, data, len, &e);
  if (st->scratch.capacity() > (1 << 20)) std::vector<char>().swap(st->scratch);
  if (r < 0) return SyncErr(env, st, e);
  return Int(env, 0);
}

}  // namespace

void InitReadFile(napi_env env, napi_value exports, FsState* st) {
  static const FnEntry fns[] = {
      {"readFile", ReadFile},
      {"writeFile", WriteFile},
  };
  RegisterFunctions(env, exports, st, fns, sizeof(fns) / sizeof(fns[0]));
}

}  // namespace mosaic_fs
