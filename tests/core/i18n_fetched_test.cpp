// The catalogues as the web modules have them (built without the Chinese one compiled in): English
// at once, Chinese asked for when first chosen, shown once installed, a failed fetch asked again.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/i18n.h"

namespace koo {
namespace {

std::string chineseCatalogueFile() {
  std::ifstream in(std::string(KOO_SOURCE_DIR) + "/src/i18n/zh-CN.json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(FetchedCatalogue, ChineseIsFetchedWhenChosenAndShownOnceInstalled) {
  ASSERT_TRUE(hasCatalogue(Locale::En));
  ASSERT_FALSE(hasCatalogue(Locale::ZhCN)) << "this test is built without the Chinese catalogue";
  const std::string& english = tr("view.purchased_apps");

  // Chosen: the console keeps English and asks once, however often the buyer clicks.
  chooseLocale(Locale::ZhCN);
  EXPECT_EQ(currentLocale(), Locale::En);
  EXPECT_EQ(takeCatalogueRequest(), Locale::ZhCN);
  chooseLocale(Locale::ZhCN);
  EXPECT_EQ(takeCatalogueRequest(), std::nullopt);

  // The fetch failed: still English, and the next choice asks again.
  catalogueUnavailable(Locale::ZhCN);
  EXPECT_EQ(currentLocale(), Locale::En);
  EXPECT_EQ(takeCatalogueRequest(), std::nullopt);
  chooseLocale(Locale::ZhCN);
  EXPECT_EQ(takeCatalogueRequest(), Locale::ZhCN);

  // A text that is no catalogue installs nothing and drops the choice.
  EXPECT_FALSE(installCatalogue(Locale::ZhCN, "<html>not found</html>"));
  EXPECT_FALSE(hasCatalogue(Locale::ZhCN));
  EXPECT_EQ(currentLocale(), Locale::En);
  EXPECT_EQ(takeCatalogueRequest(), std::nullopt);

  // The real file: installed, and the console switches to it.
  chooseLocale(Locale::ZhCN);
  EXPECT_EQ(takeCatalogueRequest(), Locale::ZhCN);
  EXPECT_TRUE(installCatalogue(Locale::ZhCN, chineseCatalogueFile()));
  EXPECT_EQ(currentLocale(), Locale::ZhCN);
  EXPECT_EQ(tr("view.purchased_apps"), "已购应用");
  EXPECT_EQ(english, "Purchased Apps");  // what tr() gave out before stays valid

  // Installed once: a second install changes nothing; switching back and forth asks nothing.
  EXPECT_TRUE(installCatalogue(Locale::ZhCN, R"({"view.purchased_apps": "changed"})"));
  EXPECT_EQ(tr("view.purchased_apps"), "已购应用");
  chooseLocale(Locale::En);
  EXPECT_EQ(currentLocale(), Locale::En);
  chooseLocale(Locale::ZhCN);
  EXPECT_EQ(currentLocale(), Locale::ZhCN);
  EXPECT_EQ(takeCatalogueRequest(), std::nullopt);
  setCurrentLocale(Locale::En);
}

}  // namespace
}  // namespace koo
