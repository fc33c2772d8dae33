// The SQLite store's secrets at rest (native only, libsodium): one master key in a file of its
// own, outside the database, from which the keys that seal passwords and digest tokens derive.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace koo::backend {

class AtRestKeys {
 public:
  // Reads the key file at `path`, or creates it (32 random bytes, mode 0600) when missing.
  // Throws std::runtime_error when the file cannot be read or created, or is not a key.
  static AtRestKeys loadOrCreate(const std::string& path);

  // Authenticated encryption (XSalsa20-Poly1305, a fresh random nonce each time), as base64.
  std::string seal(std::string_view plain) const;
  // The plain text, or nullopt when `sealed` was not sealed with this key or was altered.
  std::optional<std::string> open(std::string_view sealed) const;
  // A keyed hash (BLAKE2b) of a session token, hex: what the store keeps instead of it.
  std::string tokenDigest(std::string_view token) const;
  // HMAC-SHA-256 with the server's secret, hex: request fingerprints that reveal nothing of
  // the bodies (which may hold typed passwords) to whoever reads the database.
  std::string requestDigest(std::string_view text) const;

 private:
  static constexpr size_t kKeyBytes = 32;
  AtRestKeys() = default;

  unsigned char sealKey_[kKeyBytes] = {};
  unsigned char tokenKey_[kKeyBytes] = {};
  unsigned char requestKey_[kKeyBytes] = {};
};

}  // namespace koo::backend
