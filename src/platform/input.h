// Translation of browser input events (as the JS input layer reports them) into Dear ImGui's IO.
#pragma once

#include <string_view>

#include "imgui.h"

namespace koo::platform {

// ImGuiKey for a KeyboardEvent.code ("KeyA", "Backspace", "ArrowLeft"...), ImGuiKey_None if unmapped.
ImGuiKey keyFromCode(std::string_view code);

}  // namespace koo::platform
