// Dear ImGui widgets that also report themselves to the semantics tree. Pages draw only through
// these (or call recordItem right after a raw ImGui item) so nothing on screen is invisible to
// the DOM mirror and to tests.
#pragma once

#include <cstdint>
#include <string_view>

#include "semantics.h"

struct ImFont;

namespace koo::ui {

// Fonts the platform loaded; null members fall back to Dear ImGui's current font.
struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  ImFont* small = nullptr;
};

// What every drawing function needs: where to report, and the fonts.
struct Ui {
  SemanticsTree& semantics;
  Fonts fonts;
};

// Reports the last ImGui item with this role and name (its rectangle and ID come from ImGui).
void recordItem(Ui& ui, Role role, std::string_view name, std::uint32_t state = kNone,
                 std::string_view value = {});

bool button(Ui& ui, std::string_view label, bool disabled = false);
// A navigation entry drawn as a full-width selectable; `current` marks the active page.
bool navLink(Ui& ui, std::string_view label, bool current);
// Text that acts as a link (underlined on hover); returns true when clicked.
bool textLink(Ui& ui, std::string_view label);
void heading(Ui& ui, std::string_view text, int level = 1);
void text(Ui& ui, std::string_view text);
void mutedText(Ui& ui, std::string_view text);

}  // namespace koo::ui
