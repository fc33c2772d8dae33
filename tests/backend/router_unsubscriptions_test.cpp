// Negotiated unsubscription through the router over the demo data: eligibility of each kind of
// purchase, the request and its refusals, the seller's moves in test mode, what a paid refund
// leaves (the UNSUBSCRIBE order, the cancelled purchase, the closed flow), the hold on
// acceptance, buyer isolation, and the invoice gate's one question.
#include <set>

#include "core/json_codec_unsubscription.h"
#include "invoice_gate.h"
#include "router_fixture.h"

namespace koo::backend::test {
namespace {

class RouterUnsubscriptions : public RouterTest {
 protected:
  Answer candidates(const std::string& token) { return get("/api/v1/unsubscriptions/candidates", token); }
  Answer ask(const std::string& token, const std::string& orderId, std::int64_t amount,
             const std::string& reason = "QUALITY_ISSUES", const std::string& key = "") {
    Json body{{"orderId", orderId},
              {"refundAmount", {{"minorUnits", amount}, {"currency", "CNY"}}},
              {"reason", reason},
              {"shareContact", true}};
    return post("/api/v1/unsubscriptions", body.dump(), token, key);
  }
  Answer move(const std::string& token, const std::string& requestId, const std::string& what,
              const std::string& body = "") {
    const bool seller = what != "withdraw";
    return post(std::string("/api/v1/") + (seller ? "test/" : "") + "unsubscriptions/" + requestId + "/" + what, body,
                token);
  }
  // An eligible purchase of alice's with no request yet.
  UnsubscriptionCandidate freshEligible(const std::string& token) {
    auto list = decodeJson<ItemList<UnsubscriptionCandidate>>(candidates(token).json);
    EXPECT_TRUE(list.ok());
    for (const auto& c : list.value().items)
      if (c.eligible && get("/api/v1/unsubscriptions", token, {{"q", c.orderId}}).json["total"] == 0) return c;
    ADD_FAILURE() << "no fresh eligible purchase";
    return {};
  }
};

TEST_F(RouterUnsubscriptions, EachPurchaseIsEligibleOrSaysWhyNot) {
  const Answer answer = candidates(alice());
  ASSERT_EQ(answer.status(), 200) << answer.response.body;
  auto list = decodeJson<ItemList<UnsubscriptionCandidate>>(answer.json);
  ASSERT_TRUE(list.ok()) << list.error().describe();
  std::set<UnsubscriptionRefusalCode> reasons;
  int eligible = 0;
  for (const auto& c : list.value().items) {
    if (c.eligible) ++eligible;
    else reasons.insert(c.refusal->code);
  }
  EXPECT_GE(eligible, 5);
  for (auto code : {UnsubscriptionRefusalCode::NotSupervised, UnsubscriptionRefusalCode::GuaranteeEnded,
                    UnsubscriptionRefusalCode::OpenRequest, UnsubscriptionRefusalCode::AlreadyUnsubscribed,
                    UnsubscriptionRefusalCode::Trial})
    EXPECT_TRUE(reasons.count(code)) << toString(code);
}

TEST_F(RouterUnsubscriptions, RequestApproveRefundLeavesTheRefundInMyOrders) {
  const std::string token = alice();
  const UnsubscriptionCandidate target = freshEligible(token);
  expectError(ask(token, target.orderId, target.paidAmount.minorUnits + 1), 422, "VALIDATION", "$.refundAmount");
  expectError(ask(token, target.orderId, 100, "OTHER"), 422, "VALIDATION", "$.description");
  const Answer made = ask(token, target.orderId, 12345, "QUALITY_ISSUES", "same-intent");
  ASSERT_EQ(made.status(), 201) << made.response.body;
  const std::string id = made.json["requestId"];
  EXPECT_EQ(ask(token, target.orderId, 12345, "QUALITY_ISSUES", "same-intent").json["requestId"], id);
  expectError(ask(token, target.orderId, 100), 409, "CONFLICT", id);  // one open request per order
  expectError(get("/api/v1/unsubscriptions/" + id, bob()), 404, "NOT_FOUND");

  const Answer approved = move(token, id, "approve");
  ASSERT_EQ(approved.status(), 200) << approved.response.body;
  EXPECT_EQ(approved.json["expectedRefundTime"], "2025-03-01T11:00:00Z");  // 3 h after the fixed now
  expectError(move(token, id, "withdraw"), 409, "CONFLICT");
  const Answer refunded = move(token, id, "refund-paid");
  ASSERT_EQ(refunded.status(), 200) << refunded.response.body;
  EXPECT_EQ(refunded.json["status"], "REFUNDED");

  const Answer refundOrder = get("/api/v1/orders/" + refunded.json["refundOrderId"].get<std::string>(), token);
  EXPECT_EQ(refundOrder.json["type"], "UNSUBSCRIBE");
  EXPECT_EQ(refundOrder.json["amount"]["minorUnits"], 12345);
  const Answer purchase = get("/api/v1/orders/" + target.orderId, token);
  EXPECT_EQ(purchase.json["status"], "CANCELLED");
  const Answer flow = get("/api/v1/supervised-orders/" + target.orderId, token);
  EXPECT_EQ(flow.json["flow"]["stage"], "CANCELLED");
  EXPECT_EQ(flow.json["history"].back()["kind"], "FLOW_CLOSED");
  // Released: the instance never reaches Purchased Apps.
  EXPECT_EQ(get("/api/v1/purchased-apps", token, {{"q", target.orderId}}).json["total"], 0);
  EXPECT_EQ(get("/api/v1/orders/" + target.orderId + "/unsubscription", token).json["refusal"]["code"],
            "ALREADY_UNSUBSCRIBED");
}

TEST_F(RouterUnsubscriptions, RejectedAndWithdrawnRequestsLetTheBuyerAskAgain) {
  const std::string token = alice();
  const UnsubscriptionCandidate target = freshEligible(token);
  const std::string first = ask(token, target.orderId, 100).json["requestId"];
  expectError(move(token, first, "reject", "{}"), 422, "VALIDATION");
  const Answer rejected = move(token, first, "reject", R"({"reason":"Talk to us first."})");
  EXPECT_EQ(rejected.json["sellerReason"], "Talk to us first.");
  expectError(move(token, first, "approve"), 409, "CONFLICT");
  const std::string second = ask(token, target.orderId, 100).json["requestId"];
  EXPECT_EQ(move(token, second, "withdraw").json["status"], "WITHDRAWN");
  EXPECT_EQ(ask(token, target.orderId, 100).status(), 201);
  const Answer mine = get("/api/v1/unsubscriptions", token, {{"q", target.orderId}, {"status", "REJECTED"}});
  EXPECT_EQ(mine.json["total"], 1);
}

TEST_F(RouterUnsubscriptions, AnOpenRequestHoldsAcceptanceOfTheDelivery) {
  const std::string token = alice();
  const Answer refunding = get("/api/v1/unsubscriptions", token, {{"status", "APPROVED_REFUNDING"}});
  ASSERT_EQ(refunding.json["total"], 1);
  const std::string orderId = refunding.json["items"][0]["orderId"];
  expectError(post("/api/v1/supervised-orders/" + orderId + "/confirm-acceptance", "", token), 409, "CONFLICT",
              refunding.json["items"][0]["requestId"]);
  // Another order in the same stage, with no request, is accepted as before.
  for (const auto& s : seed_.supervisions)
    if (s.buyerId == "buyer-001" && s.flow.stage == FlowStage::WaitingBuyerConfirm && s.orderId != orderId) {
      EXPECT_EQ(post("/api/v1/supervised-orders/" + s.orderId + "/confirm-acceptance", "", token).status(), 200);
      break;
    }
}

TEST_F(RouterUnsubscriptions, IneligiblePurchasesAreRefusedWithTheirReason) {
  const std::string token = alice();
  auto list = decodeJson<ItemList<UnsubscriptionCandidate>>(candidates(token).json).value();
  for (const auto& c : list.items)
    if (!c.eligible) {
      const Answer refused = ask(token, c.orderId, 1);
      EXPECT_EQ(refused.status(), 409) << c.orderId;
      EXPECT_EQ(refused.errorMessage(), c.refusal->message);
    }
  expectError(ask(token, "CS-none", 1), 404, "NOT_FOUND");
}

TEST(InvoiceGate, NoInvoiceIsOutstandingUntilOrdersCarryTheirInvoiceState) {
  EXPECT_FALSE(invoiceOutstanding(OrderRecord{}));
}

}  // namespace
}  // namespace koo::backend::test
