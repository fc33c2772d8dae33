// Text fields and choices drawn with Dear ImGui (std::string through imgui_stdlib).
#include "widgets_form.h"

#include <algorithm>

#include "core/text.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "theme.h"
#include "widgets_data.h"

namespace koo::ui {
namespace {
// Dear ImGui draws an item's label beside it; these fields show theirs above, as web forms do
// (and an error below): the ImGui item's label is kUndrawnLabel in an IdScope of the field's
// label, which is the text box's accessible name.
void fieldError(Ui& ui, std::string_view error) {
  if (error.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().danger);
  ImGui::TextUnformatted(error.data(), error.data() + error.size());
  ImGui::PopStyleColor();
  recordItem(ui, Role::Alert, error);
}

// A field never runs past its container's edge (a narrow console, a dialog).
float fitWidth(float width) { return std::min(width, ImGui::GetContentRegionAvail().x); }

template <class T>
void zero(ImVector<T>& buffer) {
  if (buffer.Data) wipeBytes(buffer.Data, static_cast<std::size_t>(buffer.Capacity) * sizeof(T));
}
}  // namespace

void wipePasswordEditBuffers() {
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (!context) return;
  ImGuiInputTextState& edit = context->InputTextState;
  if (edit.ID == 0 || !(edit.Flags & ImGuiInputTextFlags_Password) || context->ActiveId == edit.ID) return;
  zero(edit.TextW);
  zero(edit.TextA);
  zero(edit.InitialTextA);
  wipeBytes(&edit.Stb, sizeof edit.Stb);  // the undo history keeps typed characters
  edit.ClearFreeMemory();
  edit.ID = 0;  // the next activation starts from a fresh state
  edit.CurLenW = edit.CurLenA = 0;
  ImGuiInputTextDeactivatedState& left = context->InputTextDeactivatedState;
  zero(left.TextA);
  left.ClearFreeMemory();
  zero(context->TempBuffer);  // scratch space the field's edits went through
  // Typed characters wait here (UTF-16, contiguous when several come in one frame); consumed ones
  // stay in the buffer's capacity.
  if (context->IO.InputQueueCharacters.Size == 0) zero(context->IO.InputQueueCharacters);
}

bool textField(Ui& ui, std::string_view label, std::string& text, std::string_view hint, float width,
               std::string_view error) {
  fieldLabel(label);
  ImGui::SetNextItemWidth(fitWidth(width));
  if (!error.empty()) ImGui::PushStyleColor(ImGuiCol_Border, theme::palette().danger);
  const std::string hintText(hint);
  IdScope id(label);
  const bool entered =
      ImGui::InputTextWithHint(kUndrawnLabel, hintText.c_str(), &text, ImGuiInputTextFlags_EnterReturnsTrue);
  if (!error.empty()) ImGui::PopStyleColor();
  recordItem(ui, Role::Textbox, label, error.empty() ? kNone : kInvalid, text);
  ui.semantics.last().hint = hintText;  // drawn text: in the tree (and the font atlas's scan) too
  fieldError(ui, error);
  return entered;
}

bool passwordField(Ui& ui, std::string_view label, std::string& text, float width) {
  fieldLabel(label);
  ImGui::SetNextItemWidth(fitWidth(width));
  IdScope id(label);
  const bool entered =
      ImGui::InputText(kUndrawnLabel, &text, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
  recordItem(ui, Role::Textbox, label, kProtected);  // no value: the mirror never holds the secret
  wipePasswordEditBuffers();                // the buyer left the field: ImGui's copies go
  return entered;
}

bool textArea(Ui& ui, std::string_view label, std::string& text, float height, std::string_view error) {
  fieldLabel(label);
  if (!error.empty()) ImGui::PushStyleColor(ImGuiCol_Border, theme::palette().danger);
  IdScope id(label);
  const std::uint32_t fieldId = ImGui::GetID(kUndrawnLabel);  // the id it is active under
  const bool changed = ImGui::InputTextMultiline(kUndrawnLabel, &text, ImVec2(-1, height));
  if (!error.empty()) ImGui::PopStyleColor();
  recordItemWithId(ui, fieldId, Role::Textbox, label, kMultiline | (error.empty() ? kNone : kInvalid), text);
  fieldError(ui, error);
  return changed;
}

bool checkbox(Ui& ui, std::string_view label, bool& checked) {
  IdScope id(label);
  const bool toggled = ImGui::Checkbox(kUndrawnLabel, &checked);
  recordItem(ui, Role::Checkbox, label, checked ? kChecked : kNone);
  return toggled;
}

bool choice(Ui& ui, std::string_view label, int& index, const std::vector<std::string>& options,
            std::string_view allLabel, float width) {
  fieldLabel(label);
  ImGui::SetNextItemWidth(fitWidth(width));
  const std::string current = index >= 0 && index < static_cast<int>(options.size())
                                  ? options[static_cast<std::size_t>(index)] : std::string(allLabel);
  bool changed = false;
  IdScope id(label);
  const std::uint32_t listId = ImGui::GetID("options");  // the popup's list, for aria-controls
  // An open combo's popup window becomes Dear ImGui's last item: its id and box are taken before,
  // so the combo box keeps its node (and the buyer's focus) when it opens.
  const std::uint32_t comboId = ImGui::GetID(kUndrawnLabel);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const bool open = ImGui::BeginCombo(kUndrawnLabel, current.c_str());
  ui.semantics.add(SemanticNode{comboId, Role::Combobox, std::string(label), current,
                                kHasPopup | (open ? kExpanded : kNone), 0, Rect{at.x, at.y, width, ImGui::GetFrameHeight()}});
  if (open) {
    ui.semantics.last().controls = listId;
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ui.semantics.add(SemanticNode{listId, Role::Listbox, std::string(label), {}, kNone, 0, Rect{pos.x, pos.y, size.x, size.y}});
    ui.semantics.openGroup();  // the options are the list's
    const std::string all(allLabel);
    if (ImGui::Selectable(all.c_str(), index < 0)) { index = -1; changed = true; }
    recordItem(ui, Role::Option, all, index < 0 ? kSelected : kNone);
    for (std::size_t i = 0; i < options.size(); ++i) {
      const bool selected = index == static_cast<int>(i);
      IdScope option(static_cast<int>(i));
      if (ImGui::Selectable(options[i].c_str(), selected)) { index = static_cast<int>(i); changed = true; }
      recordItem(ui, Role::Option, options[i], selected ? kSelected : kNone);
    }
    ui.semantics.closeGroup();
    ImGui::EndCombo();
  }
  return changed;
}

}  // namespace koo::ui
