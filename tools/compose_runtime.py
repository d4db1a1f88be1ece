#!/usr/bin/env python3
"""Assembles a runtime directory (see mosaic_runtime in tools/bazel/plugin.bzl).

usage: compose_runtime.py OUT_DIR MOSAIC LIBNODE [PLUGIN.so PLUGIN.lockinfo]...
The lock file has one line per plugin: name, version, file, a 64-bit FNV-1a
hash of the file in four lanes of words (the same hash the runtime computes
when it loads the plugin), and the file's size and modification time (ns):
while those are unchanged the runtime skips the hash.
"""
import os
import shutil
import struct
import subprocess
import sys


def fnv1a64x4(path):
    """FNV-1a 64 in four lanes: little-endian 64-bit word i into lane i % 4,
    the tail bytes into lane 0, then the lanes folded with the same step (the
    runtime's HashBytes in core/bindings/plugins_binding.cc)."""
    mask = 0xFFFFFFFFFFFFFFFF
    prime = 0x100000001b3
    lanes = [0xcbf29ce484222325] * 4
    with open(path, "rb") as f:
        data = f.read()
    words = len(data) // 8
    for i, (word,) in enumerate(struct.iter_unpack("<Q", data[:words * 8])):
        lanes[i % 4] = ((lanes[i % 4] ^ word) * prime) & mask
    for b in data[words * 8:]:
        lanes[0] = ((lanes[0] ^ b) * prime) & mask
    h = lanes[0]
    for lane in lanes[1:]:
        h = ((h ^ lane) * prime) & mask
    return "%016x" % h


DT_NULL, DT_PLTGOT, DT_FLAGS, DT_FLAGS_1 = 0, 3, 30, 0x6FFFFFFB
DF_BIND_NOW, DF_1_NOW = 0x8, 0x1
PT_DYNAMIC, PT_GNU_RELRO = 2, 0x6474E552
PAGE = 4096


def bind_lazily(path):
    """Lets the dynamic loader bind a 64-bit little-endian ELF object's PLT
    slots lazily.

    Debian links libnode with -z now -z relro, so the loader resolves all of
    its ~30k PLT slots before main(): about half of the process's start-up.
    Lazily bound, a slot is resolved on its first call and the ones never
    called cost nothing. That needs the slots writable after relocation, so
    the read-only-after-relocation (RELRO) range is cut to end below them:
    partial RELRO, what toolchains produce by default. LD_BIND_NOW=1 still
    binds everything at start.
    """
    with open(path, "r+b") as f:
        elf = bytearray(f.read())
        if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
            raise SystemExit("%s: not a 64-bit little-endian ELF file" % path)
        phoff, = struct.unpack_from("<Q", elf, 0x20)
        phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
        headers = [phoff + i * phentsize for i in range(phnum)]
        pltgot = None
        for header in headers:
            if struct.unpack_from("<I", elf, header)[0] != PT_DYNAMIC:
                continue
            offset, = struct.unpack_from("<Q", elf, header + 8)
            size, = struct.unpack_from("<Q", elf, header + 32)
            for entry in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", elf, entry)
                if tag == DT_NULL:
                    break
                if tag == DT_PLTGOT:
                    pltgot = value
                elif tag == DT_FLAGS:
                    struct.pack_into("<Q", elf, entry + 8, value & ~DF_BIND_NOW)
                elif tag == DT_FLAGS_1:
                    struct.pack_into("<Q", elf, entry + 8, value & ~DF_1_NOW)
        if pltgot is None:
            raise SystemExit("%s: no PLT to bind lazily" % path)
        for header in headers:
            if struct.unpack_from("<I", elf, header)[0] != PT_GNU_RELRO:
                continue
            vaddr, = struct.unpack_from("<Q", elf, header + 16)
            memsz, = struct.unpack_from("<Q", elf, header + 40)
            if vaddr <= pltgot < vaddr + memsz:
                size = pltgot // PAGE * PAGE - vaddr
                struct.pack_into("<QQ", elf, header + 32, size, size)  # p_filesz, p_memsz
        f.seek(0)
        f.write(elf)


def main():
    out_dir, mosaic, libnode = sys.argv[1:4]
    rest = sys.argv[4:]
    os.makedirs(os.path.join(out_dir, "bin"), exist_ok=True)
    os.makedirs(os.path.join(out_dir, "lib", "mosaic"), exist_ok=True)
    binary = os.path.join(out_dir, "bin", "mosaic")
    shutil.copyfile(mosaic, binary)
    os.chmod(binary, 0o755)
    # The runtime finds libnode beside itself only: dropping Bazel's
    # sandbox-relative search paths also saves a dozen failed opens at start.
    subprocess.run(["patchelf", "--set-rpath", "$ORIGIN/../lib", binary], check=True)
    runtime_libnode = os.path.join(out_dir, "lib", "libnode.so.108")
    shutil.copyfile(libnode, runtime_libnode)
    bind_lazily(runtime_libnode)
    sos = [p for p in rest if p.endswith(".so")]
    infos = {os.path.basename(p)[:-len(".lockinfo")]: p for p in rest if p.endswith(".lockinfo")}
    lines = []
    for so in sorted(sos):
        plugin = os.path.basename(so)[len("libmosaic_"):-len(".so")]
        name, version = open(infos[plugin]).read().split()
        dest = os.path.join(out_dir, "lib", "mosaic", os.path.basename(so))
        shutil.copyfile(so, dest)
        st = os.stat(dest)
        lines.append("%s %s %s %s %d %d\n" % (name, version, os.path.basename(so),
                                               fnv1a64x4(dest), st.st_size, st.st_mtime_ns))
    with open(os.path.join(out_dir, "lib", "mosaic", "runtime.lock"), "w") as lock:
        lock.write("# name version file fnv1a64x4 size mtime_ns\n")
        lock.writelines(lines)


if __name__ == "__main__":
    main()
