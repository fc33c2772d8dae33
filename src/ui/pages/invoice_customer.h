// The top of Billing Center > Invoices: the buyer's customer information for invoices (what is on
// file, or that invoices go to the account's name and e-mail until it is set), and the dialog
// that sets it, checked as the backend checks it; a failed save keeps what was typed, with Retry.
#pragma once

#include <optional>
#include <string>

#include "page_env.h"
#include "remote.h"

namespace koo::ui {

struct InvoiceCustomerState {
  Remote<InvoiceCustomerSetting> setting;
  bool editing = false;
  InvoiceCustomer draft;  // what the buyer types; kept until saved
  std::string taxId;      // blank: none
  bool triedSave = false;
  std::optional<InvoiceCustomer> sent;  // the save in flight or last sent
  std::string key;                      // its Idempotency-Key, kept while its outcome is unknown
  Remote<InvoiceCustomerSetting> saving;
};

// The customer information as the dialog would send it (tax ID only when typed).
InvoiceCustomer customerDraft(const InvoiceCustomerState& state);

// Loads what is on file.
void loadInvoiceCustomer(InvoiceCustomerState& state, PageEnv& env);
// Draws the card, the dialog while editing and a failed save's error; sends and reloads.
void drawInvoiceCustomer(Ui& ui, InvoiceCustomerState& state, PageEnv& env);
void dropInvoiceCustomer(InvoiceCustomerState& state);

}  // namespace koo::ui
