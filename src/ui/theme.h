// The console's look: light, dark and high-contrast palettes, the choice between them (the
// host's `theme`, else the browser's prefers-color-scheme; forced-colors picks high contrast),
// reduced motion, touch sizing and the responsive layout in force, applied to Dear ImGui's style.
#pragma once

#include <string_view>

#include "core/layout.h"
#include "imgui.h"

namespace koo::ui {
enum class Tone;  // widgets.h
}

namespace koo::ui::theme {

// Every colour the console draws with. tests/ui/theme_test.cpp checks each text, control and
// focus-ring pair of every palette against WCAG AA.
struct Palette {
  ImVec4 background;     // page
  ImVec4 surface;        // cards, tables, fields, buttons
  ImVec4 topBar;         // header
  ImVec4 topBarText;
  ImVec4 text;
  ImVec4 muted;          // secondary text, labels
  ImVec4 accent;         // marketplace red: current page, spinner
  ImVec4 link;
  ImVec4 navSelected;    // the current navigation entry's background
  ImVec4 hovered;        // a control under the pointer
  ImVec4 pressed;        // a control held down
  ImVec4 tableHeader;
  ImVec4 divider;        // table rules, panel borders (decorative)
  ImVec4 controlBorder;  // buttons' and fields' outline (WCAG 1.4.11: 3:1)
  ImVec4 focusRing;      // the keyboard focus ring: 3:1 against what it surrounds, or its halo is
  ImVec4 focusRingHalo;  // a thin line inside the ring, so it shows on the top bar too
  ImVec4 danger;
  ImVec4 dangerSurface;  // error panels
  ImVec4 success;
  ImVec4 warning;
  ImVec4 info;
  float badgeTint;       // alpha of a status badge's background in its tone's colour
};

enum class Scheme { Light, Dark, HighContrastLight, HighContrastDark };

const Palette& paletteOf(Scheme scheme);

// What the host and the browser ask for. The host's theme wins over prefers-color-scheme.
enum class HostTheme { System, Light, Dark };
HostTheme parseHostTheme(std::string_view name);  // "light", "dark"; anything else: System

struct Appearance {
  HostTheme hostTheme = HostTheme::System;
  bool prefersDark = false;    // prefers-color-scheme: dark
  bool forcedColors = false;   // forced-colors: active (Windows high contrast)
  bool reducedMotion = false;  // prefers-reduced-motion: reduce
  bool touch = false;          // the last pointer was a finger: 44 px targets
};

Scheme schemeFor(const Appearance& appearance);

// The appearance in force, for the whole console (one per module instance, like the locale).
void setAppearance(const Appearance& appearance);
const Appearance& appearance();
const Palette& palette();  // paletteOf(schemeFor(appearance()))
inline bool reducedMotion() { return appearance().reducedMotion; }

// The layout in force: ui reads it, the frame sets it from the console's width each frame.
void setLayout(const Layout& layout);
const Layout& layout();

inline constexpr float kTopBarHeight = 48.0f;
inline constexpr float kNavWidth = kSideNavigationWidth;

// Dear ImGui's style from the palette, spacing and touch sizing in force. Cheap: called each
// frame before anything is drawn, so a change of theme or input shows at once.
void apply(ImGuiStyle& style);

// The colour of a tone: Neutral is muted text.
ImVec4 toneColor(Tone tone);

}  // namespace koo::ui::theme
