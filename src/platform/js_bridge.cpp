// The C++ side of the bridge's data calls: fonts and the host's configuration copied out of the
// page into the module, the browser's time zone (the raw koo_js_* calls are in js_bridge.h).
#include "js_bridge.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace koo::platform {

std::vector<unsigned char> takeHostFont(int slot) {
  std::vector<unsigned char> bytes(static_cast<std::size_t>(std::max(0, koo_js_font_size(slot))));
  if (!bytes.empty()) koo_js_font_copy(slot, bytes.data());
  return bytes;
}

nlohmann::json takeHostConfig() {
  std::string text(static_cast<std::size_t>(koo_js_config_size()), '\0');
  koo_js_config_copy(text.data(), static_cast<int>(text.size()));
  auto config = nlohmann::json::parse(text.c_str(), nullptr, /*allow_exceptions=*/false);
  return config.is_object() ? config : nlohmann::json::object();
}

std::string configString(const nlohmann::json& config, const char* key) {
  auto it = config.find(key);
  return it != config.end() && it->is_string() ? it->get<std::string>() : std::string();
}

TimeZone browserTimeZone(const std::string& zoneName) {
  return TimeZone::fromLookup([zoneName](Timestamp t) {
    return koo_js_utc_offset_minutes(zoneName.c_str(), static_cast<double>(epochSeconds(t)) * 1000.0);
  });
}

}  // namespace koo::platform
