// Applies the console's colors and spacing to a Dear ImGui style; the tones' colors.
#include "theme.h"

#include "widgets.h"

namespace koo::ui::theme {

void apply(ImGuiStyle& style) {
  ImGui::StyleColorsLight(&style);
  style.WindowRounding = 0.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowBorderSize = 0.0f;
  style.FrameBorderSize = 1.0f;
  style.WindowPadding = ImVec2(16, 12);
  style.FramePadding = ImVec2(12, 6);
  style.ItemSpacing = ImVec2(10, 8);
  style.CellPadding = ImVec2(10, 8);

  ImVec4* colors = style.Colors;
  colors[ImGuiCol_WindowBg] = kBackground;
  colors[ImGuiCol_ChildBg] = kSurface;
  colors[ImGuiCol_PopupBg] = kSurface;
  colors[ImGuiCol_Text] = kText;
  colors[ImGuiCol_TextDisabled] = kMuted;
  colors[ImGuiCol_Border] = kBorder;
  colors[ImGuiCol_FrameBg] = kSurface;
  colors[ImGuiCol_Button] = kSurface;
  colors[ImGuiCol_ButtonHovered] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
  colors[ImGuiCol_ButtonActive] = ImVec4(0.92f, 0.93f, 0.95f, 1.0f);
  colors[ImGuiCol_Header] = kNavSelected;
  colors[ImGuiCol_HeaderHovered] = ImVec4(0.96f, 0.96f, 0.97f, 1.0f);
  colors[ImGuiCol_HeaderActive] = kNavSelected;
  colors[ImGuiCol_TableHeaderBg] = ImVec4(0.96f, 0.96f, 0.97f, 1.0f);
}

ImVec4 toneColor(Tone tone) {
  switch (tone) {
    case Tone::Success: return kSuccess;
    case Tone::Warning: return kWarning;
    case Tone::Danger: return kDanger;
    case Tone::Info: return kInfo;
    case Tone::Neutral: break;
  }
  return kMuted;
}

}  // namespace koo::ui::theme
