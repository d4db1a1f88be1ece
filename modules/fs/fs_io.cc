// read, write, readv, writev on descriptors.
#include "fs_common.h"

namespace mosaic_fs {

// Position argument: a number (-1: the current position) or a bigint.
static int64_t GetPosition(napi_env env, napi_value v) {
  napi_valuetype t;
  napi_typeof(env, v, &t);
  if (t == napi_number) {
    double d;
    napi_get_value_double(env, v, &d);
    return d < 0 ? -1 : static_cast<int64_t>(d);
  }
  if (t == napi_bigint) {
    int64_t r;
    bool lossless;
    napi_get_value_bigint_int64(env, v, &r, &lossless);
    return r < 0 ? -1 : r;
  }
  return -1;
}

// read(fd, buffer, offset, length, position, cb?) -> bytesRead
static napi_value Read(napi_env env, napi_callback_info info) {
  FS_ARGS(6);
  int fd = GetInt32(env, argv[0], -1);
  char* data;
  size_t len;
  if (!GetBytes(env, argv[1], &data, &len)) return ThrowType(env, "buffer");
  int64_t off = GetInt64(env, argv[2]);
  int64_t n = GetInt64(env, argv[3]);
  if (off < 0 || n < 0 || static_cast<uint64_t>(off + n) > len) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "read out of bounds");
    return nullptr;
  }
  int64_t pos = GetPosition(env, argv[4]);
  uv_buf_t buf = uv_buf_init(data + off, static_cast<unsigned>(n));
  FS_CALL(argv[5], nullptr, argv[1], 0,
          uv_fs_read(st->loop, fsreq, fd, &buf, 1, pos, fscb));
}

// write(fd, buffer, offset, length, position, cb?) -> bytesWritten
static napi_value Write(napi_env env, napi_callback_info info) {
  FS_ARGS(6);
  int fd = GetInt32(env, argv[0], -1);
  char* data;
  size_t len;
  if (!GetBytes(env, argv[1], &data, &len)) return ThrowType(env, "buffer");
  int64_t off = GetInt64(env, argv[2]);
  int64_t n = GetInt64(env, argv[3]);
  if (off < 0 || n < 0 || static_cast<uint64_t>(off + n) > len) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "write out of bounds");
    return nullptr;
  }
  int64_t pos = GetPosition(env, argv[4]);
  uv_buf_t buf = uv_buf_init(data + off, static_cast<unsigned>(n));
  FS_CALL(argv[5], nullptr, argv[1], 0,
          uv_fs_write(st->loop, fsreq, fd, &buf, 1, pos, fscb));
}

// Encodes a JS string: 0 utf8, 1 latin1, 2 utf16le.
bool EncodeString(napi_env env, napi_value s, int enc, std::vector<char>* out) {
  size_t n16 = 0;
  if (napi_get_value_string_utf16(env, s, nullptr, 0, &n16) != napi_ok) return false;
  size_t got = 0;
  if (enc == 1) {
    out->resize(n16 + 1);
    napi_get_value_string_latin1(env, s, out->data(), n16 + 1, &got);
  } else if (enc == 2) {
    out->resize(n16 * 2 + 2);
    napi_get_value_string_utf16(env, s, reinterpret_cast<char16_t*>(out->data()),
                                n16 + 1, &got);
    got *= 2;
  } else {
    out->resize(n16 * 3 + 1);
    napi_get_value_string_utf8(env, s, out->data(), n16 * 3 + 1, &got);
  }
  out->resize(got);
  return true;
}

// writeString(fd, string, position, encoding(0 utf8|1 latin1|2 utf16le), cb?)
static napi_value WriteString(napi_env env, napi_callback_info info) {
  FS_ARGS(5);
  int fd = GetInt32(env, argv[0], -1);
  int64_t pos = GetPosition(env, argv[2]);
  int enc = GetInt32(env, argv[3]);
  if (IsFunction(env, argv[4])) {
    FsReq* q = NewReq(env, st, argv[4], nullptr);
    if (!EncodeString(env, argv[1], enc, &q->storage)) return ThrowType(env, "string");
    uv_buf_t buf = uv_buf_init(q->storage.data(), static_cast<unsigned>(q->storage.size()));
    return Submitted(env, q, uv_fs_write(st->loop, &q->req, fd, &buf, 1, pos, AfterFs));
  }
  std::vector<char>& s = st->scratch;
  if (!EncodeString(env, argv[1], enc, &s)) return ThrowType(env, "string");
  uv_buf_t buf = uv_buf_init(s.data(), static_cast<unsigned>(s.size()));
  int rc;
  UV_SYNC(rc, uv_fs_write(st->loop, sreq, fd, &buf, 1, pos, nullptr));
  if (s.capacity() > (1 << 20)) std::vector<char>().swap(s);
  return Int(env, rc);
}

// Collects the buffers of an array into uv_bufs.
static bool CollectBufs(napi_env env, napi_value arr, std::vector<uv_buf_t>* out) {
  uint32_t n = 0;
  if (napi_get_array_length(env, arr, &n) != napi_ok) return false;
  out->resize(n);
  for (uint32_t i = 0; i < n; i++) {
    napi_value el;
    napi_get_element(env, arr, i, &el);
    char* data;
    size_t len;
    if (!GetBytes(env, el, &data, &len)) return false;
    (*out)[i] = uv_buf_init(data, static_cast<unsigned>(len));
  }
  return true;
}

// readv(fd, buffers, position, cb?) / writev(fd, buffers, position, cb?)
static napi_value Vector(napi_env env, napi_callback_info info, bool write) {
  FS_ARGS(4);
  int fd = GetInt32(env, argv[0], -1);
  int64_t pos = GetPosition(env, argv[2]);
  std::vector<uv_buf_t> bufs;
  if (!CollectBufs(env, argv[1], &bufs)) return ThrowType(env, "buffers");
  // Empty vectors: libuv wants at least one buffer.
  uv_buf_t empty = uv_buf_init(nullptr, 0);
  uv_buf_t* b = bufs.empty() ? &empty : bufs.data();
  unsigned nb = bufs.empty() ? 1 : static_cast<unsigned>(bufs.size());
  if (write) {
    FS_CALL(argv[3], nullptr, argv[1], 0,
            uv_fs_write(st->loop, fsreq, fd, b, nb, pos, fscb));
  }
  FS_CALL(argv[3], nullptr, argv[1], 0,
          uv_fs_read(st->loop, fsreq, fd, b, nb, pos, fscb));
}

static napi_value Readv(napi_env env, napi_callback_info info) {
  return Vector(env, info, false);
}

static napi_value Writev(napi_env env, napi_callback_info info) {
  return Vector(env, info, true);
}

void InitIo(napi_env env, napi_value exports, FsState* st) {
  static const FnEntry fns[] = {
      {"read", Read},   {"write", Write}, {"writeString", WriteString},
      {"readv", Readv}, {"writev", Writev},
  };
  RegisterFunctions(env, exports, st, fns, sizeof(fns) / sizeof(fns[0]));
}

}  // namespace mosaic_fs
