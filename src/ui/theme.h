// The console's look: colors and spacing of a light web console, applied to Dear ImGui's style.
#pragma once

#include "imgui.h"

namespace koo::ui {
enum class Tone;  // widgets.h
}

namespace koo::ui::theme {

inline constexpr ImVec4 kBackground{0.957f, 0.961f, 0.969f, 1.0f};  // page gray
inline constexpr ImVec4 kSurface{1.0f, 1.0f, 1.0f, 1.0f};          // cards, content
inline constexpr ImVec4 kTopBar{0.145f, 0.169f, 0.227f, 1.0f};     // dark header
inline constexpr ImVec4 kTopBarText{0.92f, 0.93f, 0.95f, 1.0f};
inline constexpr ImVec4 kText{0.145f, 0.169f, 0.227f, 1.0f};
inline constexpr ImVec4 kMuted{0.45f, 0.48f, 0.54f, 1.0f};
inline constexpr ImVec4 kAccent{0.80f, 0.10f, 0.14f, 1.0f};        // marketplace red
inline constexpr ImVec4 kLink{0.03f, 0.42f, 0.85f, 1.0f};
inline constexpr ImVec4 kNavSelected{0.99f, 0.93f, 0.93f, 1.0f};
inline constexpr ImVec4 kBorder{0.87f, 0.88f, 0.90f, 1.0f};
inline constexpr ImVec4 kDanger{0.80f, 0.15f, 0.15f, 1.0f};
inline constexpr ImVec4 kDangerSurface{0.99f, 0.95f, 0.95f, 1.0f};  // error panels
inline constexpr ImVec4 kSuccess{0.12f, 0.55f, 0.28f, 1.0f};
inline constexpr ImVec4 kWarning{0.80f, 0.47f, 0.05f, 1.0f};
inline constexpr ImVec4 kInfo{0.03f, 0.42f, 0.85f, 1.0f};

inline constexpr float kTopBarHeight = 48.0f;
inline constexpr float kNavWidth = 220.0f;

void apply(ImGuiStyle& style);

// The colour of a tone: Neutral is muted text.
ImVec4 toneColor(Tone tone);

}  // namespace koo::ui::theme
