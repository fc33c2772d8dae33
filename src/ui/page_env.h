// What a view page works with: the marketplace client, the host, notices and navigation. Pages
// reach the backend only through the client; the transport behind it is not theirs to know.
#pragma once

#include <memory>
#include <string>

#include "api/marketplace_client.h"
#include "host.h"
#include "navigation.h"
#include "widgets.h"
#include "widgets_feedback.h"

namespace koo::ui {

class ExpiryReminders;

struct PageEnv {
  api::MarketplaceClient& client;
  Host& host;
  Toasts& toasts;
  Navigator& navigator;
  ExpiryReminders* reminders = nullptr;  // the buyer's expiry reminders (pages/expiry_reminders.h)
};

// A fresh Idempotency-Key for one buyer intent (a confirmed action, a reveal): a retry of the
// same intent reuses it, so a double click or a retried POST changes nothing twice.
std::string newIdempotencyKey();

// One view of the console. The pattern inside each page: a pure draw function from the view's
// state to widgets and the buyer's intent, then the page carries the intent out with the client.
class ViewPage {
 public:
  virtual ~ViewPage() = default;
  // The route now shows this view, or its id or query changed: load what it needs.
  virtual void enter(const Route& route, PageEnv& env) = 0;
  // The buyer left the view: drop answers still in flight and forget secrets.
  virtual void leave() {}
  virtual void draw(Ui& ui, const Route& route, PageEnv& env) = 0;
};

// A new page for the view, made by its row's factory (views.h).
std::unique_ptr<ViewPage> makeViewPage(View view);

}  // namespace koo::ui
