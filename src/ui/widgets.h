// Dear ImGui widgets that also report themselves to the semantics tree. Pages draw only through
// these (or call recordItem right after a raw ImGui item) so nothing on screen is invisible to
// the DOM mirror and to tests. src/ui/widget_gallery.cpp shows each of them in each state.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/i18n.h"
#include "semantics.h"

struct ImFont;

namespace koo::ui {

// Fonts the platform loaded; null members fall back to Dear ImGui's current font.
struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
};

// What every drawing function needs: where to report, and the fonts.
struct Ui {
  SemanticsTree& semantics;
  Fonts fonts;
};

// What a badge, toast or text says by its colour.
enum class Tone { Success, Warning, Neutral, Danger, Info };

// Scopes Dear ImGui's IDs of the items drawn while it lives (ImGui::PushID / PopID), so two
// items with the same label (two "Copy" buttons) differ without an ID suffix in the label.
class IdScope {
 public:
  explicit IdScope(std::string_view id);
  explicit IdScope(int id);
  ~IdScope();
  IdScope(const IdScope&) = delete;
  IdScope& operator=(const IdScope&) = delete;
};

// The Dear ImGui label of an item whose label is drawn apart (a field's, above it) or that has
// none (an icon button): "##" is ImGui's mark for a label not to draw. Its ID comes from an
// IdScope around it; its accessible name is given to recordItem. (An empty label would not do:
// its ID would be the scope's own.)
inline constexpr const char* kUndrawnLabel = "##item";

// Reports the last ImGui item with this role and accessible name, taken as given: its rectangle,
// focus and, for an interactive item, its ImGui ID come from ImGui; a plain text item has no ID
// and the tree derives one (see SemanticsTree::add).
void recordItem(Ui& ui, Role role, std::string_view name, std::uint32_t state = kNone,
                std::string_view value = {});
// recordItem under an id the caller knows, for an item whose last-item id is not its own (a
// multi-line text box ends in its child window's): the id must equal Dear ImGui's active id while
// it is edited, or the mirror replaces the element (and loses focus) when it becomes active.
void recordItemWithId(Ui& ui, std::uint32_t id, Role role, std::string_view name, std::uint32_t state = kNone,
                      std::string_view value = {});

bool button(Ui& ui, std::string_view label, bool disabled = false);
// A navigation entry drawn as a full-width selectable; `current` marks the active page.
bool navLink(Ui& ui, std::string_view label, bool current);
// Text that acts as a link (underlined on hover); returns true when clicked.
bool textLink(Ui& ui, std::string_view label);
void heading(Ui& ui, std::string_view text, int level = 1);
// Every text drawn goes through one of these (or is part of a widget's own node), so the tree
// holds all the words on screen. `state` marks e.g. the current breadcrumb.
void text(Ui& ui, std::string_view text, std::uint32_t state = kNone);
// Secondary text: hints, counts, explanations.
void mutedText(Ui& ui, std::string_view text);
// Text in its tone's colour: a warning, a problem to fix.
void toneText(Ui& ui, std::string_view text, Tone tone);

}  // namespace koo::ui
