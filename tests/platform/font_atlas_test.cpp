// The font atlas: rebuilt only for a new pixel ratio or new Chinese characters (when a Chinese
// font is loaded), with Dear ImGui's own font when no body font came.
#include "font_atlas.h"

#include <gtest/gtest.h>

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
  EXPECT_FALSE(atlas.takeCjkFontRequest());  // an English page never fetches it
  EXPECT_FALSE(atlas.addGlyphsOf("Purchased Apps — ¥12"));
  EXPECT_FALSE(atlas.takeCjkFontRequest());
  atlas.addGlyphsOf("华为云");
  EXPECT_TRUE(atlas.takeCjkFontRequest());
  EXPECT_FALSE(atlas.takeCjkFontRequest());  // one download, however many characters follow
  atlas.addGlyphsOf("订单");
  EXPECT_FALSE(atlas.takeCjkFontRequest());
  EXPECT_FALSE(atlas.prepare(1.0f));
  atlas.setCjkFont(kSomeFontBytes);
  EXPECT_TRUE(atlas.prepare(1.0f));  // rebuilt with every character seen meanwhile
  EXPECT_EQ(atlas.cjkGlyphs().size(), 5u);
  EXPECT_TRUE(atlas.addGlyphsOf("服务"));
}

TEST(FontAtlas, AChineseFontLoadedAtStartIsNeverAskedFor) {
  ImGuiContextScope context;
  FontAtlas atlas({}, {}, kSomeFontBytes);  // a Chinese locale: the loader fetched it up front
  atlas.addGlyphsOf("已购应用");
  EXPECT_FALSE(atlas.takeCjkFontRequest());
}

TEST(FontAtlas, AChineseFontBeforeAnyChineseTextNeedsNoRebuild) {
  ImGuiContextScope context;
  FontAtlas atlas({}, {}, {});
  EXPECT_TRUE(atlas.prepare(1.0f));
  atlas.setCjkFont(kSomeFontBytes);
  EXPECT_FALSE(atlas.prepare(1.0f));
}
