// Catalogue lookup: reads each catalogue once into a map (compiled-in tables on first use, fetched
// JSON when installed) and fills in placeholders.
#include "i18n.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "i18n_catalogue.h"
#include "text.h"

namespace koo {

namespace {

using Catalogue = std::map<std::string, std::string, std::less<>>;

Catalogue fromTable(std::span<const CatalogueEntry> entries) {
  Catalogue catalogue;
  for (const auto& [key, text] : entries) catalogue.emplace_hint(catalogue.end(), key, text);  // sorted by key
  return catalogue;
}

// A fetched catalogue: a flat JSON object of key -> text (anything else leaves it empty, so that
// texts fall back instead of crashing).
Catalogue parseCatalogue(std::string_view json) {
  Catalogue catalogue;
  const auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (!parsed.is_object()) return catalogue;
  for (const auto& [key, text] : parsed.items())
    if (text.is_string()) catalogue.emplace(key, text.get<std::string>());
  return catalogue;
}

// Chinese, compiled in or installed once fetched (empty until then).
Catalogue& chineseCatalogue() {
#ifdef KOO_CHINESE_CATALOGUE_COMPILED_IN
  static Catalogue zh = fromTable(embeddedCatalogueZhCN());
#else
  static Catalogue zh;
#endif
  return zh;
}

const Catalogue& catalogue(Locale locale) {
  static const Catalogue en = fromTable(embeddedCatalogueEn());
  return locale == Locale::ZhCN ? chineseCatalogue() : en;
}

Locale& current() {
  static Locale locale = Locale::En;
  return locale;
}

// The locale chosen while its catalogue was missing, and whether someone was asked to fetch it.
struct PendingChoice {
  std::optional<Locale> locale;
  bool requested = false;
};
PendingChoice& pending() {
  static PendingChoice choice;
  return choice;
}

}  // namespace

Locale parseLocaleTag(std::string_view tag) {
  // Only the language subtag decides: every Chinese variant gets Simplified Chinese, the one
  // Chinese catalogue there is.
  const auto end = tag.find_first_of("-_");
  const std::string_view language = tag.substr(0, end);
  if (equalsIgnoringAsciiCase(language, "zh")) return Locale::ZhCN;
  return Locale::En;
}

std::string_view localeTag(Locale locale) { return locale == Locale::ZhCN ? "zh-CN" : "en"; }

Locale currentLocale() { return current(); }
void setCurrentLocale(Locale locale) { current() = locale; }

bool hasCatalogue(Locale locale) { return !catalogue(locale).empty(); }

void chooseLocale(Locale locale) {
  if (hasCatalogue(locale)) {
    pending() = {};
    setCurrentLocale(locale);
  } else if (pending().locale != locale) {
    pending() = {locale, false};
  }
}

std::optional<Locale> takeCatalogueRequest() {
  if (!pending().locale || pending().requested) return std::nullopt;
  pending().requested = true;
  return pending().locale;
}

bool installCatalogue(Locale locale, std::string_view json) {
  if (locale == Locale::ZhCN && chineseCatalogue().empty()) chineseCatalogue() = parseCatalogue(json);
  const bool installed = hasCatalogue(locale);
  if (pending().locale == locale) {
    pending() = {};
    if (installed) setCurrentLocale(locale);
  }
  return installed;
}

void catalogueUnavailable(Locale locale) {
  if (pending().locale == locale) pending() = {};
}

const std::string* catalogueText(Locale locale, std::string_view key) {
  const Catalogue& texts = catalogue(locale);
  const auto found = texts.find(key);
  return found == texts.end() ? nullptr : &found->second;
}

std::vector<std::string> catalogueKeys(Locale locale) {
  std::vector<std::string> keys;
  for (const auto& entry : catalogue(locale)) keys.push_back(entry.first);
  return keys;
}

const std::string& tr(std::string_view key) {
  if (const std::string* text = catalogueText(currentLocale(), key)) return *text;
  if (const std::string* text = catalogueText(Locale::En, key)) return *text;
  // Unknown keys are kept so that the returned reference outlives the call.
  static std::map<std::string, std::string, std::less<>> unknown;
  auto found = unknown.find(key);
  if (found == unknown.end()) found = unknown.emplace(std::string(key), std::string(key)).first;
  return found->second;
}

std::string tr(std::string_view key, TrArgs args) {
  const std::string& pattern = tr(key);
  std::string text;
  std::size_t at = 0;
  while (at < pattern.size()) {
    const auto open = pattern.find('{', at);
    const auto close = open == std::string::npos ? std::string::npos : pattern.find('}', open);
    if (close == std::string::npos) break;
    text.append(pattern, at, open - at);
    const std::string_view name = std::string_view(pattern).substr(open + 1, close - open - 1);
    const auto arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
    if (arg != args.end()) text += arg->second;
    else text.append(pattern, open, close - open + 1);
    at = close + 1;
  }
  text.append(pattern, std::min(at, pattern.size()));
  return text;
}

std::vector<std::string> placeholdersOf(std::string_view text) {
  std::vector<std::string> names;
  for (auto open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const auto close = text.find('}', open);
    if (close == std::string_view::npos) break;
    names.emplace_back(text.substr(open + 1, close - open - 1));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace koo
