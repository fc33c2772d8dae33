// Loads the demo data set: shift its times to now, decode its records, check that every
// reference (buyer, order, instance) points at something that exists and belongs together.
#include "demo_data.h"

#include <map>
#include <set>

#include "core/invoice.h"
#include "record_codec.h"

namespace koo::backend {

namespace {

// Every string that is a full ISO-8601 UTC time moves by `shift`; nothing else changes.
void shiftTimes(Json& json, std::chrono::seconds shift) {
  if (json.is_string()) {
    const auto& text = json.get_ref<const std::string&>();
    if (text.size() >= 20 && text[10] == 'T')
      if (auto time = parseIsoUtc(text)) json = formatIsoUtc(*time + shift);
  } else if (json.is_structured()) {
    for (auto& child : json) shiftTimes(child, shift);
  }
}

struct EventLine {
  std::string orderId;
  FlowEvent event;
};

void decodeValue(const Json& json, const std::string& path, DecodeContext& context,
                 EventLine& out) {
  ObjectReader reader(json, path, context);
  reader.text("orderId", out.orderId, text_rules::kId);
  reader.field("event", out.event);
}

std::optional<std::string> checkReferences(const SeedData& seed) {
  std::set<std::string> buyers;
  for (const auto& b : seed.buyers)
    if (!buyers.insert(b.buyer.buyerId).second) return "duplicate buyer " + b.buyer.buyerId;
  std::map<std::string, const OrderRecord*> orders;
  for (const auto& o : seed.orders) {
    if (!buyers.count(o.buyerId)) return "order " + o.order.orderId + ": unknown buyer";
    if (!orders.emplace(o.order.orderId, &o).second) return "duplicate order " + o.order.orderId;
  }
  std::set<std::string> instances;
  for (const auto& a : seed.apps) {
    const std::string& id = a.app.instanceId;
    if (!instances.insert(id).second) return "duplicate instance " + id;
    auto order = orders.find(a.app.orderId);
    if (order == orders.end() || order->second->buyerId != a.buyerId)
      return "app " + id + ": its order is missing or belongs to another buyer";
  }
  std::set<std::string> supervised;
  for (const auto& s : seed.supervisions) {
    auto order = orders.find(s.orderId);
    if (order == orders.end() || order->second->buyerId != s.buyerId)
      return "supervision " + s.orderId + ": its order is missing or belongs to another buyer";
    if (!order->second->order.involvesSupervision || !order->second->order.instanceId)
      return "supervision " + s.orderId + ": its order must involve supervision and name an instance";
    // The seller provisions the instance by the time it accepts the request.
    const bool beforeAcceptance = s.flow.stage == FlowStage::WaitingRequest || s.flow.stage == FlowStage::WaitingSellerAccept;
    if (!s.applicationInfo && !beforeAcceptance)
      return "supervision " + s.orderId + ": application information missing";
    supervised.insert(s.orderId);
  }
  for (const auto& u : seed.unsubscriptions) {
    auto order = orders.find(u.request.orderId);
    if (order == orders.end() || order->second->buyerId != u.buyerId)
      return "unsubscription " + u.request.requestId + ": its order is missing or belongs to another buyer";
  }
  std::map<std::string, std::int64_t> lastSequence;
  for (const auto& [orderId, event] : seed.events) {
    if (!supervised.count(orderId)) return "event of unknown supervised order " + orderId;
    if (event.sequence != ++lastSequence[orderId])
      return "events of " + orderId + " must be numbered 1, 2, 3... in order";
  }
  std::set<std::string> invoicedOrders;
  for (const auto& i : seed.invoices) {
    auto order = orders.find(i.invoice.orderId);
    if (order == orders.end() || order->second->buyerId != i.buyerId || !order->second->order.paidTime)
      return "invoice " + i.invoice.invoiceId + ": its order is missing, unpaid or belongs to another buyer";
    if (!invoicedOrders.insert(i.invoice.orderId).second) return "order " + i.invoice.orderId + " has two invoices";
  }
  for (const auto& c : seed.invoiceCustomers)
    if (!buyers.count(c.buyerId)) return "invoice customer of unknown buyer " + c.buyerId;
  return std::nullopt;
}

// The invoices are the one source of their orders' invoice number and state.
void markInvoicedOrders(SeedData& seed) {
  std::map<std::string, const Invoice*> byOrder;
  for (const auto& record : seed.invoices) byOrder[record.invoice.orderId] = &record.invoice;
  for (auto& record : seed.orders)
    if (auto it = byOrder.find(record.order.orderId); it != byOrder.end())
      record.order = withInvoiceOf(std::move(record.order), *it->second);
}

}  // namespace

Expected<SeedData, std::string> loadDemoData(std::string_view jsonText, Timestamp now) {
  auto parsed = parseJsonText(jsonText);
  if (!parsed.ok()) return "demo data: " + parsed.error().describe();
  Json json = std::move(parsed).value();

  DecodeContext context;
  Timestamp reference{};
  ObjectReader root(json, "$", context);
  root.field("referenceTime", reference);
  if (context.failed()) return "demo data: " + context.error()->describe();
  // Whole days, so times of day stay as written and "6 days ago" stays at least 6 days ago.
  const std::int64_t elapsed = epochSeconds(now) - epochSeconds(reference);
  const std::int64_t days = elapsed / kSecondsPerDay - (elapsed % kSecondsPerDay < 0 ? 1 : 0);
  shiftTimes(json, std::chrono::seconds{days * kSecondsPerDay});

  SeedData seed;
  std::vector<EventLine> events;
  ObjectReader reader(json, "$", context);
  reader.list("buyers", seed.buyers, 1000);
  reader.list("orders", seed.orders, 100000);
  reader.list("apps", seed.apps, 100000);
  reader.list("supervisions", seed.supervisions, 100000);
  reader.list("events", events, 1000000);
  // Data sets made before unsubscription (issue 14) have none.
  if (json.contains("unsubscriptions")) reader.list("unsubscriptions", seed.unsubscriptions, 100000);
  // Invoices came later (issue 14): a data set without them has none.
  if (json.contains("invoices")) reader.list("invoices", seed.invoices, 100000);
  if (json.contains("invoiceCustomers")) reader.list("invoiceCustomers", seed.invoiceCustomers, 1000);
  if (context.failed()) return "demo data: " + context.error()->describe();
  for (auto& line : events) seed.events.emplace_back(std::move(line.orderId), std::move(line.event));
  if (auto problem = checkReferences(seed)) return "demo data: " + *problem;
  markInvoicedOrders(seed);
  return seed;
}

}  // namespace koo::backend
