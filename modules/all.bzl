"""Every plugin in the tree, in the order the full runtime lists them."""

ALL_MODULES = [
    "//modules/assert",
    "//modules/async_hooks",
    "//modules/buffer",
    "//modules/console",
    "//modules/diagnostics_channel",
    "//modules/events",
    "//modules/fs",
    "//modules/os",
    "//modules/path",
    "//modules/perf_hooks",
    "//modules/punycode",
    "//modules/querystring",
    "//modules/readline",
    "//modules/stream",
    "//modules/string_decoder",
    "//modules/timers",
    "//modules/tty",
    "//modules/url",
    "//modules/util",
    "//modules/v8",
]
