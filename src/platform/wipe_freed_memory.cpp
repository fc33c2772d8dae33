// Zero-on-free for the console module: every block handed back to the allocator is overwritten
// first, so a secret in a temporary (a JSON body, a decoded answer, a text buffer) is gone once freed.
#include <malloc.h>

#include <cstddef>
#include <cstring>

// Emscripten's dlmalloc exports its own functions under these names beside the weak malloc/free.
extern "C" void __libc_free(void* block);
extern "C" void* __libc_malloc(std::size_t size);

namespace {
void zeroBlock(void* block) {
  std::memset(block, 0, malloc_usable_size(block));
  __asm__ __volatile__("" : : "r"(block) : "memory");  // the stores are observable: keep them
}
}  // namespace

// Replaces the weak `free` of Emscripten's dlmalloc: C++ delete, Dear ImGui, Fetch's response
// buffers and the JavaScript glue's _free all end here.
extern "C" void free(void* block) {
  if (!block) return;
  zeroBlock(block);
  __libc_free(block);
}

// dlrealloc would move a block without wiping the old one: move it here instead.
extern "C" void* realloc(void* block, std::size_t size) {
  if (!block) return __libc_malloc(size);
  if (size == 0) {
    free(block);
    return nullptr;
  }
  void* moved = __libc_malloc(size);
  if (!moved) return nullptr;
  const std::size_t old = malloc_usable_size(block);
  std::memcpy(moved, block, old < size ? old : size);
  free(block);
  return moved;
}
