"""Re-exports the native Java rules (Bazel 4 cannot fetch rules_java offline)."""

java_binary = native.java_binary
java_import = native.java_import
java_library = native.java_library
java_test = native.java_test
java_toolchain = native.java_toolchain
java_runtime = native.java_runtime
