// Helpers of the SQLite store: JSON documents in and out of TEXT columns via the codecs.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "record_codec.h"
#include "sqlite_db.h"

namespace koo::backend::docs {

// A stored document that does not decode means the file was damaged or written by
// something else: an error for the router's boundary (500), never a half-filled record.
template <class T>
T decode(const std::string& text, const char* what) {
  auto result = decodeJsonText<T>(text);
  if (!result.ok())
    throw std::runtime_error(std::string("stored ") + what + " is unreadable: " +
                             result.error().describe());
  return std::move(result).value();
}

template <class T>
std::vector<T> decodeAll(sqlite::Statement& stmt, const char* what) {
  std::vector<T> out;
  while (stmt.step()) out.push_back(decode<T>(stmt.columnText(0), what));
  return out;
}

template <class T>
std::vector<T> decodeAll(sqlite::Statement&& stmt, const char* what) {
  return decodeAll<T>(stmt, what);
}

template <class T>
std::string encode(const T& value) {
  return dumpJson(toJsonValue(value));
}

}  // namespace koo::backend::docs
