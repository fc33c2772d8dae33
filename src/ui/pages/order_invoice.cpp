// The invoice card of order details.
#include "order_invoice.h"

#include "core/invoice.h"
#include "imgui.h"
#include "widgets_data.h"

namespace koo::ui {

void drawOrderInvoiceCard(Ui& ui, const Order& order, std::optional<Route>& go) {
  if (!beginCard(ui, tr("invoice.order.card"))) return;
  if (beginFieldGrid("order-invoice", 2)) {
    field(ui, tr("invoice.order.field"), orderInvoiceText(order));
    endFieldGrid();
  }
  ImGui::PushTextWrapPos(0.0f);
  if (!order.invoiceId) {
    mutedText(ui, tr(order.paidTime ? "invoice.order.none_paid" : "invoice.order.none_unpaid"));
  } else if (invoiceBlocksUnsubscription(order)) {
    mutedText(ui, tr("invoice.order.blocks_unsubscription"));
  }
  ImGui::PopTextWrapPos();
  if (order.invoiceId && textLink(ui, tr("invoice.view_invoice"))) go = Route{View::InvoiceDetails, *order.invoiceId, {}};
  endCard();
}

}  // namespace koo::ui
