// The compiled-in catalogues as tables (scripts/embed_catalogue.py writes them from src/i18n at
// build time): what i18n.cpp reads at start instead of parsing JSON.
#pragma once

#include <span>
#include <string_view>

namespace koo {

struct CatalogueEntry {
  std::string_view key;
  std::string_view text;
};

std::span<const CatalogueEntry> embeddedCatalogueEn();
#ifdef KOO_CHINESE_CATALOGUE_COMPILED_IN
std::span<const CatalogueEntry> embeddedCatalogueZhCN();
#endif

}  // namespace koo
