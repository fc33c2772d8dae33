// The widget gallery: each widget in each state, section by section, with sample data of its own
// (no backend). Read it to see what a widget looks like and what it reports.
#include "widget_gallery.h"

#include <algorithm>
#include <array>
#include <memory>
#include <utility>
#include <vector>

#include "core/format.h"
#include "imgui.h"
#include "widgets_form.h"

namespace koo::ui {

// The view's page: made only by its factory (views.h), so it is declared here.
class WidgetGalleryPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void draw(Ui& ui, const Route& route, PageEnv& env) override;

 private:
  WidgetGalleryState state_;
};

namespace {

constexpr std::array<std::pair<Tone, const char*>, 5> kTones = {{{Tone::Success, "Success"},
                                                                 {Tone::Warning, "Warning"},
                                                                 {Tone::Neutral, "Neutral"},
                                                                 {Tone::Danger, "Danger"},
                                                                 {Tone::Info, "Info"}}};

void section(Ui& ui, std::string_view title) {
  ImGui::Spacing();
  ImGui::Separator();
  heading(ui, title, 2);
}

void drawButtonsAndLinks(Ui& ui, Host& host) {
  section(ui, "Buttons");
  button(ui, "Enabled button");
  ImGui::SameLine();
  button(ui, "Disabled button", true);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  copyButton(ui, host, "sample text", "KooGallery");  // visible "Copy", named "Copy sample text"

  section(ui, "Links");
  textLink(ui, "A text link");
  navLink(ui, "Current navigation entry", true);
  navLink(ui, "Another navigation entry", false);
}

void drawTexts(Ui& ui) {
  section(ui, "Text");
  heading(ui, "Heading level 3", 3);
  text(ui, "Body text");
  mutedText(ui, "Muted text");
  for (const auto& [tone, name] : kTones) toneText(ui, std::string(name) + " text", tone);
}

void drawFields(Ui& ui, WidgetGalleryState& state) {
  section(ui, "Fields");
  textField(ui, "Empty field", state.emptyText, "A hint shows while it is empty");
  textField(ui, "Filled field", state.filledText);
  const bool number = !state.invalidText.empty() &&
                      std::all_of(state.invalidText.begin(), state.invalidText.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
  textField(ui, "Invalid field", state.invalidText, {}, 320, number ? "" : "Enter a number");
  passwordField(ui, "Password field", state.password);
  textArea(ui, "Text area", state.notes, 48);
  enumChoice(ui, "Enum choice", state.status, allEnumValues<ResourceStatus>(),
             [](ResourceStatus s) { return labelOf(s); }, "All statuses");
}

void drawBadges(Ui& ui) {
  section(ui, "Status badges");
  for (const auto& [tone, name] : kTones) {
    statusBadge(ui, name, tone);
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

void drawTable(Ui& ui, WidgetGalleryState& state) {
  section(ui, "Table");
  struct Sample {
    const char* product;
    const char* seats;
    const char* note;
  };
  // Equal cells ("-") in a row and down a column: each is a node with an id of its own.
  std::vector<Sample> rows = {{"Beta Desk", "1", "-"}, {"Alpha CRM", "3", "-"}, {"Gamma Mail", "-", "-"}};
  const bool ascending = state.sort == SortDirection::Ascending;
  std::sort(rows.begin(), rows.end(), [&](const Sample& a, const Sample& b) {
    return ascending ? std::string_view(a.product) < b.product : std::string_view(b.product) < a.product;
  });
  static const std::vector<Column> kColumns = {{"Product", 2.0f, true}, {"Seats", 1.0f, false}, {"Note", 1.0f, false}};
  bool visible = false;
  const int clicked = beginTable(ui, "Sample products", kColumns, 0, state.sort, visible);
  if (!visible) return;
  if (clicked == 0) state.sort = ascending ? SortDirection::Descending : SortDirection::Ascending;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    beginRow(ui, rows[i].product, static_cast<int>(i));
    tableCell(ui, rows[i].product);
    tableCell(ui, rows[i].seats);
    tableCell(ui, rows[i].note);
    endRow(ui);
  }
  endTable(ui);
}

void drawPagination(Ui& ui, WidgetGalleryState& state) {
  section(ui, "Pagination");
  constexpr int kPageSize = 10, kTotal = 50;  // five pages
  const std::array<std::pair<const char*, int>, 3> kExamples = {{{"First page", 1}, {"Middle page", 0},
                                                                 {"Last page", kTotal / kPageSize}}};
  for (const auto& [name, fixedPage] : kExamples) {
    IdScope id(name);
    mutedText(ui, name);
    const int page = fixedPage ? fixedPage : state.page;  // the middle one can be paged
    if (auto target = pagination(ui, page, kPageSize, kTotal); target && !fixedPage) state.page = *target;
  }
}

void drawFieldGridAndPanels(Ui& ui, Host& host) {
  section(ui, "Field grid");
  if (beginFieldGrid("gallery-fields", 3)) {
    field(ui, "Label", "Value");
    field(ui, "Empty value", "");
    copyableField(ui, host, "Instance ID", "instance ID", "ins-gallery-0001");
    endFieldGrid();
  }

  section(ui, "Cards and panels");
  if (beginCard(ui, "A card")) {
    text(ui, "A card is one full-width panel.");
    endCard();
  }
  if (beginPanels("gallery-panels", 2)) {
    panel(ui, "Left panel");
    text(ui, "Panels stand side by side.");
    panel(ui, "Right panel");
    mutedText(ui, "Each has a level-2 heading.");
    endPanels();
  }
}

void drawFeedback(Ui& ui, Host& host, WidgetGalleryState& state) {
  section(ui, "Loading, error and empty states");
  loadingState(ui, host, "Loading the sample...");
  {
    IdScope id("error");
    if (errorPanel(ui, host, ErrorView{"Could not load the sample", "The backend did not answer.", "req-gallery-1", 0}))
      ++state.retries;
  }
  {
    IdScope id("busy-error");
    errorPanel(ui, host, ErrorView{"The backend is busy", "Try again in a minute.", "req-gallery-2", 60});
  }
  mutedText(ui, "Retried " + std::to_string(state.retries) + " times");
  if (emptyState(ui, "Nothing here yet", "Items you add show here.", "Add an item")) ++state.emptyLinkClicks;

  section(ui, "Toasts");
  if (button(ui, "Show a toast of each tone"))
    for (const auto& [tone, name] : kTones) state.toasts.show(std::string(name) + " toast", tone, host.nowMs());
  state.toasts.draw(ui, host);
}

void drawDialogs(Ui& ui, WidgetGalleryState& state) {
  using Dialog = WidgetGalleryState::Dialog;
  section(ui, "Dialogs");
  if (button(ui, "Open the confirm dialog")) state.dialog = Dialog::Confirm;
  ImGui::SameLine();
  if (button(ui, "Open the reason dialog")) state.dialog = Dialog::Reason;
  mutedText(ui, state.lastOutcome);
  DialogChoice choice = DialogChoice::Open;
  if (state.dialog == Dialog::Confirm)
    choice = confirmDialog(ui, {"Delete the sample", "The sample is gone for good once deleted.", "Delete", true});
  if (state.dialog == Dialog::Reason)
    choice = reasonDialog(ui, {"Give a reason", "The reason goes to the seller with the rejection.", "Send"},
                          ReasonField{"Reason", true, 100}, state.reason, state.reasonProblem);
  if (state.dialog == Dialog::None || choice == DialogChoice::Open) return;
  state.lastOutcome = choice == DialogChoice::Confirmed ? "Confirmed" : "Cancelled";
  state.dialog = Dialog::None;
  state.reasonProblem.reset();
}

}  // namespace

void drawWidgetGallery(Ui& ui, Host& host, WidgetGalleryState& state) {
  drawButtonsAndLinks(ui, host);
  drawTexts(ui);
  drawFields(ui, state);
  drawBadges(ui);
  drawTable(ui, state);
  drawPagination(ui, state);
  drawFieldGridAndPanels(ui, host);
  drawFeedback(ui, host, state);
  drawDialogs(ui, state);
}

void WidgetGalleryPage::enter(const Route&, PageEnv&) { state_ = WidgetGalleryState{}; }

void WidgetGalleryPage::draw(Ui& ui, const Route&, PageEnv& env) { drawWidgetGallery(ui, env.host, state_); }

std::unique_ptr<ViewPage> makeWidgetGalleryPage() { return std::make_unique<WidgetGalleryPage>(); }

}  // namespace koo::ui
