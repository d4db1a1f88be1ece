// The isolate's ArrayBuffer allocator: calloc/malloc like V8's default one,
// plus two ways to skip the memset for buffers the caller overwrites
// completely: a one-shot switch for native callers (Node-API's uninitialized
// buffers) and a field JavaScript can flip (the buffer plugin's pool and
// Buffer.allocUnsafe, through the runtime table's zero-fill toggle).
// Such buffers stay ordinary V8-allocated ArrayBuffer memory: V8 10.2 frees
// that with the scavenger, whereas memory handed to it with a custom deleter
// waited for full collections (9 mark-sweeps instead of 20 scavenges over a
// 64 MiB fs.createReadStream).
#ifndef MOSAIC_CORE_ARRAY_BUFFER_ALLOCATOR_H_
#define MOSAIC_CORE_ARRAY_BUFFER_ALLOCATOR_H_

#include <v8.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>

namespace mosaic {

class ArrayBufferAllocator final : public v8::ArrayBuffer::Allocator {
 public:
  void* Allocate(size_t length) override {
    FreeDeferred();
    if (skip_zero_fill_ || zero_fill_field_ == 0) {
      skip_zero_fill_ = false;
      return malloc(length);
    }
    return calloc(length, 1);
  }
  void* AllocateUninitialized(size_t length) override {
    FreeDeferred();
    return malloc(length);
  }
  // V8 frees ArrayBuffers from its sweeper thread. Small blocks go back on
  // the main thread instead, at its next allocation: freed there they land
  // in its own malloc cache, where the next Buffer finds them, rather than
  // in the arena both threads then fight over (with 1 KiB Buffers that lock
  // and the thread hand-offs were half the time). Large blocks are freed
  // where V8 frees them, off the main thread.
  void Free(void* data, size_t length) override {
    if (data == nullptr) return;
    if (length > kDeferredFreeMax || length < sizeof(void*)) {
      free(data);
      return;
    }
    // A lock-free stack threaded through the freed blocks themselves.
    void* head = deferred_.load(std::memory_order_relaxed);
    do {
      *static_cast<void**>(data) = head;
    } while (!deferred_.compare_exchange_weak(head, data, std::memory_order_release,
                                              std::memory_order_relaxed));
  }

  // Main thread only: the very next Allocate() (the ArrayBuffer being
  // created) need not zero its memory.
  void SkipNextZeroFill() { skip_zero_fill_ = true; }
  void CancelSkipZeroFill() { skip_zero_fill_ = false; }

  // While this field is 0, Allocate() does not zero. JavaScript sets it
  // around one allocation and restores 1 in a `finally` (node's zeroFill).
  uint32_t* zero_fill_field() { return &zero_fill_field_; }

  ~ArrayBufferAllocator() override { FreeDeferred(); }

  // Frees what Free() set aside (also run from the loop after full
  // collections, so the memory does not wait for the next allocation).
  void FreeDeferred() {
    if (deferred_.load(std::memory_order_relaxed) == nullptr) return;
    void* block = deferred_.exchange(nullptr, std::memory_order_acquire);
    while (block != nullptr) {
      void* next = *static_cast<void**>(block);
      free(block);
      block = next;
    }
  }

 private:
  static constexpr size_t kDeferredFreeMax = size_t{64} << 10;

  bool skip_zero_fill_ = false;
  uint32_t zero_fill_field_ = 1;
  std::atomic<void*> deferred_{nullptr};
};

}  // namespace mosaic

#endif  // MOSAIC_CORE_ARRAY_BUFFER_ALLOCATOR_H_
