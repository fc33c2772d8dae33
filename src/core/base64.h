// Standard base64 (RFC 4648, with padding) for attachments: encode, decode, and the decoded size
// of a text without decoding it, so a too-large upload is refused before it is copied.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace koo {

std::string base64Encode(std::string_view bytes);
// nullopt when `text` is not canonical padded base64 (length a multiple of 4, valid alphabet).
std::optional<std::string> base64Decode(std::string_view text);
std::optional<size_t> base64DecodedSize(std::string_view text);

}  // namespace koo
