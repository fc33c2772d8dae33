// The palettes, the choice between them, and their application to Dear ImGui's style.
#include "theme.h"

#include <cmath>

#include "core/text.h"
#include "widgets.h"

namespace koo::ui::theme {
namespace {
constexpr ImVec4 rgb(unsigned hex) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xff) / 255.0f, static_cast<float>((hex >> 8) & 0xff) / 255.0f,
                static_cast<float>(hex & 0xff) / 255.0f, 1.0f);
}

// The ratios each pair reaches are printed by tests/ui/theme_test.cpp (docs/responsive-and-themes.md).
// Light: the marketplace console as it always looked, with darker secondary texts and outlines for AA.
constexpr Palette kLight{
    .background = rgb(0xf4f5f7),
    .surface = rgb(0xffffff),
    .topBar = rgb(0x252b3a),
    .topBarText = rgb(0xebedf2),
    .text = rgb(0x252b3a),
    .muted = rgb(0x5f6672),
    .accent = rgb(0xc7000b),
    .link = rgb(0x0759b8),
    .navSelected = rgb(0xfdeeee),
    .hovered = rgb(0xf2f3f5),
    .pressed = rgb(0xe6e8ec),
    .tableHeader = rgb(0xf4f5f7),
    .divider = rgb(0xdde0e5),
    .controlBorder = rgb(0x838a96),
    .focusRing = rgb(0x1a5fd0),
    .focusRingHalo = rgb(0xffffff),
    .danger = rgb(0xb81a1a),
    .dangerSurface = rgb(0xfdf2f2),
    .success = rgb(0x16713a),
    .warning = rgb(0x8f5300),
    .info = rgb(0x0759b8),
    .badgeTint = 0.12f};
// Dark: a dark gray page, lighter cards, the red and the tones lightened for dark backgrounds.
constexpr Palette kDark{
    .background = rgb(0x15171c),
    .surface = rgb(0x1e2128),
    .topBar = rgb(0x0c0e12),
    .topBarText = rgb(0xe8eaef),
    .text = rgb(0xe6e8ec),
    .muted = rgb(0xa4abb8),
    .accent = rgb(0xff7a7f),
    .link = rgb(0x79b8ff),
    .navSelected = rgb(0x3a2328),
    .hovered = rgb(0x2a2e37),
    .pressed = rgb(0x343944),
    .tableHeader = rgb(0x252932),
    .divider = rgb(0x343944),
    .controlBorder = rgb(0x7f8898),
    .focusRing = rgb(0xffcf4d),
    .focusRingHalo = rgb(0x000000),
    .danger = rgb(0xff8a8a),
    .dangerSurface = rgb(0x33191c),
    .success = rgb(0x5fd38d),
    .warning = rgb(0xf0b54a),
    .info = rgb(0x79b8ff),
    .badgeTint = 0.16f};
// High contrast (forced-colors) on a light scheme: black on white, blue links and focus.
constexpr Palette kHighContrastLight{
    .background = rgb(0xffffff),
    .surface = rgb(0xffffff),
    .topBar = rgb(0x000000),
    .topBarText = rgb(0xffffff),
    .text = rgb(0x000000),
    .muted = rgb(0x262626),
    .accent = rgb(0xa00000),
    .link = rgb(0x0000c8),
    .navSelected = rgb(0xe0e0ff),
    .hovered = rgb(0xe6e6e6),
    .pressed = rgb(0xcccccc),
    .tableHeader = rgb(0xf0f0f0),
    .divider = rgb(0x000000),
    .controlBorder = rgb(0x000000),
    .focusRing = rgb(0x0000c8),
    .focusRingHalo = rgb(0xffffff),
    .danger = rgb(0xa00000),
    .dangerSurface = rgb(0xffffff),
    .success = rgb(0x005a1e),
    .warning = rgb(0x6b3d00),
    .info = rgb(0x0000c8),
    .badgeTint = 0.1f};
// High contrast (forced-colors) on a dark scheme: white on black, yellow links, cyan focus.
constexpr Palette kHighContrastDark{
    .background = rgb(0x000000),
    .surface = rgb(0x000000),
    .topBar = rgb(0x000000),
    .topBarText = rgb(0xffffff),
    .text = rgb(0xffffff),
    .muted = rgb(0xe0e0e0),
    .accent = rgb(0xffff00),
    .link = rgb(0xffff00),
    .navSelected = rgb(0x1f1f66),
    .hovered = rgb(0x1a1a1a),
    .pressed = rgb(0x333333),
    .tableHeader = rgb(0x101010),
    .divider = rgb(0xffffff),
    .controlBorder = rgb(0xffffff),
    .focusRing = rgb(0x00ffff),
    .focusRingHalo = rgb(0x000000),
    .danger = rgb(0xff8080),
    .dangerSurface = rgb(0x000000),
    .success = rgb(0x80ff80),
    .warning = rgb(0xffd060),
    .info = rgb(0x80d0ff),
    .badgeTint = 0.2f};

Appearance current;
Layout currentLayout;
}  // namespace

const Palette& paletteOf(Scheme scheme) {
  switch (scheme) {
    case Scheme::Light: return kLight;
    case Scheme::Dark: return kDark;
    case Scheme::HighContrastLight: return kHighContrastLight;
    case Scheme::HighContrastDark: return kHighContrastDark;
  }
  return kLight;
}

HostTheme parseHostTheme(std::string_view name) {
  if (equalsIgnoringAsciiCase(name, "light")) return HostTheme::Light;
  if (equalsIgnoringAsciiCase(name, "dark")) return HostTheme::Dark;
  return HostTheme::System;
}

Scheme schemeFor(const Appearance& appearance) {
  const bool dark = appearance.hostTheme == HostTheme::System ? appearance.prefersDark
                                                                : appearance.hostTheme == HostTheme::Dark;
  if (appearance.forcedColors) return dark ? Scheme::HighContrastDark : Scheme::HighContrastLight;
  return dark ? Scheme::Dark : Scheme::Light;
}

void setAppearance(const Appearance& appearance) { current = appearance; }
const Appearance& appearance() { return current; }
const Palette& palette() { return paletteOf(schemeFor(current)); }

void setLayout(const Layout& layout) { currentLayout = layout; }
const Layout& layout() { return currentLayout; }

void apply(ImGuiStyle& style) {
  const Palette& p = palette();
  style = ImGuiStyle();
  style.WindowRounding = 0.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowBorderSize = 0.0f;
  style.PopupBorderSize = 1.0f;
  style.FrameBorderSize = 1.0f;
  style.WindowPadding = ImVec2(16, 12);
  style.FramePadding = ImVec2(12, 6);
  style.ItemSpacing = ImVec2(10, 8);
  style.CellPadding = ImVec2(10, 8);
  style.ScrollbarSize = 14.0f;
  // A finger needs 44 px: controls grow to it (around the font's height), and so does the spacing.
  const float minTarget = currentLayout.minTarget;
  if (minTarget > 0) {
    const float fontSize = ImGui::GetCurrentContext() && ImGui::GetFontSize() > 0 ? ImGui::GetFontSize() : 15.0f;
    style.FramePadding.y = std::ceil((minTarget - fontSize) / 2);
    style.ItemSpacing.y = 10.0f;
    style.ScrollbarSize = 20.0f;
  }

  ImGui::StyleColorsLight(&style);
  ImVec4* colors = style.Colors;
  colors[ImGuiCol_WindowBg] = p.background;
  colors[ImGuiCol_ChildBg] = p.surface;
  colors[ImGuiCol_PopupBg] = p.surface;
  colors[ImGuiCol_Text] = p.text;
  colors[ImGuiCol_TextDisabled] = p.muted;
  colors[ImGuiCol_Border] = p.controlBorder;
  colors[ImGuiCol_Separator] = p.divider;
  colors[ImGuiCol_FrameBg] = p.surface;
  colors[ImGuiCol_FrameBgHovered] = p.surface;
  colors[ImGuiCol_FrameBgActive] = p.surface;
  colors[ImGuiCol_Button] = p.surface;
  colors[ImGuiCol_ButtonHovered] = p.hovered;
  colors[ImGuiCol_ButtonActive] = p.pressed;
  colors[ImGuiCol_Header] = p.navSelected;
  colors[ImGuiCol_HeaderHovered] = p.hovered;
  colors[ImGuiCol_HeaderActive] = p.navSelected;
  colors[ImGuiCol_TableHeaderBg] = p.tableHeader;
  colors[ImGuiCol_TableRowBg] = p.surface;
  colors[ImGuiCol_TableRowBgAlt] = p.surface;
  colors[ImGuiCol_TableBorderLight] = p.divider;
  colors[ImGuiCol_TableBorderStrong] = p.divider;
  colors[ImGuiCol_ScrollbarBg] = p.background;
  colors[ImGuiCol_ScrollbarGrab] = p.controlBorder;
  colors[ImGuiCol_ScrollbarGrabHovered] = p.muted;
  colors[ImGuiCol_ScrollbarGrabActive] = p.text;
  colors[ImGuiCol_CheckMark] = p.text;
  colors[ImGuiCol_TextSelectedBg] = ImVec4(p.focusRing.x, p.focusRing.y, p.focusRing.z, 0.35f);
  colors[ImGuiCol_NavHighlight] = p.focusRing;
  colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.45f);
}

ImVec4 toneColor(Tone tone) {
  const Palette& p = palette();
  switch (tone) {
    case Tone::Success: return p.success;
    case Tone::Warning: return p.warning;
    case Tone::Danger: return p.danger;
    case Tone::Info: return p.info;
    case Tone::Neutral: break;
  }
  return p.muted;
}

}  // namespace koo::ui::theme
