// The mosaic executable: parses options and runs the runtime.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <v8.h>

#include "core/malloc_tuning.h"
#include "core/options.h"
#include "core/runtime.h"
#include "core/version.h"

namespace {

// As node's PlatformInit: a write to a closed pipe or socket must fail with
// EPIPE (an 'error' on the stream) rather than kill the process, and stdio
// descriptors a parent closed are reopened on /dev/null so that the first
// files the program opens cannot become its stdout or stderr.
void InitProcessState() {
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF && open("/dev/null", O_RDWR) != fd) abort();
  }
  signal(SIGPIPE, SIG_IGN);
}

}  // namespace

int main(int argc, char** argv) {
  InitProcessState();
  mosaic::TuneMalloc();
  mosaic::Options options;
  std::string error;
  if (!mosaic::ParseOptions(argc, argv, getenv("NODE_OPTIONS"), &options, &error)) {
    fprintf(stderr, "%s\n", error.c_str());
    return 9;  // node's "Invalid Argument" exit code
  }
  switch (options.mode) {
    case mosaic::Options::Mode::kVersion:
      printf("v%s\n", MOSAIC_VERSION);
      return 0;
    case mosaic::Options::Mode::kHelp:
      fputs(mosaic::HelpText(), stdout);
      return 0;
    case mosaic::Options::Mode::kV8Options: {
      static char help[] = "--help";  // V8 prints its options and goes on
      v8::V8::SetFlagsFromString(help, sizeof(help) - 1);
      return 0;
    }
    default:
      break;
  }
  mosaic::Runtime runtime(options);
  return runtime.Run();
}
