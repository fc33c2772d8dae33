// The console's two languages: the locale in use, and the texts looked up by key in the
// catalogues src/i18n/<tag>.json (compiled in), with {name} placeholders filled in.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace koo {

enum class Locale { En, ZhCN };

// The locale nearest to a BCP 47 tag: "zh", "zh-CN", "zh_Hans", "zh-SG" -> ZhCN; anything else
// (including "" and "en-US") -> En.
Locale parseLocaleTag(std::string_view tag);
// "en" or "zh-CN".
std::string_view localeTag(Locale locale);

// The locale the console shows. A module instance is one console, so this is process-wide.
Locale currentLocale();
void setCurrentLocale(Locale locale);

// A catalogue's text for `key` as written (placeholders not filled in), or nullptr when absent.
const std::string* catalogueText(Locale locale, std::string_view key);
// Every key of a catalogue, sorted.
std::vector<std::string> catalogueKeys(Locale locale);

// The text of `key` in the current locale; a key the catalogue lacks shows as English, and a
// key no catalogue has shows as the key itself. The reference stays valid for the process.
const std::string& tr(std::string_view key);

// tr(key) with each "{name}" replaced by its value; a placeholder without a value stays as written.
using TrArgs = std::initializer_list<std::pair<std::string_view, std::string_view>>;
std::string tr(std::string_view key, TrArgs args);

// The names of the placeholders in `text`, sorted and unique ("{n} of {total}" -> n, total).
std::vector<std::string> placeholdersOf(std::string_view text);

}  // namespace koo
