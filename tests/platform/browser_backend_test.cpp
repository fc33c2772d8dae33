// The Dear ImGui browser backend against a recording page: events become ImGui input, the frame
// gets its size, scale and a positive time step, and the cursor and copied text go to the page.
#include "browser_backend.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "imgui_internal.h"

namespace {
// The page's side of the bridge, recording what the backend sends it.
std::vector<std::string> cursorsSet;
std::vector<std::string> textsCopied;
struct TextInputCall {
  unsigned int field;
  int start, end;
};
std::vector<TextInputCall> textInputs;
}  // namespace

extern "C" {
void koo_js_set_cursor(const char* css_cursor) { cursorsSet.emplace_back(css_cursor); }
void koo_js_copy_text(const char* text) { textsCopied.emplace_back(text); }
void koo_js_text_input(unsigned int field, int start, int end) { textInputs.push_back({field, start, end}); }
}

using koo::platform::BrowserBackend;

namespace {
// A Dear ImGui context with its font atlas built (there is no renderer to upload it).
struct ImGuiContextScope {
  ImGuiContextScope() {
    ImGui::CreateContext();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  }
  ~ImGuiContextScope() { ImGui::DestroyContext(); }
};

class BrowserBackendTest : public ::testing::Test {
 protected:
  BrowserBackendTest() {
    cursorsSet.clear();
    textsCopied.clear();
    textInputs.clear();
  }

  // One frame at `nowMs` with nothing drawn: Dear ImGui takes the queued input it can.
  void frame(double nowMs) {
    backend.newFrame(nowMs);
    ImGui::NewFrame();
    ImGui::Render();
  }
  const ImVector<ImGuiInputEvent>& queue() const { return ImGui::GetCurrentContext()->InputEventsQueue; }

  ImGuiContextScope context;
  BrowserBackend backend;  // after the context: it sets up that context's IO
};
}  // namespace

TEST_F(BrowserBackendTest, SetsUpDearImGuiForTheBrowser) {
  const ImGuiIO& io = ImGui::GetIO();
  EXPECT_STREQ(io.BackendPlatformName, "koo_browser");
  EXPECT_TRUE(io.BackendFlags & ImGuiBackendFlags_HasMouseCursors);
  EXPECT_EQ(io.IniFilename, nullptr);
  EXPECT_TRUE(io.ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard);
  ImGui::SetClipboardText("ORD-20250101-0001");
  EXPECT_EQ(textsCopied, std::vector<std::string>{"ORD-20250101-0001"});
}

TEST_F(BrowserBackendTest, FramesGetTheSizeTheScaleAndAPositiveTimeStep) {
  backend.resize(1024, 700, 2);
  frame(1000);
  const ImGuiIO& io = ImGui::GetIO();
  EXPECT_EQ(io.DisplaySize.x, 1024);
  EXPECT_EQ(io.DisplaySize.y, 700);
  EXPECT_EQ(io.DisplayFramebufferScale.x, 2);
  EXPECT_FLOAT_EQ(io.DeltaTime, 0.1f);  // long idle: clamped
  frame(1000);                          // a frozen clock (headless virtual time)
  EXPECT_GT(io.DeltaTime, 0.0f);
  frame(1016);
  EXPECT_NEAR(io.DeltaTime, 0.016f, 1e-4);
  backend.resize(800, 600, 0);  // no ratio reported: 1
  EXPECT_EQ(backend.pixelRatio(), 1);
}

TEST_F(BrowserBackendTest, PointerEventsBecomeMouseInput) {
  backend.pointerMove(40, 50);
  backend.pointerButton(0, true);
  backend.pointerButton(ImGuiMouseButton_COUNT, true);  // a button Dear ImGui does not have
  backend.wheel(0, -2);
  ASSERT_EQ(queue().Size, 3);
  EXPECT_EQ(queue()[0].Type, ImGuiInputEventType_MousePos);
  EXPECT_EQ(queue()[1].Type, ImGuiInputEventType_MouseButton);
  EXPECT_EQ(queue()[2].Type, ImGuiInputEventType_MouseWheel);
  EXPECT_TRUE(backend.inputQueued());
  for (double now = 0; backend.inputQueued(); now += 16) frame(now);
  EXPECT_EQ(ImGui::GetIO().MousePos.x, 40);
  EXPECT_TRUE(ImGui::GetIO().MouseDown[0]);
}

TEST_F(BrowserBackendTest, KeysCarryTheirModifiersAndTextArrivesAsCharacters) {
  backend.key("KeyC", true, {.ctrl = true});
  backend.text("华");
  for (double now = 0; backend.inputQueued(); now += 16) frame(now);
  EXPECT_TRUE(ImGui::GetIO().KeyCtrl);
  EXPECT_TRUE(ImGui::IsKeyDown(ImGuiKey_C));
  backend.key("F13", false, {});  // unmapped: only the modifiers change
  ASSERT_EQ(queue().Size, 1);
  EXPECT_EQ(queue()[0].Key.Key, ImGuiMod_Ctrl);
}

TEST_F(BrowserBackendTest, ClickAtQueuesAMoveAPressAndARelease) {
  backend.clickAt(120, 36);
  ASSERT_EQ(queue().Size, 3);
  EXPECT_EQ(queue()[0].MousePos.PosX, 120);
  EXPECT_EQ(queue()[0].MousePos.PosY, 36);
  EXPECT_TRUE(queue()[1].MouseButton.Down);
  EXPECT_FALSE(queue()[2].MouseButton.Down);
}

TEST_F(BrowserBackendTest, TheCursorGoesToThePageOnlyWhenItChanges) {
  frame(0);
  backend.updateCursor();  // the arrow, as at start
  EXPECT_TRUE(cursorsSet.empty());
  ImGui::NewFrame();
  ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::Render();
  backend.updateCursor();
  backend.updateCursor();
  EXPECT_EQ(cursorsSet, std::vector<std::string>{"pointer"});
}

// A window with one text field, drawn frame after frame until Dear ImGui took all queued input.
struct OneFieldForm {
  explicit OneFieldForm(BrowserBackend& drawnWith) : backend(drawnWith) {}
  BrowserBackend& backend;
  char buffer[64] = "";
  ImGuiID field = 0;
  ImVec2 centre;
  double now = 0;

  void draw() {
    do {
      backend.newFrame(now += 16);
      ImGui::NewFrame();
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(400, 300));
      ImGui::Begin("form");
      ImGui::InputText("name", buffer, sizeof buffer);
      field = ImGui::GetItemID();
      centre = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) / 2,
                      (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) / 2);
      ImGui::End();
      ImGui::Render();
      backend.updateTextInput();
    } while (backend.inputQueued());
  }
};

TEST_F(BrowserBackendTest, ThePageLearnsWhichFieldTakesTextAndItsSelection) {
  backend.resize(400, 300, 1);
  OneFieldForm form(backend);
  form.draw();
  EXPECT_TRUE(textInputs.empty());  // no field active: as the page assumed at start

  backend.clickAt(form.centre.x, form.centre.y);
  form.draw();
  ASSERT_EQ(textInputs.size(), 1u);
  EXPECT_EQ(textInputs.back().field, form.field);
  EXPECT_EQ(textInputs.back().start, 0);

  backend.text("安全");  // committed text, several characters at once
  form.draw();
  EXPECT_STREQ(form.buffer, "安全");
  EXPECT_EQ(textInputs.back().start, 2);  // UTF-16 units, as the page's <input> counts
  EXPECT_EQ(textInputs.back().end, 2);

  backend.key("KeyA", true, {.ctrl = true});
  backend.key("KeyA", false, {.ctrl = true});
  form.draw();
  EXPECT_EQ(textInputs.back().start, 0);
  EXPECT_EQ(textInputs.back().end, 2);
  const std::size_t calls = textInputs.size();
  form.draw();  // nothing changed: nothing sent
  EXPECT_EQ(textInputs.size(), calls);

  backend.key("Escape", true, {});
  backend.key("Escape", false, {});
  form.draw();
  EXPECT_EQ(textInputs.back().field, 0u);
}
