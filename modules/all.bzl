"""Every plugin in the tree, in the order the full runtime lists them."""

ALL_MODULES = [
    "//modules/assert",
    "//modules/events",
    "//modules/os",
    "//modules/path",
    "//modules/querystring",
    "//modules/string_decoder",
    "//modules/util",
    "//modules/timers",
]
