// The text catalogues: every key in both languages with the same placeholders and no empty text,
// every key the code names is in them, placeholders filled in, locale tags read.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/enums.h"
#include "core/format.h"
#include "core/i18n.h"

namespace koo {
namespace {

constexpr Locale kLocales[] = {Locale::En, Locale::ZhCN};

// Restores English after a test that switched.
struct LocaleGuard {
  explicit LocaleGuard(Locale locale) { setCurrentLocale(locale); }
  ~LocaleGuard() { setCurrentLocale(Locale::En); }
};

TEST(I18n, BothCataloguesHaveTheSameKeys) {
  const auto en = catalogueKeys(Locale::En), zh = catalogueKeys(Locale::ZhCN);
  ASSERT_GT(en.size(), 100u) << "the English catalogue did not load";
  for (const auto& key : en) EXPECT_NE(catalogueText(Locale::ZhCN, key), nullptr) << "no Chinese for " << key;
  for (const auto& key : zh) EXPECT_NE(catalogueText(Locale::En, key), nullptr) << "no English for " << key;
}

TEST(I18n, NoTextIsEmpty) {
  for (Locale locale : kLocales)
    for (const auto& key : catalogueKeys(locale)) EXPECT_FALSE(catalogueText(locale, key)->empty()) << key;
}

TEST(I18n, PlaceholdersAreTheSameInBothLanguages) {
  for (const auto& key : catalogueKeys(Locale::En)) {
    const std::string* zh = catalogueText(Locale::ZhCN, key);
    if (!zh) continue;  // reported by BothCataloguesHaveTheSameKeys
    EXPECT_EQ(placeholdersOf(*catalogueText(Locale::En, key)), placeholdersOf(*zh)) << key;
  }
}

// Every "a.b" literal in the ui, the enum labels and the request form checks is a key of the English catalogue (and so,
// by the tests above, of both), plus the keys the code builds from parts.
TEST(I18n, EveryKeyTheCodeNamesIsInTheCatalogue) {
  const std::filesystem::path root = KOO_SOURCE_DIR;
  std::vector<std::filesystem::path> files = {root / "src/core/format.cpp", root / "src/core/request_form.cpp",
                                              root / "src/core/order_rules.cpp", root / "src/core/unsubscription.cpp"};
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root / "src/ui"))
    if (entry.path().extension() == ".cpp" || entry.path().extension() == ".h") files.push_back(entry.path());
  const std::regex key(R"re("([a-z][a-z0-9_]*(\.[a-z0-9_]+)+)")re");
  std::set<std::string> keys;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("#include", 0) == 0) continue;
      for (auto it = std::sregex_iterator(line.begin(), line.end(), key); it != std::sregex_iterator(); ++it)
        keys.insert((*it)[1]);
    }
  }
  EXPECT_GT(keys.size(), 150u);
  for (const char* dialog : {"reject", "remind", "appeal"})
    for (const char* part : {"title", "message", "confirm", "field"})
      keys.insert(std::string("dialog.") + dialog + "." + part);
  for (const char* state : {"done", "current", "frozen", "to_do"}) keys.insert(std::string("stepper.state.") + state);
  for (const char* action : {"pay", "cancel"})
    for (const char* why : {"_refused_timeout", "_refused_status"}) keys.insert(std::string("order_rules.") + action + why);
  for (const char* unit : {"day", "month", "year"})
    for (const char* form : {".one", ".other"}) keys.insert(std::string("period.") + unit + form);
  for (const auto& name : keys) EXPECT_NE(catalogueText(Locale::En, name), nullptr) << "no text for key " << name;
}

template <class E>
void expectEveryLabelTranslated() {
  for (E value : allEnumValues<E>()) {
    setCurrentLocale(Locale::En);
    const std::string en(labelOf(value));
    setCurrentLocale(Locale::ZhCN);
    const std::string zh(labelOf(value));
    EXPECT_FALSE(zh.empty());
    EXPECT_NE(en, zh) << toString(value);
  }
}

TEST(I18n, EnumLabelsFollowTheLocale) {
  const LocaleGuard guard(Locale::ZhCN);
  EXPECT_EQ(labelOf(ResourceStatus::InUse), "使用中");
  EXPECT_EQ(labelOf(OrderStatus::PendingPayment), "待支付");
  setCurrentLocale(Locale::En);
  EXPECT_EQ(labelOf(ResourceStatus::InUse), "In use");
  EXPECT_EQ(labelOf(OrderStatus::PendingPayment), "Pending payment");
  expectEveryLabelTranslated<ResourceStatus>();
  expectEveryLabelTranslated<BillingMode>();
  expectEveryLabelTranslated<OrderStatus>();
  expectEveryLabelTranslated<OrderType>();
  expectEveryLabelTranslated<FlowStage>();
  expectEveryLabelTranslated<BuyerAction>();
  expectEveryLabelTranslated<FlowEventKind>();
}

TEST(I18n, LooksUpInTheCurrentLocale) {
  EXPECT_EQ(tr("view.purchased_apps"), "Purchased Apps");
  const LocaleGuard guard(Locale::ZhCN);
  EXPECT_EQ(currentLocale(), Locale::ZhCN);
  EXPECT_EQ(tr("view.purchased_apps"), "已购应用");
  EXPECT_EQ(tr("view.supervision"), "服务监管");
  EXPECT_EQ(tr("view.orders"), "我的订单");
}

TEST(I18n, AMissingKeyShowsTheKey) {
  EXPECT_EQ(tr("no.such.key"), "no.such.key");
  EXPECT_EQ(tr("no.such.key", {{"n", "1"}}), "no.such.key");
  const std::string& first = tr("another.missing.key");
  EXPECT_EQ(&first, &tr("another.missing.key"));  // stays valid: the same text each time
}

TEST(I18n, FillsInPlaceholders) {
  EXPECT_EQ(tr("pagination.summary", {{"first", "21"}, {"last", "40"}, {"total", "65"}}), "Showing 21-40 of 65");
  EXPECT_EQ(tr("table.sort_by", {{"column", "Product"}}), "Sort by Product");
  // A placeholder without a value stays as written; extra values are ignored.
  EXPECT_EQ(tr("table.sort_by", {{"other", "x"}}), "Sort by {column}");
  const LocaleGuard guard(Locale::ZhCN);
  EXPECT_EQ(tr("pagination.summary", {{"first", "1"}, {"last", "20"}, {"total", "65"}}), "显示第 1-20 条，共 65 条");
  // A value holding braces is not read again.
  EXPECT_EQ(tr("table.sort_by", {{"column", "{column}"}}), "按{column}排序");
}

TEST(I18n, BillingPeriodsInBothLanguages) {
  EXPECT_EQ(billingPeriodText({PeriodUnit::Month, 1}), "1 month");
  EXPECT_EQ(billingPeriodText({PeriodUnit::Year, 3}), "3 years");
  const LocaleGuard guard(Locale::ZhCN);
  EXPECT_EQ(billingPeriodText({PeriodUnit::Month, 1}), "1 个月");
  EXPECT_EQ(billingPeriodText({PeriodUnit::Day, 7}), "7 天");
}

TEST(I18n, PlaceholdersOfAText) {
  EXPECT_EQ(placeholdersOf("Showing {first}-{last} of {total}, {first}"),
            (std::vector<std::string>{"first", "last", "total"}));
  EXPECT_TRUE(placeholdersOf("no placeholders").empty());
}

TEST(I18n, ReadsLocaleTags) {
  for (const char* tag : {"zh", "zh-CN", "zh-Hans", "zh_CN", "ZH-cn", "zh-Hans-CN", "zh-SG", "zh-TW"})
    EXPECT_EQ(parseLocaleTag(tag), Locale::ZhCN) << tag;
  for (const char* tag : {"", "en", "en-US", "en-GB", "fr-FR", "z", "zhx", "ja-JP", "-zh"})
    EXPECT_EQ(parseLocaleTag(tag), Locale::En) << tag;
  EXPECT_EQ(localeTag(Locale::ZhCN), "zh-CN");
  EXPECT_EQ(localeTag(Locale::En), "en");
}

}  // namespace
}  // namespace koo
