// The font atlas: rebuilt only for a new pixel ratio or new characters (other Latin ones, or
// Chinese ones when a Chinese font is loaded), with Dear ImGui's own font when no body font came;
// which Chinese font to fetch.
#include "font_atlas.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "core/i18n_catalogue.h"
#include "core/text.h"

using koo::platform::FontAtlas;

namespace {
struct ImGuiContextScope {
  ImGuiContextScope() { ImGui::CreateContext(); }
  ~ImGuiContextScope() { ImGui::DestroyContext(); }
};
const std::vector<unsigned char> kSomeFontBytes = {1, 2, 3};  // never rasterized by these tests
}  // namespace

TEST(FontAtlas, BuildsOncePerPixelRatioWithTheBuiltInFontAsFallback) {
  ImGuiContextScope context;
  FontAtlas atlas({}, {}, {});
  EXPECT_TRUE(atlas.prepare(2.0f));
  ASSERT_NE(atlas.fonts().body, nullptr);
  EXPECT_EQ(atlas.fonts().heading, nullptr);
  EXPECT_EQ(ImGui::GetIO().FontDefault, atlas.fonts().body);
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontGlobalScale, 0.5f);
  EXPECT_TRUE(ImGui::GetIO().Fonts->IsBuilt());
  EXPECT_FALSE(atlas.prepare(2.0f));
  EXPECT_TRUE(atlas.prepare(1.0f));  // zoom or another screen
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontGlobalScale, 1.0f);
}

TEST(FontAtlas, NewChineseCharactersAskForARebuild) {
  ImGuiContextScope context;
  FontAtlas atlas({}, {}, kSomeFontBytes);
  EXPECT_FALSE(atlas.addGlyphsOf("Purchased Apps — ¥12"));  // Latin, punctuation, currency: built in
  EXPECT_TRUE(atlas.addGlyphsOf("华为云 KooGallery"));
  EXPECT_EQ(atlas.cjkGlyphs(), (std::set<ImWchar>{0x534E, 0x4E3A, 0x4E91}));
  EXPECT_FALSE(atlas.addGlyphsOf("云为华"));  // seen already
  EXPECT_TRUE(atlas.addGlyphsOf("订单"));
  EXPECT_EQ(atlas.cjkGlyphs().size(), 5u);
}

TEST(FontAtlas, TheConsolesOwnEnglishTextsNeedNoRebuild) {
  for (const auto& entry : koo::embeddedCatalogueEn()) {
    for (std::size_t i = 0; i < entry.text.size();) {
      const char32_t c = koo::nextCodePoint(entry.text, i);
      if (c < 0x2E80) {  // the Chinese ones name the language in its menu
        EXPECT_TRUE(FontAtlas::drawnFromStart(c)) << entry.key << ": U+" << std::hex << unsigned(c);
      }
    }
  }
  ImGuiContextScope context;
  FontAtlas atlas({}, {}, {});
  // The texts the code puts together: a price, a renewal's period, a quantity, the password mask.
  EXPECT_FALSE(atlas.addGlyphsOf("\xC2\xA5" "12 \xC2\xB7 1 month \xC3\x97 2 \xE2\x80\xA2\xE2\x80\xA2 \xE2\x80\xA6"));
}

TEST(FontAtlas, OtherLatinCharactersAskForARebuildOnce) {
  ImGuiContextScope context;
  FontAtlas atlas({}, {}, {});
  EXPECT_TRUE(atlas.prepare(1.0f));
  EXPECT_TRUE(atlas.addGlyphsOf("Zo\xC3\xAB \xE2\x82\xAC"));  // Zoë €: a seller's name, a price
  EXPECT_EQ(atlas.latinGlyphs(), (std::set<ImWchar>{0x00EB, 0x20AC}));
  atlas.addGlyphsOf("\xE4\xBA\x91");  // 云: seen, not built (no Chinese font)
  EXPECT_EQ(atlas.learnedCharacters(), "\xC3\xAB\xE2\x82\xAC\xE4\xBA\x91");
  EXPECT_FALSE(atlas.addGlyphsOf("\xE2\x82\xAC Zo\xC3\xAB"));  // seen already
  EXPECT_FALSE(atlas.addGlyphsOf("\xC9\x90"));  // U+0250: no font of ours has it, it stays '?'
  EXPECT_TRUE(atlas.prepare(1.0f));
  EXPECT_FALSE(atlas.prepare(1.0f));
}

TEST(FontAtlas, WithoutAChineseFontNoRebuildIsAskedFor) {
  ImGuiContextScope context;
  FontAtlas atlas({}, {}, {});
  EXPECT_TRUE(atlas.prepare(1.0f));
  EXPECT_FALSE(atlas.addGlyphsOf("华为云"));
  EXPECT_FALSE(atlas.prepare(1.0f));
}

TEST(FontAtlas, TheChineseFontIsAskedForOnceTheFirstChineseCharacterAppears) {
  ImGuiContextScope context;
  FontAtlas atlas({}, {}, {});
  EXPECT_TRUE(atlas.prepare(1.0f));
  EXPECT_EQ(atlas.takeFontRequest(), 0);  // an English page never fetches it
  EXPECT_FALSE(atlas.addGlyphsOf("Purchased Apps — ¥12"));
  EXPECT_EQ(atlas.takeFontRequest(), 0);
  atlas.addGlyphsOf("华为云");
  EXPECT_EQ(atlas.takeFontRequest(), FontAtlas::kCjkSlot);
  EXPECT_EQ(atlas.takeFontRequest(), 0);  // one download, however many characters follow
  atlas.addGlyphsOf("订单");
  EXPECT_EQ(atlas.takeFontRequest(), 0);
  EXPECT_FALSE(atlas.prepare(1.0f));
  atlas.setFont(FontAtlas::kCjkSlot, kSomeFontBytes);
  EXPECT_TRUE(atlas.prepare(1.0f));  // rebuilt with every character seen meanwhile
  EXPECT_EQ(atlas.cjkGlyphs().size(), 5u);
  EXPECT_TRUE(atlas.addGlyphsOf("服务"));
}

TEST(FontAtlas, AChineseFontLoadedAtStartIsNeverAskedFor) {
  ImGuiContextScope context;
  FontAtlas atlas({}, {}, kSomeFontBytes);  // a Chinese locale: the loader fetched it up front
  atlas.addGlyphsOf("已购应用");
  EXPECT_EQ(atlas.takeFontRequest(), 0);
}

TEST(FontAtlas, AChineseFontBeforeAnyChineseTextNeedsNoRebuild) {
  ImGuiContextScope context;
  FontAtlas atlas({}, {}, {});
  EXPECT_TRUE(atlas.prepare(1.0f));
  atlas.setFont(FontAtlas::kCjkSlot, kSomeFontBytes);
  EXPECT_FALSE(atlas.prepare(1.0f));
}

// Real fonts from Debian's packages: Noto Sans has no hanzi, so as the "Chinese font" it stands
// for a subset lacking the characters; Noto Sans CJK has them all.
std::vector<unsigned char> readFont(const char* path) {
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  std::vector<unsigned char> bytes(static_cast<std::size_t>(std::max<std::streamoff>(0, file.tellg())));
  file.seekg(0);
  file.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  return bytes;
}

TEST(FontAtlas, CharactersTheChineseFontLacksFetchTheFallbackOnce) {
  ImGuiContextScope context;
  const auto latin = readFont(KOO_LATIN_FONT);
  ASSERT_FALSE(latin.empty());
  FontAtlas atlas(latin, {}, latin);
  atlas.addGlyphsOf("陈喆");
  EXPECT_TRUE(atlas.prepare(1.0f));
  EXPECT_EQ(atlas.builtCjkGlyphs(), 0u);
  EXPECT_EQ(atlas.missingCjkGlyphs(), 2u);
  EXPECT_EQ(atlas.takeFontRequest(), FontAtlas::kCjkFallbackSlot);
  EXPECT_EQ(atlas.takeFontRequest(), 0);

  atlas.setFont(FontAtlas::kCjkFallbackSlot, readFont(KOO_CJK_FONT));
  EXPECT_TRUE(atlas.prepare(1.0f));
  EXPECT_EQ(atlas.builtCjkGlyphs(), 2u);
  EXPECT_EQ(atlas.missingCjkGlyphs(), 0u);
  EXPECT_NE(atlas.fonts().body->FindGlyphNoFallback(0x5586), nullptr);  // 喆, outside GB2312
}

TEST(FontAtlas, ALatinCharacterIsRasterisedOnceSeen) {
  ImGuiContextScope context;
  FontAtlas atlas(readFont(KOO_LATIN_FONT), {}, {});
  EXPECT_TRUE(atlas.prepare(1.0f));
  EXPECT_NE(atlas.fonts().body->FindGlyphNoFallback(0x00A5), nullptr);  // ¥, from the start
  EXPECT_EQ(atlas.fonts().body->FindGlyphNoFallback(0x00E9), nullptr);  // é, not yet
  EXPECT_TRUE(atlas.addGlyphsOf("Caf\xC3\xA9"));
  EXPECT_TRUE(atlas.prepare(1.0f));
  EXPECT_NE(atlas.fonts().body->FindGlyphNoFallback(0x00E9), nullptr);
}

TEST(FontAtlas, NoFallbackWhenTheChineseFontHasEveryCharacter) {
  ImGuiContextScope context;
  FontAtlas atlas(readFont(KOO_LATIN_FONT), {}, readFont(KOO_CJK_FONT));
  atlas.addGlyphsOf("陈静");
  EXPECT_TRUE(atlas.prepare(1.0f));
  EXPECT_EQ(atlas.builtCjkGlyphs(), 2u);
  EXPECT_EQ(atlas.takeFontRequest(), 0);
}
