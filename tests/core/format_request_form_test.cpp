// Texts for people (dates, durations, money, periods, labels) and the validation of a service
// request against the seller's form template.
#include <gtest/gtest.h>

#include "core/format.h"
#include "core/request_form.h"
#include "samples.h"

namespace koo {
namespace {

TEST(Format, DatesInAChosenZone) {
  const Timestamp t = samples::at("2025-01-15T20:05:09Z");
  EXPECT_EQ(formatDate(t), "2025-01-15");
  EXPECT_EQ(formatDate(t, TimeZone::fixed(8 * 60)), "2025-01-16");
  EXPECT_EQ(formatDateTime(t), "2025-01-15 20:05 GMT+00:00");
  EXPECT_EQ(formatDateTime(t, TimeZone::fixed(-5 * 60)), "2025-01-15 15:05 GMT-05:00");
}

TEST(Format, DurationsRoundUp) {
  EXPECT_EQ(formatDuration(0), "1 minute");
  EXPECT_EQ(formatDuration(60), "1 minute");
  EXPECT_EQ(formatDuration(61), "2 minutes");
  EXPECT_EQ(formatDuration(3600), "1 hour");
  EXPECT_EQ(formatDuration(3601), "2 hours");
  EXPECT_EQ(formatDuration(86400), "1 day");
  EXPECT_EQ(formatDuration(2 * 86400 + 1), "3 days");
}

TEST(Format, Money) {
  EXPECT_EQ(formatMoney(Money{1280000, "CNY"}), "¥12,800.00");
  EXPECT_EQ(formatMoney(Money{5, "CNY"}), "¥0.05");
  EXPECT_EQ(formatMoney(Money{-300, "USD"}), "-$3.00");
  EXPECT_EQ(formatMoney(Money{123456789012, "EUR"}), "EUR 1,234,567,890.12");
}

TEST(Format, PeriodsAndLabels) {
  EXPECT_EQ(billingPeriodText(BillingPeriod{PeriodUnit::Year, 1}), "1 year");
  EXPECT_EQ(billingPeriodText(BillingPeriod{PeriodUnit::Month, 3}), "3 months");
  EXPECT_EQ(billingPeriodText(BillingPeriod{PeriodUnit::Day, 7}), "7 days");
  EXPECT_EQ(periodText(std::nullopt), "-");
  EXPECT_EQ(labelOf(ResourceStatus::InUse), "In use");
  EXPECT_EQ(labelOf(BillingMode::OnDemandPackage), "Pay-per-use package");
  EXPECT_EQ(labelOf(OrderStatus::PendingConfirmation), "Pending confirmation");
  EXPECT_EQ(labelOf(OrderType::Unsubscribe), "Unsubscription");
  EXPECT_EQ(labelOf(BuyerAction::Appeal), "Initiate Appeal");
  // Every value has a label.
  for (auto v : allEnumValues<ResourceStatus>()) EXPECT_FALSE(labelOf(v).empty());
  for (auto v : allEnumValues<BillingMode>()) EXPECT_FALSE(labelOf(v).empty());
  for (auto v : allEnumValues<OrderStatus>()) EXPECT_FALSE(labelOf(v).empty());
  for (auto v : allEnumValues<OrderType>()) EXPECT_FALSE(labelOf(v).empty());
  for (auto v : allEnumValues<FlowStage>()) EXPECT_FALSE(labelOf(v).empty());
  for (auto v : allEnumValues<BuyerAction>()) EXPECT_FALSE(labelOf(v).empty());
  for (auto v : allEnumValues<FlowEventKind>()) EXPECT_FALSE(labelOf(v).empty());
}

std::vector<FormFieldSpec> form() {
  return {FormFieldSpec{"siteCount", "Number of sites", FormFieldType::Number, true, 6},
          FormFieldSpec{"goLiveDate", "Go-live date", FormFieldType::Date, false, 10},
          FormFieldSpec{"notes", "Notes", FormFieldType::Multiline, false, 20},
          FormFieldSpec{"contact", "Contact", FormFieldType::Text, true, 64}};
}

TEST(RequestForm, AcceptsWhatFitsTheTemplate) {
  EXPECT_FALSE(validateRequestFields(form(), {{"siteCount", "3"}, {"contact", "王磊"}}).has_value());
  EXPECT_FALSE(validateRequestFields(form(), {{"siteCount", "-2.50"}, {"contact", "x"}, {"goLiveDate", "2024-02-29"},
                                              {"notes", ""}}).has_value());
  EXPECT_FALSE(validateRequestFields({}, {}).has_value());
}

TEST(RequestForm, RefusesWithTheFieldsPath) {
  struct Case {
    std::map<std::string, std::string> fields;
    std::string path;
    DecodeErrorKind kind;
  };
  const std::vector<Case> cases = {
      {{{"contact", "x"}}, "$.fields.siteCount", DecodeErrorKind::Missing},
      {{{"siteCount", "  "}, {"contact", "x"}}, "$.fields.siteCount", DecodeErrorKind::Missing},
      {{{"siteCount", "three"}, {"contact", "x"}}, "$.fields.siteCount", DecodeErrorKind::BadValue},
      {{{"siteCount", "1."}, {"contact", "x"}}, "$.fields.siteCount", DecodeErrorKind::BadValue},
      {{{"siteCount", "1234567"}, {"contact", "x"}}, "$.fields.siteCount", DecodeErrorKind::TooLong},
      {{{"siteCount", "1"}, {"contact", "x"}, {"goLiveDate", "2025-02-30"}}, "$.fields.goLiveDate", DecodeErrorKind::BadValue},
      {{{"siteCount", "1"}, {"contact", "x"}, {"goLiveDate", "01/02/2025"}}, "$.fields.goLiveDate", DecodeErrorKind::BadValue},
      {{{"siteCount", "1"}, {"contact", "x"}, {"notes", std::string(21, 'n')}}, "$.fields.notes", DecodeErrorKind::TooLong},
      {{{"siteCount", "1"}, {"contact", "x"}, {"extra field", "?"}}, "$.fields[\"extra field\"]", DecodeErrorKind::BadValue},
  };
  for (const Case& c : cases) {
    const auto error = validateRequestFields(form(), c.fields);
    ASSERT_TRUE(error.has_value()) << c.path;
    EXPECT_EQ(error->path, c.path);
    EXPECT_EQ(static_cast<int>(error->kind), static_cast<int>(c.kind)) << error->describe();
  }
  EXPECT_EQ(validateRequestFields(form(), {{"contact", "x"}})->message, "\"Number of sites\" is required");
}

}  // namespace
}  // namespace koo
