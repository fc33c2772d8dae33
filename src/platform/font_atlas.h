// The console's fonts in Dear ImGui's atlas: body and heading faces rasterized for the device
// pixel ratio, from the start with the console's own characters, then with the other Latin and
// the Chinese characters seen so far (the Chinese ones from a Chinese font that comes when first
// needed). Owns all of its state.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "widgets.h"

namespace koo::platform {

class FontAtlas {
 public:
  // The loader's font files (any may be empty: the body falls back to Dear ImGui's own font; the
  // Chinese one is usually fetched later, see needsCjkFont).
  FontAtlas(std::vector<unsigned char> body, std::vector<unsigned char> bold, std::vector<unsigned char> cjk);
  FontAtlas(const FontAtlas&) = delete;
  FontAtlas& operator=(const FontAtlas&) = delete;

  // Builds Dear ImGui's atlas when the ratio changed or new characters came; true when it did
  // (the renderer must then upload the texture again).
  bool prepare(float pixelRatio);
  // Notes the characters in `text` the atlas was not built with; true when some are new and a
  // font has them: a Latin one, or a Chinese one with a Chinese font loaded (the next prepare
  // rebuilds the atlas; until then they show as '?').
  bool addGlyphsOf(std::string_view text);
  // True for the characters every build holds (ASCII, the console's own English texts).
  static bool drawnFromStart(char32_t c);
  // The font slot the page should fetch now, each at most once (0: none): kCjkSlot once Chinese
  // characters were seen and there is no Chinese font, kCjkFallbackSlot once a build lacked some
  // of them (characters outside the subset).
  int takeFontRequest();
  // A Chinese font (kCjkSlot or kCjkFallbackSlot) arrived: the next prepare rebuilds the atlas.
  void setFont(int slot, std::vector<unsigned char> bytes);

  static constexpr int kCjkSlot = 2;
  static constexpr int kCjkFallbackSlot = 3;

  const ui::Fonts& fonts() const { return fonts_; }
  const std::set<ImWchar>& cjkGlyphs() const { return cjkGlyphs_; }
  const std::set<ImWchar>& latinGlyphs() const { return latinGlyphs_; }
  // The characters learned from texts (latinGlyphs, then cjkGlyphs) as UTF-8: diagnostics and tests.
  std::string learnedCharacters() const;
  // How many Chinese characters the last build holds, and how many seen ones it lacked.
  std::size_t builtCjkGlyphs() const { return builtCjkGlyphs_; }
  std::size_t missingCjkGlyphs() const { return cjkGlyphs_.size() - builtCjkGlyphs_; }

 private:
  ImFont* add(const std::vector<unsigned char>& bytes, float size, const ImFontConfig& config, const ImWchar* ranges);
  void mergeCjk(float size, const ImFontConfig& config);
  void countBuiltCjkGlyphs();

  std::vector<unsigned char> body_, bold_, cjk_, cjkFallback_;
  std::set<ImWchar> latinGlyphs_;  // the other Latin characters drawn so far (beyond the start's)
  std::set<ImWchar> cjkGlyphs_;    // the Chinese characters drawn so far: the atlas holds only these
  // The glyph ranges of the last build (the start's and latinGlyphs_; cjkGlyphs_), alive while
  // Dear ImGui builds from them.
  ImVector<ImWchar> textRanges_, cjkRanges_;
  float builtRatio_ = 0;           // 0: build on the next prepare
  bool cjkFontRequested_ = false, cjkFallbackRequested_ = false;
  std::size_t builtCjkGlyphs_ = 0;
  ui::Fonts fonts_;
};

}  // namespace koo::platform
