// Every palette against WCAG AA: texts 4.5:1 on each surface they are drawn on, control outlines
// and the focus ring 3:1; and which palette the host's theme and the browser's media queries pick.
// The ratios are printed, for docs/responsive-and-themes.md.
#include "theme.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "core/contrast.h"
#include "widgets.h"

using namespace koo;
using namespace koo::ui;
using namespace koo::ui::theme;

namespace {
Rgba rgba(const ImVec4& c) { return Rgba{c.x, c.y, c.z, c.w}; }

const char* schemeName(Scheme scheme) {
  switch (scheme) {
    case Scheme::Light: return "light";
    case Scheme::Dark: return "dark";
    case Scheme::HighContrastLight: return "high-contrast-light";
    case Scheme::HighContrastDark: return "high-contrast-dark";
  }
  return "?";
}

struct Pair {
  std::string what;
  ImVec4 foreground, background;
  double needed;
};

// Each pair the console draws: which text or outline lies on which surface.
std::vector<Pair> pairsOf(const Palette& p) {
  std::vector<Pair> pairs;
  const auto add = [&](const std::string& what, const ImVec4& fg, const ImVec4& bg, double needed) {
    pairs.push_back({what, fg, bg, needed});
  };
  for (const auto& [name, surface] : {std::pair{"background", p.background}, {"surface", p.surface},
                                      {"table header", p.tableHeader}, {"hovered", p.hovered},
                                      {"pressed", p.pressed}, {"nav selected", p.navSelected},
                                      {"danger surface", p.dangerSurface}}) {
    add(std::string("text on ") + name, p.text, surface, kTextContrast);
  }
  add("muted on background", p.muted, p.background, kTextContrast);
  add("muted on surface", p.muted, p.surface, kTextContrast);
  add("muted on table header", p.muted, p.tableHeader, kTextContrast);
  add("accent (current page) on surface", p.accent, p.surface, kTextContrast);
  add("accent on nav selected", p.accent, p.navSelected, kTextContrast);
  add("accent on hovered", p.accent, p.hovered, kTextContrast);
  add("link on background", p.link, p.background, kTextContrast);
  add("link on surface", p.link, p.surface, kTextContrast);
  add("top bar text on top bar", p.topBarText, p.topBar, kTextContrast);
  add("danger on surface", p.danger, p.surface, kTextContrast);
  add("danger on danger surface", p.danger, p.dangerSurface, kTextContrast);
  add("danger on background", p.danger, p.background, kTextContrast);
  for (const auto& [name, tone] : {std::pair{"success", p.success}, {"warning", p.warning}, {"danger", p.danger},
                                   {"info", p.info}, {"muted", p.muted}}) {
    for (const auto& [where, surface] : {std::pair{"surface", p.surface}, {"background", p.background}}) {
      const ImVec4 tint(tone.x, tone.y, tone.z, p.badgeTint);
      const Rgba badge = composite(rgba(tint), rgba(surface));
      add(std::string(name) + " badge on " + where, tone, ImVec4(badge.r, badge.g, badge.b, 1), kTextContrast);
      add(std::string(name) + " text on " + where, tone, surface, kTextContrast);
    }
  }
  add("control border on surface", p.controlBorder, p.surface, kNonTextContrast);
  add("control border on background", p.controlBorder, p.background, kNonTextContrast);
  return pairs;
}

// The ring is two lines: the ring's colour outside, its halo inside. Around a control on `under`
// one of them must reach 3:1, and the two against each other too.
double focusRingContrast(const Palette& p, const ImVec4& under) {
  return std::max(contrastRatio(rgba(p.focusRing), rgba(under)), contrastRatio(rgba(p.focusRingHalo), rgba(under)));
}

constexpr Scheme kSchemes[] = {Scheme::Light, Scheme::Dark, Scheme::HighContrastLight, Scheme::HighContrastDark};
}  // namespace

TEST(ThemePalettes, TextsAndControlsMeetWcagAA) {
  for (Scheme scheme : kSchemes) {
    const Palette& p = paletteOf(scheme);
    double lowest = 99;
    for (const Pair& pair : pairsOf(p)) {
      const double ratio = contrastRatio(rgba(pair.foreground), rgba(pair.background));
      lowest = std::min(lowest, ratio);
      EXPECT_GE(ratio, pair.needed) << schemeName(scheme) << ": " << pair.what << " is " << ratio << ":1";
      std::printf("%-20s %-36s %5.2f:1 (needs %.1f)\n", schemeName(scheme), pair.what.c_str(), ratio, pair.needed);
    }
    std::printf("%-20s lowest %.2f:1\n", schemeName(scheme), lowest);
  }
}

TEST(ThemePalettes, FocusRingShowsOnEverySurface) {
  for (Scheme scheme : kSchemes) {
    const Palette& p = paletteOf(scheme);
    EXPECT_GE(contrastRatio(rgba(p.focusRing), rgba(p.focusRingHalo)), kNonTextContrast) << schemeName(scheme);
    for (const auto& [name, under] : {std::pair{"background", p.background}, {"surface", p.surface},
                                      {"top bar", p.topBar}, {"nav selected", p.navSelected},
                                      {"table header", p.tableHeader}, {"danger surface", p.dangerSurface},
                                      {"hovered", p.hovered}}) {
      const double ratio = focusRingContrast(p, under);
      EXPECT_GE(ratio, kNonTextContrast) << schemeName(scheme) << ": focus ring on " << name;
      std::printf("%-20s focus ring on %-16s %5.2f:1\n", schemeName(scheme), name, ratio);
    }
  }
}

TEST(ThemePalettes, DarkPaletteIsDark) {
  EXPECT_LT(relativeLuminance(rgba(paletteOf(Scheme::Dark).background)), 0.02);
  EXPECT_GT(relativeLuminance(rgba(paletteOf(Scheme::Light).background)), 0.85);
}

TEST(ThemeChoice, HostThemeWinsOverTheBrowsersScheme) {
  EXPECT_EQ(schemeFor({.hostTheme = HostTheme::System, .prefersDark = false}), Scheme::Light);
  EXPECT_EQ(schemeFor({.hostTheme = HostTheme::System, .prefersDark = true}), Scheme::Dark);
  EXPECT_EQ(schemeFor({.hostTheme = HostTheme::Light, .prefersDark = true}), Scheme::Light);
  EXPECT_EQ(schemeFor({.hostTheme = HostTheme::Dark, .prefersDark = false}), Scheme::Dark);
  EXPECT_EQ(schemeFor({.hostTheme = HostTheme::Dark, .forcedColors = true}), Scheme::HighContrastDark);
  EXPECT_EQ(schemeFor({.hostTheme = HostTheme::System, .forcedColors = true}), Scheme::HighContrastLight);
}

TEST(ThemeChoice, HostThemeNames) {
  EXPECT_EQ(parseHostTheme("dark"), HostTheme::Dark);
  EXPECT_EQ(parseHostTheme("Light"), HostTheme::Light);
  EXPECT_EQ(parseHostTheme(""), HostTheme::System);
  EXPECT_EQ(parseHostTheme("auto"), HostTheme::System);
  EXPECT_EQ(parseHostTheme("purple"), HostTheme::System);
}

TEST(ThemeChoice, AppliedStyleFollowsTheAppearance) {
  ImGui::CreateContext();
  setAppearance({.hostTheme = HostTheme::Dark});
  apply(ImGui::GetStyle());
  EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x, paletteOf(Scheme::Dark).background.x);
  setAppearance({});
  apply(ImGui::GetStyle());
  EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x, paletteOf(Scheme::Light).background.x);
  ImGui::DestroyContext();
}
