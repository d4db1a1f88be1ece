#!/usr/bin/env python3
"""Side-by-side benchmarks: mosaic vs the system node, in one run, as ratios.

usage: python3 tools/bench/run.py [startup|memory|loop|napi|modules|<plugin>|all ...] (default all)
"""
import glob
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "tools", "bench")
ENV = {k: v for k, v in os.environ.items() if k not in ("NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE")}


def bazel_build():
    subprocess.run(["bazel", "build", "-c", "opt", "//runtimes:full", "//tools/bench:libnode_floor"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    bin_dir = subprocess.run(["bazel", "info", "-c", "opt", "bazel-bin"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    return (os.path.join(bin_dir, "runtimes", "full", "bin", "mosaic"),
            os.path.join(bin_dir, "tools", "bench", "libnode_floor"))


NPM_PROJECT = os.path.join(ROOT, "third_party", ".deps", "test-npm")


def run_once(cmd):
    """Wall time (ms) and peak RSS (KiB) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=NPM_PROJECT if os.path.isdir(NPM_PROJECT) else None)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    if status != 0:
        raise SystemExit("benchmark command failed: %s" % " ".join(cmd))
    return elapsed, usage.ru_maxrss


def medians(cmds, runs):
    """Median wall time and peak RSS of each command, sampled interleaved so
    that background load affects every command alike."""
    for cmd in cmds:
        for _ in range(3):
            run_once(cmd)  # warm the page cache
    samples = {i: [] for i in range(len(cmds))}
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            samples[i].append(run_once(cmd))
    return [(statistics.median(s[0] for s in samples[i]), statistics.median(s[1] for s in samples[i]))
            for i in range(len(cmds))]


def startup(mosaic, floor):
    """Start-up of mosaic and node beside two floors: the empty program with
    the system's libnode as Debian links it (every PLT slot bound before
    main), and the same program with the runtime's own copy of libnode,
    which compose_runtime.py lets bind lazily."""
    empty = tempfile.NamedTemporaryFile(suffix=".js", delete=False)
    empty.close()
    runs = 60
    rows = []
    lazy_floor = ["env", "LD_LIBRARY_PATH=" + os.path.join(os.path.dirname(os.path.dirname(mosaic)), "lib"),
                  floor]
    cases = [("-e 0", ["-e", "0"]), ("empty file", [empty.name])]
    if os.path.isdir(NPM_PROJECT):
        # The module loader on a real tree: yargs and its 13 dependencies.
        cases.append(("require('yargs') tree", ["-e", "require('yargs/yargs')(['--a=1']).parse()"]))
    for label, args in cases:
        (m_ms, _), (n_ms, _), (f_ms, _), (l_ms, _) = medians(
            [[mosaic] + args, ["node"] + args, [floor], lazy_floor], runs)
        rows.append((label, m_ms, n_ms, f_ms, l_ms))
    os.unlink(empty.name)
    print("startup (median of %d, ms)      mosaic    node   floor  lazy-floor  mosaic/node  "
          "mosaic-floor  mosaic-lazy-floor" % runs)
    for label, m_ms, n_ms, f_ms, l_ms in rows:
        print("  %-28s %7.1f %7.1f %7.1f %11.1f %11.2fx %+13.1f %+18.1f" % (
            label, m_ms, n_ms, f_ms, l_ms, m_ms / n_ms, m_ms - f_ms, m_ms - l_ms))


def drop_cached_pages(paths):
    """Evict the files' clean pages from the page cache. How a file entered
    the cache decides its folio sizes: one Bazel just wrote may sit in 2 MiB
    folios, which the kernel maps whole, so the same libnode counted up to
    3 MiB more RSS depending on its history. Both runtimes' executables are
    evicted, then paged in by the loader alike."""
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)


def memory(mosaic, _floor):
    empty = tempfile.NamedTemporaryFile(suffix=".js", delete=False)
    empty.close()
    lib = os.path.join(os.path.dirname(os.path.dirname(mosaic)), "lib")
    drop_cached_pages([mosaic, os.path.realpath(shutil.which("node"))] + glob.glob(os.path.join(lib, "*.so*")))
    (_, m_rss), (_, n_rss) = medians([[mosaic, empty.name], ["node", empty.name]], 15)
    os.unlink(empty.name)
    print("peak RSS of an empty script (KiB)  mosaic %d  node %d  ratio %.2fx" % (m_rss, n_rss, m_rss / n_rss))
    # Lower is better here too.
    script = os.path.join(BENCH, "rss_after_free.js")
    after = [float(subprocess.run([exe, "--expose-gc", script], env=ENV, check=True, capture_output=True,
                                  text=True).stdout.split()[1]) for exe in (mosaic, "node")]
    print("RSS after freeing 200 MiB of Buffers (MiB)  mosaic %.1f  node %.1f  ratio %.2fx" % (
        after[0], after[1], after[0] / after[1]))


def build_napi_addon():
    out = os.path.join(tempfile.gettempdir(), "mosaic_napi_bench.node")
    subprocess.run(["gcc", "-O2", "-shared", "-fPIC",
                    "-I", os.path.join(ROOT, "third_party", ".deps", "node-api-headers", "include"),
                    os.path.join(BENCH, "napi_addon.c"), "-o", out], check=True)
    return out


def throughput_args(mosaic, script, args, title):
    results = {}
    for name, exe in (("mosaic", mosaic), ("node", "node")):
        best = {}
        for _ in range(3):
            out = subprocess.run([exe, script] + args, env=ENV, check=True, capture_output=True, text=True).stdout
            for line in out.splitlines():
                # "name value" or "name value unit" (higher is better)
                match = re.match(r"^(.*?)\s+([0-9.]+)(\s+\S+)?$", line.strip())
                if match:
                    key = match.group(1) + (match.group(3) or "")
                    best[key] = max(best.get(key, 0), float(match.group(2)))
        results[name] = best
    print("%-34s %14s %14s %10s" % (title + " (best of 3)", "mosaic", "node", "ratio"))
    for key, value in results["mosaic"].items():
        node_value = results["node"].get(key, 0)
        print("  %-32s %14.1f %14.1f %9.2fx" % (key, value, node_value, value / node_value if node_value else 0))


def main():
    which = set(sys.argv[1:] or ["all"])
    wanted = lambda name: bool(which & {name, "all"})
    mosaic, floor = bazel_build()
    if wanted("startup"):
        startup(mosaic, floor)
    if wanted("memory"):
        memory(mosaic, floor)
    if wanted("loop"):
        throughput_args(mosaic, os.path.join(BENCH, "loop_throughput.js"), [], "event loop")
    if wanted("napi"):
        throughput_args(mosaic, os.path.join(BENCH, "napi_bench.js"), [build_napi_addon()], "Node-API")
    # Each plugin's own benchmark (modules/<name>/bench/*.js prints
    # "name value" lines, higher is better).
    for bench in sorted(glob.glob(os.path.join(ROOT, "modules", "*", "bench", "*.js"))):
        plugin = bench.split(os.sep)[-3]
        if wanted(plugin) or "modules" in which:
            throughput_args(mosaic, bench, [], plugin)


if __name__ == "__main__":
    main()
