// Browser names to and from Dear ImGui's: KeyboardEvent.code in (keys), CSS cursors out. Plain
// ImGui, so the tables are tested natively.
#pragma once

#include <string_view>

#include "imgui.h"

namespace koo::platform {

// ImGuiKey for a KeyboardEvent.code ("KeyA", "Backspace", "ArrowLeft"...), ImGuiKey_None if unmapped.
ImGuiKey keyFromCode(std::string_view code);

// The CSS cursor keyword for Dear ImGui's cursor ("none" for ImGuiMouseCursor_None, "default"
// for any it does not know). Mapped by name, so the order of ImGuiMouseCursor_ does not matter.
const char* cssCursor(ImGuiMouseCursor cursor);

}  // namespace koo::platform
