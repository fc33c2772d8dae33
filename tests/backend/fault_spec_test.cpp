// Tests of the fault spec parser and of which requests the injector hits.
#include <gtest/gtest.h>

#include "fault_spec.h"

namespace koo::backend {
namespace {

TEST(FaultSpec, ParsesTheDocumentedExample) {
  auto parsed = parseFaultSpec(
      "GET /api/v1/purchased-apps:latency=800,status=503,every=2;GET /api/v1/orders:malformed=1");
  ASSERT_TRUE(parsed.spec) << parsed.error;
  ASSERT_EQ(parsed.spec->rules.size(), 2u);
  const FaultRule& a = parsed.spec->rules[0];
  EXPECT_EQ(a.method, "GET");
  EXPECT_EQ(a.path, "/api/v1/purchased-apps");
  EXPECT_FALSE(a.prefix);
  EXPECT_EQ(a.latencyMs, 800);
  EXPECT_EQ(a.status, 503);
  EXPECT_EQ(a.every, 2);
  EXPECT_FALSE(a.malformed);
  const FaultRule& b = parsed.spec->rules[1];
  EXPECT_EQ(b.path, "/api/v1/orders");
  EXPECT_TRUE(b.malformed);
  EXPECT_EQ(b.every, 1);
  EXPECT_EQ(b.status, 0);
}

TEST(FaultSpec, EmptyMeansNoFaults) {
  for (const char* text : {"", "   "}) {
    auto parsed = parseFaultSpec(text);
    ASSERT_TRUE(parsed.spec) << parsed.error;
    EXPECT_TRUE(parsed.spec->rules.empty());
  }
}

TEST(FaultSpec, MethodDefaultsToAnyAndPrefixEndsWithStar) {
  auto parsed = parseFaultSpec(" /api/v1/purchased-apps/* : status=500 , times=3 ;");
  ASSERT_TRUE(parsed.spec) << parsed.error;
  ASSERT_EQ(parsed.spec->rules.size(), 1u);
  const FaultRule& r = parsed.spec->rules[0];
  EXPECT_EQ(r.method, "*");
  EXPECT_TRUE(r.prefix);
  EXPECT_EQ(r.times, 3);
  EXPECT_TRUE(r.matches("POST", "/api/v1/purchased-apps/i-1/password"));
  EXPECT_FALSE(r.matches("GET", "/api/v1/purchased-apps"));
}

TEST(FaultSpec, RejectsBadRulesWithTheirPosition) {
  struct Case {
    const char* text;
    const char* expect;
  } cases[] = {
      {"GET /a", "expected"},
      {"PUT /a:status=500", "unknown method"},
      {"GET a:status=500", "must start with"},
      {"GET /a*b:status=500", "may only end"},
      {"GET /a:status=200", "status must be"},
      {"GET /a:status=abc", "status must be"},
      {"GET /a:latency=-1", "latency must be"},
      {"GET /a:latency=70000", "latency must be"},
      {"GET /a:malformed=2", "malformed must be"},
      {"GET /a:every=0", "every must be"},
      {"GET /a:color=red", "unknown option"},
      {"GET /a:status", "needs =value"},
      {"GET /a:every=2", "needs latency, status, malformed or body"},
      {"GET /a:body=xml", "body must be"},
      {"GET /a:status=429,retryAfter=-1", "retryAfter must be"},
      {"GET /a:latency=5,retryAfter=3", "retryAfter needs a status"},
      {"GET /a:status=500;GET /b:oops=1", "fault rule 2"},
  };
  for (const Case& c : cases) {
    auto parsed = parseFaultSpec(c.text);
    EXPECT_FALSE(parsed.spec) << c.text;
    EXPECT_NE(parsed.error.find(c.expect), std::string::npos) << c.text << " -> " << parsed.error;
  }
}

TEST(FaultInjector, FiresOnEveryNthMatchingRequestOnly) {
  FaultInjector injector;
  injector.set(*parseFaultSpec("GET /x:status=503,every=2").spec);
  EXPECT_FALSE(injector.decide("GET", "/x").any());
  EXPECT_FALSE(injector.decide("POST", "/x").any());  // other method: not counted
  EXPECT_FALSE(injector.decide("GET", "/y").any());   // other path: not counted
  EXPECT_EQ(injector.decide("GET", "/x").status, 503);
  EXPECT_FALSE(injector.decide("GET", "/x").any());
  EXPECT_EQ(injector.decide("GET", "/x").status, 503);
}

TEST(FaultInjector, TimesLimitsFiringsAndSetResetsCounters) {
  FaultInjector injector;
  auto spec = *parseFaultSpec("/x:latency=5,malformed=1,times=1").spec;
  injector.set(spec);
  FaultDecision first = injector.decide("GET", "/x");
  EXPECT_EQ(first.latencyMs, 5);
  EXPECT_TRUE(first.malformed);
  EXPECT_FALSE(injector.decide("GET", "/x").any());
  injector.set(spec);
  EXPECT_TRUE(injector.decide("GET", "/x").any());
  injector.clear();
  EXPECT_FALSE(injector.decide("GET", "/x").any());
  EXPECT_TRUE(injector.spec().rules.empty());
}

TEST(FaultInjector, FirstMatchingRuleCounts) {
  FaultInjector injector;
  injector.set(*parseFaultSpec("GET /a/*:status=500;GET /a/b:status=502").spec);
  EXPECT_EQ(injector.decide("GET", "/a/b").status, 500);
}

TEST(FaultInjector, MalformedBodyIsNotJson) {
  EXPECT_EQ(malformBody(R"({"items":[1,2,3]})"), R"({"items")");
  EXPECT_EQ(malformBody(""), "{\"truncated\":");
}

TEST(FaultSpec, ParsesBodyAndRetryAfter) {
  auto parsed = parseFaultSpec("POST /a:status=429,retryAfter=3;GET /b:status=502,body=html;GET /c:body=wrong-shape");
  ASSERT_TRUE(parsed.spec) << parsed.error;
  ASSERT_EQ(parsed.spec->rules.size(), 3u);
  EXPECT_EQ(parsed.spec->rules[0].retryAfterSeconds, 3);
  EXPECT_EQ(parsed.spec->rules[0].body, FaultBody::Keep);
  EXPECT_EQ(parsed.spec->rules[1].body, FaultBody::Html);
  EXPECT_EQ(parsed.spec->rules[1].retryAfterSeconds, -1);
  EXPECT_EQ(parsed.spec->rules[2].body, FaultBody::WrongShape);
  EXPECT_EQ(parsed.spec->rules[2].status, 0);
}

TEST(FaultInjector, AppliesBodyAndRetryAfterToTheAnswer) {
  FaultInjector injector;
  injector.set(*parseFaultSpec("POST /a:status=429,retryAfter=3;GET /b:status=502,body=html;GET /c:body=wrong-shape").spec);
  HttpResponse answer;
  answer.status = 429;
  answer.headers["Content-Type"] = "application/json";
  answer.body = R"({"code":"TOO_MANY_REQUESTS"})";
  applyFault(injector.decide("POST", "/a"), answer);
  EXPECT_EQ(*findHeader(answer.headers, "Retry-After"), "3");
  EXPECT_EQ(answer.body, R"({"code":"TOO_MANY_REQUESTS"})");  // the error body stays

  answer.status = 502;
  applyFault(injector.decide("GET", "/b"), answer);
  EXPECT_EQ(answer.body, "<html><body><h1>502</h1></body></html>");
  EXPECT_EQ(*findHeader(answer.headers, "Content-Type"), "text/html");

  HttpResponse list;
  list.body = R"({"items":[],"total":0})";
  applyFault(injector.decide("GET", "/c"), list);
  EXPECT_EQ(list.body.front(), '[');  // still JSON, no longer the contract's object
}

}  // namespace
}  // namespace koo::backend
