// Helpers of the Service Supervision tests: the seller's side of the flow through the backend's
// test endpoints, and reading the flow's action buttons from the semantics tree.
#pragma once

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "api/local_transport.h"
#include "api/marketplace_client.h"
#include "console_testbed.h"

namespace koo::ui::testing {

// The seller (and the operations staff) acting on buyer-001's orders through the test-mode
// endpoints, with a session of its own on the same router as the console.
class SellerSide {
 public:
  SellerSide(backend::Router& router, backend::Store& store, const std::string& buyerId = "buyer-001")
      : transport_(api::withoutDelay([&router](const HttpRequest& request) { return router.handle(request); })),
        client_(transport_) {
    client_.signIn(signInAs(store, buyerId), "seller-side-sign-in-" + buyerId, [](api::ApiResult<SignInResponse> result) {
      EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    });
  }

  void act(const std::string& orderId, const SellerActionBody& body) {
    client_.sellerAction(orderId, body, "seller-" + std::to_string(++sequence_),
                         [](api::ApiResult<SupervisedOrderDetails> result) {
                           EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
                         });
  }
  void accept(const std::string& orderId) { act(orderId, SellerActionBody{SellerAction::AcceptRequest, {}, {}}); }
  void rejectRequest(const std::string& orderId, const std::string& reason) {
    act(orderId, SellerActionBody{SellerAction::RejectRequest, reason, {}});
  }
  void deliver(const std::string& orderId, const std::string& statement) {
    act(orderId, SellerActionBody{SellerAction::Deliver, {}, DeliveryInput{statement, "acceptance-report.pdf", {}}});
  }

 private:
  api::LocalTransport transport_;
  api::MarketplaceClient client_;
  int sequence_ = 0;
};

// The flow's action buttons on screen, enabled and disabled.
struct ActionButtons {
  std::set<std::string> enabled;
  std::set<std::string> disabled;
};
inline ActionButtons actionButtons(const SemanticsTree& tree) {
  static const std::set<std::string> kActions = {"Submit Request", "Confirm Acceptance", "Reject", "Remind Seller",
                                                 "Initiate Appeal"};
  ActionButtons buttons;
  for (const auto& node : tree.nodes())
    if (node.role == Role::Button && kActions.count(node.name))
      (node.state & kDisabled ? buttons.disabled : buttons.enabled).insert(node.name);
  return buttons;
}

}  // namespace koo::ui::testing
