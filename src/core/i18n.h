// The console's two languages: the locale in use, and the texts looked up by key in the
// catalogues src/i18n/<tag>.json, with {name} placeholders filled in. English is compiled in;
// Chinese too, except in the web modules, which fetch it when the console first shows Chinese.
#pragma once

#include <initializer_list>
#include <optional>
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

// Whether the texts of `locale` are here (English always is).
bool hasCatalogue(Locale locale);
// Shows `locale` now when its texts are here; otherwise keeps showing the current one and asks
// for them (takeCatalogueRequest), switching once installCatalogue brings them.
void chooseLocale(Locale locale);
// The locale whose catalogue chooseLocale asked for and nobody fetches yet (returned once).
std::optional<Locale> takeCatalogueRequest();
// A fetched catalogue (a flat JSON object of key -> text): installs it, unless that locale has
// one already (references tr() gave out stay valid), and switches to it if it was chosen. A text
// that is not such an object installs nothing and drops the choice: false.
bool installCatalogue(Locale locale, std::string_view json);
// The catalogue asked for could not be fetched: the choice is dropped, the next one asks again.
void catalogueUnavailable(Locale locale);

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
