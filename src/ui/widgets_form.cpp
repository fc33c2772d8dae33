// Text fields and choices drawn with Dear ImGui (std::string through imgui_stdlib).
#include "widgets_form.h"

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
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kDanger);
  ImGui::TextUnformatted(error.data(), error.data() + error.size());
  ImGui::PopStyleColor();
  recordItem(ui, Role::Alert, error);
}

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
  ImGui::SetNextItemWidth(width);
  if (!error.empty()) ImGui::PushStyleColor(ImGuiCol_Border, theme::kDanger);
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
  ImGui::SetNextItemWidth(width);
  IdScope id(label);
  const bool entered =
      ImGui::InputText(kUndrawnLabel, &text, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
  recordItem(ui, Role::Textbox, label, kProtected);  // no value: the mirror never holds the secret
  wipePasswordEditBuffers();                // the buyer left the field: ImGui's copies go
  return entered;
}

bool textArea(Ui& ui, std::string_view label, std::string& text, float height, std::string_view error) {
  fieldLabel(label);
  if (!error.empty()) ImGui::PushStyleColor(ImGuiCol_Border, theme::kDanger);
  IdScope id(label);
  const bool changed = ImGui::InputTextMultiline(kUndrawnLabel, &text, ImVec2(-1, height));
  if (!error.empty()) ImGui::PopStyleColor();
  recordItem(ui, Role::Textbox, label, kMultiline | (error.empty() ? kNone : kInvalid), text);
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
  ImGui::SetNextItemWidth(width);
  const std::string current = index >= 0 && index < static_cast<int>(options.size())
                                  ? options[static_cast<std::size_t>(index)] : std::string(allLabel);
  bool changed = false;
  IdScope id(label);
  const bool open = ImGui::BeginCombo(kUndrawnLabel, current.c_str());
  recordItem(ui, Role::Combobox, label, open ? kExpanded : kNone, current);
  if (open) {
    const std::string all(allLabel);
    if (ImGui::Selectable(all.c_str(), index < 0)) { index = -1; changed = true; }
    recordItem(ui, Role::Option, all, index < 0 ? kSelected : kNone);
    for (std::size_t i = 0; i < options.size(); ++i) {
      const bool selected = index == static_cast<int>(i);
      IdScope option(static_cast<int>(i));
      if (ImGui::Selectable(options[i].c_str(), selected)) { index = static_cast<int>(i); changed = true; }
      recordItem(ui, Role::Option, options[i], selected ? kSelected : kNone);
    }
    ImGui::EndCombo();
  }
  return changed;
}

}  // namespace koo::ui
