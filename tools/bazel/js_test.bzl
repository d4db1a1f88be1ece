"""mosaic_js_tests: each .js / .mjs file is a test run by mosaic (pass = exit 0).

A test may have beside it <name>.out (exact expected stdout),
<name>.err (lines expected in stderr) and <name>.status (expected exit code).
"""

def mosaic_js_tests(srcs, runtime = "//core:mosaic", data = [], args = [], size = "small", tags = [], node_modules = None):
    """Declares one sh_test per .js file in srcs, named after the file.

    With node_modules (a label of a file directly inside a node_modules
    tree), each test runs from a temporary project whose node_modules is
    that tree.
    """
    for src in srcs:
        base = src[:src.rindex(".")]
        expectations = native.glob([base + ".out", base + ".err", base + ".status"])
        native.sh_test(
            name = base.split("/")[-1],
            srcs = ["//tools/bazel:run_js_test.sh"],
            args = ["$(location %s)" % runtime, "$(location %s)" % src] + args,
            data = [runtime, src] + expectations + data + ([node_modules] if node_modules else []),
            size = size,
            tags = tags,
            env = {"MOSAIC_TEST_NODE_MODULES": "$(rootpath %s)" % node_modules} if node_modules else {},
        )

def mosaic_module_tests(name = "tests"):
    """Declares the JS tests under test/ of a plugin, run on the full runtime."""
    mosaic_js_tests(
        srcs = native.glob(["test/test-*.js"]),
        runtime = "//runtimes:full/bin/mosaic",
        data = ["//runtimes:full"] + native.glob(["test/fixtures/**"]),
    )
