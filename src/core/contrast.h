// WCAG 2.2 contrast: relative luminance of sRGB colours and the ratio between two, so the
// console's palettes are checked natively (tests/ui/theme_test.cpp) rather than by eye.
#pragma once

namespace koo {

// An sRGB colour, channels 0..1; alpha 1 is opaque.
struct Rgba {
  float r = 0, g = 0, b = 0, a = 1;
};

// WCAG's relative luminance (0 black .. 1 white) of an opaque colour.
double relativeLuminance(const Rgba& color);
// (lighter + 0.05) / (darker + 0.05): 1 .. 21. A translucent foreground is first laid over
// the background.
double contrastRatio(const Rgba& foreground, const Rgba& background);
// `over` with its alpha laid on an opaque `under`.
Rgba composite(const Rgba& over, const Rgba& under);

// WCAG AA's thresholds.
inline constexpr double kTextContrast = 4.5;        // 1.4.3, body text
inline constexpr double kLargeTextContrast = 3.0;   // 1.4.3, 18.66 px bold / 24 px text
inline constexpr double kNonTextContrast = 3.0;     // 1.4.11, control boundaries, focus ring

}  // namespace koo
