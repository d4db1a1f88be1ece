"""Embedding JavaScript into C++ (tools/js2c.py)."""

def js2c(name, srcs, symbol, strip_prefixes):
    """Generates `name`.cc defining `symbol` (a JsSource table) from srcs."""
    native.genrule(
        name = name,
        srcs = srcs,
        outs = [name + ".cc"],
        cmd = "python3 $(location //tools:js2c.py) $@ %s %s $(SRCS)" % (symbol, ",".join(strip_prefixes)),
        tools = ["//tools:js2c.py"],
    )
