// Idempotency keys: 128 random bits as hex (std::random_device is the browser's crypto in wasm).
#include "page_env.h"

#include <random>

namespace koo::ui {

std::string newIdempotencyKey() {
  static std::random_device device;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string key;
  key.reserve(32);
  for (int word = 0; word < 4; ++word) {
    std::uint32_t bits = device();
    for (int nibble = 0; nibble < 8; ++nibble, bits >>= 4) key.push_back(kHex[bits & 0xF]);
  }
  return key;
}

}  // namespace koo::ui
