// The SQLite store keeps no secret readable at rest: the database file and its WAL show no
// password and no session token, the files and the key file are owner-only, a database from
// before sealing is sealed on opening, and a wrong key file is refused.
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "record_codec.h"
#include "router_fixture.h"
#include "sqlite_store.h"
#include "temp_dir.h"

namespace koo::backend::test {
namespace {

std::string bytesOf(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

int modeOf(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return -1;
  return static_cast<int>(info.st_mode & 0777);
}

HttpResponse call(Router& router, const std::string& path, const std::string& body,
                  const std::string& token, const std::string& key) {
  HttpRequest request;
  request.method = "POST";
  request.path = path;
  request.headers["Idempotency-Key"] = key;
  request.body = body;
  if (!token.empty()) request.headers["Authorization"] = "Bearer " + token;
  return router.handle(request);
}

struct SeededStore {
  TempDir dir;
  std::string path = dir.file("secrets.sqlite");
  SeedData seed = loadDemoData(embeddedDemoData(), kFixedNow).value();
  std::string appWithPassword() const {
    for (const auto& app : seed.apps)
      if (app.buyerId == "buyer-001" && !app.password.empty()) return app.app.instanceId;
    return "";
  }
};

TEST(SecretsAtRest, NeitherTheFileNorItsWalShowsAPasswordOrAToken) {
  SeededStore fixture;
  const std::string& path = fixture.path;
  SqliteStore store(path, kFixedNow);
  store.seedIfEmpty(fixture.seed, kFixedNow);
  Router router(store, fixedClock(kFixedNow));
  HttpResponse signIn = call(router, "/api/v1/auth/sign-in",
                             R"({"userName":"alice","password":"alice-demo-2025"})", "", "s1");
  ASSERT_EQ(signIn.status, 200) << signIn.body;
  const std::string token = Json::parse(signIn.body)["token"];
  const std::string reveal = "/api/v1/purchased-apps/" + fixture.appWithPassword() + "/password/reveal";
  HttpResponse first = call(router, reveal, "", token, "r1");
  HttpResponse again = call(router, reveal, "", token, "r1");
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(again.status, 200) << again.body;
  const std::string password = Json::parse(first.body)["password"];
  EXPECT_EQ(Json::parse(again.body)["password"], password);
  EXPECT_EQ(store.auditLog("buyer-001").size(), 2u);  // the repeat was read and audited anew

  const std::string wal = bytesOf(path + "-wal");
  ASSERT_GT(wal.size(), 0u) << "the writes are in the WAL while the store is open";
  for (const std::string& file : {path, path + "-wal"}) {
    const std::string bytes = bytesOf(file);
    EXPECT_EQ(bytes.find(password), std::string::npos) << file << " shows the revealed password";
    EXPECT_EQ(bytes.find("alice-demo-2025"), std::string::npos) << file << " shows the sign-in password";
    EXPECT_EQ(bytes.find(token), std::string::npos) << file << " shows the session token";
    EXPECT_EQ(bytes.find(token.substr(4)), std::string::npos) << file << " shows the token's secret part";
  }
  for (const std::string& file : {path, path + "-wal", path + "-shm", path + ".key"})
    EXPECT_EQ(modeOf(file), 0600) << file;
}

TEST(SecretsAtRest, ADatabaseFromBeforeSealingIsSealedOnOpening) {
  SeededStore fixture;
  const std::string& path = fixture.path;
  const std::string instance = fixture.appWithPassword();
  std::string password;
  {
    SqliteStore store(path, kFixedNow);
    store.seedIfEmpty(fixture.seed, kFixedNow);
    AppRecord app = *store.findApp("buyer-001", instance);
    password = app.password;
    // As an older server wrote it: the password in plain text inside the document.
    store.database()
        .prepare("UPDATE apps SET doc = ? WHERE instance_id = ?")
        .bind(1, dumpJson(toJsonValue(app)))
        .bind(2, instance)
        .run();
  }
  ASSERT_NE(bytesOf(path).find(password), std::string::npos) << "the old file shows it";
  {
    SqliteStore reopened(path, kFixedNow);
    EXPECT_EQ(reopened.findApp("buyer-001", instance)->password, password);
    const auto doc = reopened.database().queryText("SELECT doc FROM apps WHERE instance_id = '" + instance + "'");
    EXPECT_EQ(doc->find(password), std::string::npos);
    EXPECT_EQ(bytesOf(path).find(password), std::string::npos);
    EXPECT_EQ(bytesOf(path + "-wal").find(password), std::string::npos);
  }
}

TEST(SecretsAtRest, AnotherKeyFileIsRefused) {
  SeededStore fixture;
  { SqliteStore store(fixture.path, kFixedNow); }
  EXPECT_THROW(SqliteStore(fixture.path, kFixedNow, fixture.dir.file("other.key")), std::runtime_error);
  std::ofstream(fixture.dir.file("short.key")) << "not a key";
  EXPECT_THROW(SqliteStore(fixture.path, kFixedNow, fixture.dir.file("short.key")), std::runtime_error);
  EXPECT_NO_THROW(SqliteStore(fixture.path, kFixedNow));
}

}  // namespace
}  // namespace koo::backend::test
