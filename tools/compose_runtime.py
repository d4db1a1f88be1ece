#!/usr/bin/env python3
"""Assembles a runtime directory (see mosaic_runtime in tools/bazel/plugin.bzl).

usage: compose_runtime.py OUT_DIR MOSAIC LIBNODE [PLUGIN.so PLUGIN.lockinfo]...
The lock file has one line per plugin: name, version, file, and a 64-bit
FNV-1a hash of the file by words (the same hash the runtime computes when it
loads the plugin).
"""
import os
import shutil
import struct
import subprocess
import sys


def fnv1a64(path):
    """FNV-1a 64 over little-endian 64-bit words, then the tail bytes (the
    runtime's HashFile in core/bindings/plugins_binding.cc)."""
    mask = 0xFFFFFFFFFFFFFFFF
    h = 0xcbf29ce484222325
    with open(path, "rb") as f:
        data = f.read()
    words = len(data) // 8
    for (word,) in struct.iter_unpack("<Q", data[:words * 8]):
        h = ((h ^ word) * 0x100000001b3) & mask
    for b in data[words * 8:]:
        h = ((h ^ b) * 0x100000001b3) & mask
    return "%016x" % h


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
    shutil.copyfile(libnode, os.path.join(out_dir, "lib", "libnode.so.108"))
    sos = [p for p in rest if p.endswith(".so")]
    infos = {os.path.basename(p)[:-len(".lockinfo")]: p for p in rest if p.endswith(".lockinfo")}
    lines = []
    for so in sorted(sos):
        plugin = os.path.basename(so)[len("libmosaic_"):-len(".so")]
        name, version = open(infos[plugin]).read().split()
        dest = os.path.join(out_dir, "lib", "mosaic", os.path.basename(so))
        shutil.copyfile(so, dest)
        lines.append("%s %s %s %s\n" % (name, version, os.path.basename(so), fnv1a64(dest)))
    with open(os.path.join(out_dir, "lib", "mosaic", "runtime.lock"), "w") as lock:
        lock.write("# name version file fnv1a64\n")
        lock.writelines(lines)


if __name__ == "__main__":
    main()
