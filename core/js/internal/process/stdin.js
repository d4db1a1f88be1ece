'use strict';
// process.stdin: a stream.Readable over fd 0 (needs the stream and buffer
// plugins). TTYs and pipes are read through a libuv handle on the loop;
// files are read synchronously in chunks, as node does.

const binding = internalBinding('stdio');
const { readSync } = internalBinding('loader');

function createStdin() {
  // A terminal is a tty.ReadStream, as in node, when the runtime has it.
  if (internalBinding('process').guessHandleType(0) === 'TTY' &&
      require('internal/process/stdio').hasTtyStreams()) {
    const stdin = new (require('tty').ReadStream)(0);
    stdin.fd = 0;
    return stdin;
  }
  let stream;
  let Buffer;
  try {
    stream = require('stream');
    Buffer = require('buffer').Buffer;
  } catch (err) {
    if (err.code !== 'ERR_MOSAIC_PLUGIN_MISSING') throw err;
    const { codes } = require('internal/errors');
    throw new codes.ERR_MOSAIC_NOT_IMPLEMENTED(
      'process.stdin in a runtime without the stream and buffer plugins');
  }
  const { uvException } = require('internal/errors');

  let stdin;
  const type = binding.open((chunk, errno) => {
    if (chunk !== null) {
      if (!stdin.push(Buffer.from(chunk))) binding.readStop();
    } else if (errno === -4095) {  // UV_EOF
      binding.readStop();
      stdin.push(null);
    } else {
      binding.readStop();
      stdin.destroy(uvException({ errno, syscall: 'read' }));
    }
  });

  const readFile = type !== 'TTY' && type !== 'PIPE' && type !== 'TCP';
  stdin = new stream.Readable({
    highWaterMark: 64 * 1024,
    read(size) {
      if (!readFile) {
        const err = binding.readStart();
        if (err) this.destroy(uvException({ errno: err, syscall: 'read' }));
        return;
      }
      const chunk = readSync(0, size || 64 * 1024);
      if (typeof chunk === 'number') {
        this.destroy(uvException({ errno: chunk, syscall: 'read' }));
      } else {
        this.push(chunk.byteLength === 0 ? null : Buffer.from(chunk));
      }
    },
    destroy(err, callback) {
      if (!readFile) binding.readStop();
      callback(err);
    },
  });
  stdin.fd = 0;
  // Only a terminal has raw mode (node's pipes and files have no setRawMode:
  // prompt libraries test for it).
  if (type === 'TTY') {
    stdin.isTTY = true;
    stdin.isRaw = false;
    stdin.setRawMode = function setRawMode(flag) {
      const err = binding.setRawMode(!!flag);
      if (err) throw uvException({ errno: err, syscall: 'uv_tty_set_mode' });
      this.isRaw = !!flag;
      return this;
    };
  }
  // A paused stdin must not keep the process alive.
  stdin.on('pause', () => { if (!readFile) binding.readStop(); });
  return stdin;
}

module.exports = { createStdin };
