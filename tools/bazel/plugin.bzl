"""mosaic_plugin and mosaic_runtime: building plugins and composing runtimes."""

def mosaic_plugin(
        name,
        version,
        builtins,
        js,
        srcs = [],
        deps = [],
        plugin_deps = {},
        napi_version = 8,
        copts = [],
        linkopts = []):
    """Builds modules/<name> into libmosaic_<name>.so (+ .so.<version>).

    Args:
      name: plugin name ("fs").
      version: the plugin's semver.
      builtins: dict of builtin id -> JS file implementing it
        ({"fs": "fs.js", "fs/promises": "promises.js"}).
      js: the plugin's JavaScript files (embedded).
      srcs: native sources; they define `mosaic_plugin_init` (Node-API).
      deps: native dependencies (Node-API headers and the SDK come free).
      plugin_deps: dict of plugin name -> semver range it needs.
      napi_version: lowest Node-API version the native part needs.
    """
    pkg = native.package_name()
    native.genrule(
        name = name + "_manifest",
        srcs = js,
        outs = [name + "_manifest.c", name + ".lockinfo"],
        cmd = "python3 $(location //tools:plugin_manifest.py) $(location %s) $(location %s) %s %s %d %s '%s' '%s' %s/ $(SRCS)" % (
            name + "_manifest.c",
            name + ".lockinfo",
            name,
            version,
            napi_version,
            "1" if srcs else "0",
            ",".join(["%s@%s" % (k, v) for k, v in plugin_deps.items()]),
            ",".join(["%s=%s" % (k, v) for k, v in builtins.items()]),
            pkg,
        ),
        tools = ["//tools:plugin_manifest.py"],
    )
    # V8 code caches of the JS, made by the stage-1 core (same V8, same
    # flags) so the plugin's JS need not be parsed at run time.
    native.genrule(
        name = name + "_code_cache",
        srcs = js + ["//core:mosaic_stage1"],
        outs = [name + "_code_cache.c"],
        cmd = "$(location //core:mosaic_stage1) --build-plugin-cache=$@ %s %s" % (
            name,
            " ".join(["%s=$(location %s)" % (f, f) for f in js]),
        ),
    )
    so_name = "libmosaic_%s.so" % name
    native.cc_binary(
        name = so_name,
        srcs = srcs + [name + "_manifest.c", name + "_code_cache.c"],
        deps = deps + ["//sdk"],
        copts = ["-fvisibility=hidden"] + copts,
        linkopts = ["-Wl,-soname,%s.%s" % (so_name, version.split(".")[0])] + linkopts,
        linkshared = True,
        visibility = ["//visibility:public"],
    )
    native.genrule(
        name = name + "_versioned",
        srcs = [so_name],
        outs = ["%s.%s" % (so_name, version)],
        cmd = "cp $< $@",
        visibility = ["//visibility:public"],
    )
    native.filegroup(
        name = name,
        srcs = [so_name, name + ".lockinfo"],
        visibility = ["//visibility:public"],
    )

def mosaic_runtime(name, modules = []):
    """Composes a runtime directory: <name>/bin/mosaic, <name>/lib/ (libnode)
    and <name>/lib/mosaic/ (the plugins and runtime.lock, which the loader
    checks names, versions and content hashes against).

    Args:
      name: the directory name under this package in bazel-bin.
      modules: plugin labels (//modules/<plugin>).
    """
    plugin_outs = []
    for module in modules:
        plugin = module.split(":")[-1] if ":" in module else module.split("/")[-1]
        plugin_outs.append("%s/lib/mosaic/libmosaic_%s.so" % (name, plugin))
    native.genrule(
        name = name,
        srcs = ["//core:mosaic", "//third_party/v8:libnode_so"] + modules,
        outs = [
            "%s/bin/mosaic" % name,
            "%s/lib/libnode.so.108" % name,
            "%s/lib/mosaic/runtime.lock" % name,
        ] + plugin_outs,
        cmd = "python3 $(location //tools:compose_runtime.py) $(RULEDIR)/%s $(location //core:mosaic) $(location //third_party/v8:libnode_so) %s" % (
            name,
            " ".join(["$(locations %s)" % m for m in modules]),
        ),
        tools = ["//tools:compose_runtime.py"],
        visibility = ["//visibility:public"],
    )
