// The sign-in form against the real router: the typed password leaves no copy in Dear ImGui or
// the page once the session exists, a failed sign-in keeps the form and retries with its key, and
// a 429 tells the buyer when to try again.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "console_testbed.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace koo::ui::testing {
namespace {

bool holds(const ImVector<char>& buffer, const std::string& secret) {
  return buffer.Data && std::string(buffer.Data, static_cast<std::size_t>(buffer.Capacity)).find(secret) != std::string::npos;
}

// The password as Dear ImGui's UTF-16 edit buffer would hold it (ASCII passwords only).
bool holdsWide(const ImVector<ImWchar>& buffer, const std::string& secret) {
  if (!buffer.Data) return false;
  const std::vector<ImWchar> wide(secret.begin(), secret.end());
  const ImWchar* first = buffer.Data;
  const ImWchar* last = first + buffer.Capacity;
  return std::search(first, last, wide.begin(), wide.end()) != last;
}

void fillForm(ConsoleTestbed& bed, const SignInRequest& buyer, bool pressEnter) {
  bed.typeInto("User name", buyer.userName.value_or(""), false);
  bed.typeInto("Password", buyer.password.value_or(""), pressEnter);
}

TEST(SignIn, TheTypedPasswordLeavesNoCopyInDearImGuiOnceSignedIn) {
  ConsoleTestbed bed("#/purchased-apps", "");
  const SignInRequest alice = signInAs(bed.store(), "buyer-001");
  ASSERT_TRUE(alice.password && !alice.password->empty());
  fillForm(bed, alice, true);
  ASSERT_TRUE(bed.app().signedIn());
  bed.settle();
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  EXPECT_FALSE(holds(g.InputTextState.TextA, *alice.password));
  EXPECT_FALSE(holds(g.InputTextState.InitialTextA, *alice.password));
  EXPECT_FALSE(holdsWide(g.InputTextState.TextW, *alice.password));
  EXPECT_FALSE(holds(g.InputTextDeactivatedState.TextA, *alice.password));
  EXPECT_FALSE(holds(g.TempBuffer, *alice.password));
  for (const auto& node : bed.tree().nodes()) {
    EXPECT_EQ(node.name.find(*alice.password), std::string::npos) << node.name;
    EXPECT_EQ(node.value.find(*alice.password), std::string::npos) << node.value;
  }
}

TEST(SignIn, RetryAfterAFailureKeepsTheFormAndSendsTheSameKey) {
  ConsoleTestbed bed("#/purchased-apps", "");
  bed.setFaults("POST /api/v1/auth/sign-in:status=503,times=1");
  const SignInRequest alice = signInAs(bed.store(), "buyer-001");
  fillForm(bed, alice, true);
  ASSERT_FALSE(bed.app().signedIn());
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Sign-in failed"));
  const SemanticNode* name = bed.find(Role::Textbox, "User name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->value, alice.userName.value_or(""));  // the form the buyer filled in is still there
  bed.click(Role::Button, "Retry");
  EXPECT_TRUE(bed.app().signedIn());
  const auto posts = bed.postsTo("/auth/sign-in");
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(idempotencyKeyOf(posts[0]), idempotencyKeyOf(posts[1]));
}

TEST(SignIn, TooManyRequestsSaysWhenToTryAgain) {
  ConsoleTestbed bed("#/purchased-apps", "");
  bed.setFaults("POST /api/v1/auth/sign-in:status=429,retryAfter=3,times=1");
  fillForm(bed, signInAs(bed.store(), "buyer-001"), true);
  ASSERT_FALSE(bed.app().signedIn());
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Try again in 3 s."));
  EXPECT_EQ(bed.postsTo("/auth/sign-in").size(), 1u);  // nothing is sent again by itself
}

}  // namespace
}  // namespace koo::ui::testing
