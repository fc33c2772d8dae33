// WCAG relative luminance and contrast ratio (contrast.h).
#include "contrast.h"

#include <algorithm>
#include <cmath>

namespace koo {
namespace {
double linear(float channel) {
  const double c = std::clamp(static_cast<double>(channel), 0.0, 1.0);
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
}  // namespace

double relativeLuminance(const Rgba& color) {
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

Rgba composite(const Rgba& over, const Rgba& under) {
  const float a = std::clamp(over.a, 0.0f, 1.0f);
  return Rgba{over.r * a + under.r * (1 - a), over.g * a + under.g * (1 - a), over.b * a + under.b * (1 - a), 1};
}

double contrastRatio(const Rgba& foreground, const Rgba& background) {
  const double fg = relativeLuminance(composite(foreground, background));
  const double bg = relativeLuminance(background);
  return (std::max(fg, bg) + 0.05) / (std::min(fg, bg) + 0.05);
}

}  // namespace koo
