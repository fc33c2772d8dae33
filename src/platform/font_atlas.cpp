// Builds the font atlas for the pixel ratio and the Chinese characters in use (font_atlas.h).
#include "font_atlas.h"

#include <utility>

#include "core/text.h"
#include "imgui_internal.h"  // ImTextCharToUtf8

namespace koo::platform {

namespace {
constexpr float kBodySize = 15.0f;
constexpr float kHeadingSize = 21.0f;
[[maybe_unused]] constexpr float kFallbackSize = 13.0f;  // Dear ImGui's built-in font, when no body font loaded (native only)
// What the Latin fonts hold: Latin-1 and Latin Extended-A (every European language's letters), from Extended-B only
// Pinyin's tone marks and Romanian's comma-below letters, the spaces, dashes, quotes, bullets,
// ellipsis, per mille, primes and angle quotes of General Punctuation, the fraction slash, the
// currency signs up to ₿, the plain arrows and the comparison signs (≠ ≤ ≥): what sellers' texts
// and the console's own use beyond ASCII. The build cuts the Latin fonts to exactly these
// (make_latin_fonts.py).
constexpr ImWchar kTextRanges[] = {0x0020, 0x017F, 0x01CD, 0x01DC, 0x0218, 0x021B, 0x2000, 0x203A, 0x2044, 0x2044,
                                   0x20A0, 0x20BF, 0x2190, 0x2199, 0x2260, 0x2265, 0};
// What the atlas rasterises from the start, at both sizes: ASCII and the other characters of the
// console's own English texts (a test keeps them in step with the catalogue), the password mask's
// bullet, Dear ImGui's ellipsis and the live region's zero-width space. The rest of kTextRanges
// (a seller's "é", a "€") is added when first drawn, like a Chinese character: rasterising all of
// it cost a cold start some 30 ms of a 2-core machine's time, for glyphs most pages never draw.
constexpr ImWchar kStartRanges[] = {0x0020, 0x007E, 0x00A5, 0x00A5, 0x00B7, 0x00B7, 0x00D7, 0x00D7, 0x200B, 0x200B,
                                    0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026, 0};

bool inRanges(const ImWchar* ranges, char32_t c) {
  for (; ranges[0]; ranges += 2)
    if (c >= ranges[0] && c <= ranges[1]) return true;
  return false;
}

// The bold font draws only level-1 headings (a view's title, a product's name): ASCII and the
// dashes, quotes, bullets and ellipsis. Any other character of a heading comes from the body font,
// merged in at the heading's size, so the bold file is a third of the body's (make_latin_fonts.py
// cuts it to exactly these).
constexpr ImWchar kHeadingRanges[] = {0x0020, 0x007E, 0x2010, 0x2027, 0};
}  // namespace

bool FontAtlas::drawnFromStart(char32_t c) { return inRanges(kStartRanges, c); }

FontAtlas::FontAtlas(std::vector<unsigned char> body, std::vector<unsigned char> bold, std::vector<unsigned char> cjk)
    : body_(std::move(body)), bold_(std::move(bold)), cjk_(std::move(cjk)) {}

ImFont* FontAtlas::add(const std::vector<unsigned char>& bytes, float size, const ImFontConfig& config,
                       const ImWchar* ranges) {
  if (bytes.empty()) return nullptr;
  // The atlas does not own the bytes (FontDataOwnedByAtlas is off) and only reads them.
  auto* data = const_cast<unsigned char*>(bytes.data());
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), size * builtRatio_, &config,
                                                    ranges);
}

// Chinese glyphs merge into the font just added, limited to the characters seen, so the atlas
// stays small however large the font is; the fallback only adds what the subset lacks (Dear ImGui
// keeps the first source's glyph).
void FontAtlas::mergeCjk(float size, const ImFontConfig& config) {
  if (cjkGlyphs_.empty()) return;
  ImFontConfig merge = config;
  merge.MergeMode = true;
  for (auto* bytes : {&cjk_, &cjkFallback_}) {
    if (bytes->empty()) continue;
    ImGui::GetIO().Fonts->AddFontFromMemoryTTF(bytes->data(), static_cast<int>(bytes->size()), size * builtRatio_,
                                               &merge, cjkRanges_.Data);
  }
}

void FontAtlas::countBuiltCjkGlyphs() {
  builtCjkGlyphs_ = 0;
  if (!fonts_.body || cjk_.empty()) return;
  for (ImWchar c : cjkGlyphs_)
    if (fonts_.body->FindGlyphNoFallback(c)) ++builtCjkGlyphs_;
}

bool FontAtlas::prepare(float pixelRatio) {
  if (builtRatio_ == pixelRatio) return false;
  builtRatio_ = pixelRatio;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the atlas keeps the bytes for the next rebuild
  // Each glyph once, on whole pixels (as Dear ImGui's own font): half the rasterising of the
  // default 2x horizontal oversampling, which only serves text placed between pixels.
  config.OversampleH = 1;
  config.PixelSnapH = true;
  const auto singles = [](ImVector<ImWchar>& ranges, const std::set<ImWchar>& glyphs) {
    for (ImWchar c : glyphs) {
      ranges.push_back(c);
      ranges.push_back(c);
    }
  };
  textRanges_.clear();
  for (const ImWchar* r = kStartRanges; *r; ++r) textRanges_.push_back(*r);
  singles(textRanges_, latinGlyphs_);
  textRanges_.push_back(0);
  cjkRanges_.clear();
  singles(cjkRanges_, cjkGlyphs_);
  cjkRanges_.push_back(0);
  fonts_ = ui::Fonts{};
  fonts_.body = add(body_, kBodySize, config, textRanges_.Data);
  if (fonts_.body) mergeCjk(kBodySize, config);
  if (!bold_.empty()) {
    fonts_.heading = add(bold_, kHeadingSize, config, kHeadingRanges);
    ImFontConfig merge = config;
    merge.MergeMode = true;  // the body's glyphs only where bold has none (the first source's glyph stays)
    add(body_, kHeadingSize, merge, textRanges_.Data);
  } else {
    fonts_.heading = add(body_, kHeadingSize, config, textRanges_.Data);
  }
  if (fonts_.heading) mergeCjk(kHeadingSize, config);
#ifndef KOO_NO_BUILT_IN_FONT
  if (!fonts_.body) {
    ImFontConfig fallback;
    fallback.SizePixels = kFallbackSize * pixelRatio;
    fonts_.body = io.Fonts->AddFontDefault(&fallback);
  }
#endif  // the web modules have no built-in font: they start only with a body font (main.cpp)
  io.FontDefault = fonts_.body;
  io.FontGlobalScale = 1.0f / pixelRatio;
  io.Fonts->Build();
  countBuiltCjkGlyphs();
  return true;
}

bool FontAtlas::addGlyphsOf(std::string_view text) {
  bool addedLatin = false, addedCjk = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = nextCodePoint(text, i);
    if (c < 0x80 || drawnFromStart(c)) continue;
    // The atlas holds the Basic Multilingual Plane's CJK range (ImWchar is 16 bits).
    if (c >= 0x2E80 && c < 0xFFFD) {
      if (cjkGlyphs_.insert(static_cast<ImWchar>(c)).second) addedCjk = true;
    } else if (inRanges(kTextRanges, c) && latinGlyphs_.insert(static_cast<ImWchar>(c)).second) {
      addedLatin = true;  // the body font has it (others stay '?': no font of ours has them)
    }
  }
  if (!addedLatin && (!addedCjk || cjk_.empty())) return false;
  builtRatio_ = 0;  // rebuild the atlas on the next prepare
  return true;
}

std::string FontAtlas::learnedCharacters() const {
  std::string text;
  char utf8[5];
  for (const auto* glyphs : {&latinGlyphs_, &cjkGlyphs_})
    for (ImWchar c : *glyphs) text += ImTextCharToUtf8(utf8, c);
  return text;
}

int FontAtlas::takeFontRequest() {
  if (cjkGlyphs_.empty()) return 0;
  if (cjk_.empty()) {
    if (cjkFontRequested_) return 0;
    cjkFontRequested_ = true;
    return kCjkSlot;
  }
  // Only a build with the subset (builtRatio_ set) tells which characters it lacks.
  if (cjkFallbackRequested_ || builtRatio_ == 0 || missingCjkGlyphs() == 0 || !cjkFallback_.empty()) return 0;
  cjkFallbackRequested_ = true;
  return kCjkFallbackSlot;
}

void FontAtlas::setFont(int slot, std::vector<unsigned char> bytes) {
  (slot == kCjkFallbackSlot ? cjkFallback_ : cjk_) = std::move(bytes);
  if (!cjkGlyphs_.empty()) builtRatio_ = 0;
}

}  // namespace koo::platform
