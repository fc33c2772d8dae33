// AtRestKeys over libsodium: the key file (created owner-only, never overwritten), subkeys
// derived per purpose, secretbox sealing, keyed token digests and HMAC request digests.
#include "at_rest_keys.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>

#include "core/base64.h"

namespace koo::backend {

namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "koo-rest";
enum Subkey : std::uint64_t { kSealSubkey = 1, kTokenSubkey = 2, kRequestSubkey = 3 };

std::string hexOf(const unsigned char* bytes, size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw std::runtime_error("key file " + path + ": " + what);
}

// Writes a new random master key; O_EXCL so an existing key is never replaced.
void createKeyFile(const std::string& path, unsigned char* master) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) fail(path, "cannot create");
  randombytes_buf(master, crypto_kdf_KEYBYTES);
  const bool written = ::write(fd, master, crypto_kdf_KEYBYTES) == crypto_kdf_KEYBYTES && ::fsync(fd) == 0;
  ::close(fd);
  if (!written) fail(path, "cannot write");
}

void readKeyFile(const std::string& path, unsigned char* master) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, "cannot read");
  struct stat info {};
  // A key others may read is no secret: make it owner-only (it may come from an older copy).
  if (::fstat(fd, &info) == 0 && (info.st_mode & 077)) ::fchmod(fd, info.st_mode & 0700);
  unsigned char extra = 0;
  const bool whole = ::read(fd, master, crypto_kdf_KEYBYTES) == crypto_kdf_KEYBYTES &&
                     ::read(fd, &extra, 1) == 0;
  ::close(fd);
  if (!whole) fail(path, "is not a key (expected exactly 32 bytes)");
}

}  // namespace

AtRestKeys AtRestKeys::loadOrCreate(const std::string& path) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium cannot start");
  unsigned char master[crypto_kdf_KEYBYTES];
  if (::access(path.c_str(), F_OK) == 0)
    readKeyFile(path, master);
  else
    createKeyFile(path, master);
  AtRestKeys keys;
  crypto_kdf_derive_from_key(keys.sealKey_, kKeyBytes, kSealSubkey, kKdfContext, master);
  crypto_kdf_derive_from_key(keys.tokenKey_, kKeyBytes, kTokenSubkey, kKdfContext, master);
  crypto_kdf_derive_from_key(keys.requestKey_, kKeyBytes, kRequestSubkey, kKdfContext, master);
  sodium_memzero(master, sizeof master);
  return keys;
}

std::string AtRestKeys::seal(std::string_view plain) const {
  std::string box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), '\0');
  auto* bytes = reinterpret_cast<unsigned char*>(box.data());
  randombytes_buf(bytes, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(bytes + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), bytes,
                        sealKey_);
  return base64Encode(box);
}

std::optional<std::string> AtRestKeys::open(std::string_view sealed) const {
  auto box = base64Decode(sealed);
  if (!box || box->size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) return std::nullopt;
  const auto* bytes = reinterpret_cast<const unsigned char*>(box->data());
  std::string plain(box->size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                 bytes + crypto_secretbox_NONCEBYTES,
                                 box->size() - crypto_secretbox_NONCEBYTES, bytes, sealKey_) != 0)
    return std::nullopt;
  return plain;
}

std::string AtRestKeys::tokenDigest(std::string_view token) const {
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), tokenKey_, kKeyBytes);
  return hexOf(digest, sizeof digest);
}

std::string AtRestKeys::requestDigest(std::string_view text) const {
  unsigned char digest[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, requestKey_, kKeyBytes);
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  crypto_auth_hmacsha256_final(&state, digest);
  return hexOf(digest, sizeof digest);
}

}  // namespace koo::backend
