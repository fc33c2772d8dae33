// Helpers of the SQLite store: JSON documents in and out of TEXT columns via the codecs, with
// a record's password sealed (AtRestKeys) so that neither the file nor its WAL shows it.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "at_rest_keys.h"
#include "record_codec.h"
#include "sqlite_db.h"

namespace koo::backend::docs {

// The stored form of a record's "password": "sealedPassword" (base64 of nonce and box) in its
// place. An empty password stays as it is: there is nothing to hide.
constexpr const char* kPassword = "password";
constexpr const char* kSealedPassword = "sealedPassword";

class Codec {
 public:
  explicit Codec(const AtRestKeys& keys) : keys_(keys) {}

  template <class T>
  std::string encode(const T& value) const {
    Json json = toJsonValue(value);
    sealPassword(json);
    return dumpJson(json);
  }

  // A stored document that does not decode (or whose password does not open with this key)
  // means the file was damaged or written by something else: an error for the router's
  // boundary (500), never a half-filled record.
  template <class T>
  T decode(const std::string& text, const char* what) const {
    auto json = parseJsonText(text);
    if (!json.ok()) throw unreadable(what, json.error().describe());
    if (!openPassword(json.value())) throw unreadable(what, "its password does not open with this key");
    auto result = decodeJson<T>(json.value());
    if (!result.ok()) throw unreadable(what, result.error().describe());
    return std::move(result).value();
  }

  template <class T>
  std::vector<T> decodeAll(sqlite::Statement& stmt, const char* what) const {
    std::vector<T> out;
    while (stmt.step()) out.push_back(decode<T>(stmt.columnText(0), what));
    return out;
  }
  template <class T>
  std::vector<T> decodeAll(sqlite::Statement&& stmt, const char* what) const {
    return decodeAll<T>(stmt, what);
  }
  // The first row's document, if the statement selects any.
  template <class T>
  std::optional<T> decodeFirst(sqlite::Statement& stmt, const char* what) const {
    if (!stmt.step()) return std::nullopt;
    return decode<T>(stmt.columnText(0), what);
  }

  // A stored document written before passwords were sealed, with its password sealed now;
  // nullopt when there is nothing to seal.
  std::optional<std::string> sealedVersionOf(const std::string& text) const {
    auto json = parseJsonText(text);
    if (!json.ok() || !json->is_object() || !json->contains(kPassword) ||
        !(*json)[kPassword].is_string() || (*json)[kPassword].get<std::string>().empty())
      return std::nullopt;
    sealPassword(json.value());
    return dumpJson(json.value());
  }

 private:
  static std::runtime_error unreadable(const char* what, const std::string& why) {
    return std::runtime_error(std::string("stored ") + what + " is unreadable: " + why);
  }
  void sealPassword(Json& json) const {
    if (!json.is_object() || !json.contains(kPassword)) return;
    const std::string plain = json[kPassword].get<std::string>();
    if (plain.empty()) return;
    json.erase(kPassword);
    json[kSealedPassword] = keys_.seal(plain);
  }
  bool openPassword(Json& json) const {
    if (!json.is_object() || !json.contains(kSealedPassword)) return true;
    if (!json[kSealedPassword].is_string()) return false;
    auto plain = keys_.open(json[kSealedPassword].get<std::string>());
    if (!plain) return false;
    json.erase(kSealedPassword);
    json[kPassword] = *plain;
    return true;
  }

  const AtRestKeys& keys_;
};

}  // namespace koo::backend::docs
