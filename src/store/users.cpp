// Users of the application: name, role, the unit a role is tied to, and the
// password hash (made and checked above the store, never written to the log).

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <cctype>

#include "editing.hpp"
#include "poco_store.hpp"
#include "record_json.hpp"
#include "resolver.hpp"

namespace kplan::store {
namespace {

#define KPLAN_SQL_SELECT_USER                                                        \
  "SELECT u.id, u.name, u.role, COALESCE(o.code, ''), u.disabled, u.created_at,"   \
  " u.version, u.password_hash FROM app_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id"
constexpr const char* kListUsers = KPLAN_SQL_SELECT_USER " ORDER BY u.name";
constexpr const char* kUserByName = KPLAN_SQL_SELECT_USER " WHERE u.name = $1";
constexpr const char* kUserById = KPLAN_SQL_SELECT_USER " WHERE u.id = $1";
constexpr const char* kInsertUser =
    "INSERT INTO app_user (name, role, org_unit_id, password_hash, disabled, created_at)"
    " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
constexpr const char* kUpdateUser =
    "UPDATE app_user SET role = $1, org_unit_id = $2, disabled = $3, version = version + 1"
    " WHERE id = $4 AND version = $5 RETURNING version";
constexpr const char* kSetPasswordHash =
    "UPDATE app_user SET password_hash = $1 WHERE id = $2";

constexpr std::string_view kWhatSv = "användaren";
constexpr std::string_view kWhatEn = "user";

// 2–64 characters: ASCII letters and digits, the letters of Latin-1 (å, ä,
// ö, é ...), '.', '-' and '_'.
bool ValidUserName(std::string_view name) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (!std::isalnum(c) && c != '.' && c != '-' && c != '_') return false;
    } else {
      // U+00C0–U+00FF except × and ÷: C3 80–BF.
      if (c != 0xC3 || i + 1 >= name.size()) return false;
      unsigned char next = static_cast<unsigned char>(name[++i]);
      if (next < 0x80 || next > 0xBF || next == 0x97 || next == 0xB7) return false;
    }
    ++chars;
  }
  return chars >= 2 && chars <= 64;
}

// Rows of KPLAN_SQL_SELECT_USER: the user and its password hash.
std::vector<std::pair<User, std::string>> ReadUsers(Statement& select) {
  RecordSet rs(select);
  std::vector<std::pair<User, std::string>> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    User u;
    u.id = rs.value(0, row).convert<Poco::Int64>();
    u.name = rs.value(1, row).convert<std::string>();
    u.role = ParseRole(rs.value(2, row).convert<std::string>()).value_or(Role::kReader);
    u.unit_code = rs.value(3, row).convert<std::string>();
    u.disabled = rs.value(4, row).convert<int>() != 0;
    u.created_at = rs.value(5, row).convert<std::string>();
    u.version = rs.value(6, row).convert<int>();
    out.emplace_back(std::move(u), rs.value(7, row).convert<std::string>());
  }
  return out;
}

std::optional<std::pair<User, std::string>> UserById(Session& s, std::int64_t id) {
  Statement select(s);
  Poco::Int64 key = id;
  select << kUserById, use(key), now;
  auto users = ReadUsers(select);
  if (users.empty()) return std::nullopt;
  return std::move(users[0]);
}

std::optional<std::pair<User, std::string>> UserByName(Session& s, std::string_view name) {
  Statement select(s);
  std::string key(name);
  select << kUserByName, use(key), now;
  auto users = ReadUsers(select);
  if (users.empty()) return std::nullopt;
  return std::move(users[0]);
}

Status ValidateRoleAndUnit(const User& user) {
  if (RequiresUnit(user.role) && user.unit_code.empty()) {
    return Invalid("unit_code", "en chef måste knytas till en enhet",
                   "a chef must be tied to a unit", "role_unit")
        .WithHint("Ange den enhet chefen ansvarar för.");
  }
  return Ok();
}

// The unit's key, NULL for none; an unknown code is the caller's error.
Result<Nullable<Poco::Int64>> UnitKey(Session& s, const std::string& code) {
  if (code.empty()) return Nullable<Poco::Int64>();
  NameResolver names(s);
  auto unit = names.Unit(code);
  if (!unit) return names.UnknownUnit(code).WithField("unit_code");
  return Nullable<Poco::Int64>(*unit);
}

Error UnknownUser(std::string_view name) {
  return Error(ErrorCode::kNotFound, "användaren \"" + std::string(name) + "\" finns inte",
               "the user \"" + std::string(name) + "\" does not exist")
      .WithRule("exists");
}

}  // namespace

Result<std::vector<User>> PocoStore::ListUsers() {
  return Reading<std::vector<User>>(Get(), "list users", [](Session& s) -> Result<std::vector<User>> {
    Statement select(s);
    select << kListUsers, now;
    std::vector<User> out;
    for (auto& [user, hash] : ReadUsers(select)) out.push_back(std::move(user));
    return out;
  });
}

Result<std::pair<User, std::string>> PocoStore::FindUser(std::string_view name) {
  return Reading<std::pair<User, std::string>>(
      Get(), "find user", [&](Session& s) -> Result<std::pair<User, std::string>> {
        auto found = UserByName(s, name);
        if (!found) return UnknownUser(name);
        return std::move(*found);
      });
}

Result<User> PocoStore::AddUser(const User& user, std::string_view password_hash,
                                std::string_view actor) {
  if (!ValidUserName(user.name)) {
    return Invalid("name",
                   "användarnamnet \"" + user.name +
                       "\" ska ha 2–64 tecken: bokstäver, siffror, '.', '-' och '_'",
                   "the user name \"" + user.name +
                       "\" must have 2–64 characters: letters, digits, '.', '-' and '_'",
                   "user_name")
        .WithValue(user.name);
  }
  if (Status valid = ValidateRoleAndUnit(user); !valid.ok()) return valid.error();
  if (password_hash.empty()) {
    return Invalid("password", "lösenord saknas", "the password is missing", "password");
  }
  return Writing<User>("add user", [&](Session& s) -> Result<User> {
    if (UserByName(s, user.name)) {
      return Error(ErrorCode::kConflict, "användaren \"" + user.name + "\" finns redan",
                   "the user \"" + user.name + "\" already exists")
          .WithField("name")
          .WithValue(user.name)
          .WithRule("unique");
    }
    Result<Nullable<Poco::Int64>> unit = UnitKey(s, user.unit_code);
    if (!unit.ok()) return unit.error();
    std::string name = user.name, role(RoleKey(user.role)), hash(password_hash);
    std::string created_at = NowUtc();
    Nullable<Poco::Int64> unit_id = unit.value();
    int disabled = user.disabled ? 1 : 0;
    Poco::Int64 id = 0;
    s << kInsertUser, use(name), use(role), use(unit_id), use(hash), use(disabled),
        use(created_at), into(id), now;
    User stored = UserById(s, id)->first;
    AppendAudit(s, actor, "create", "user", std::to_string(id), "", AuditText(stored));
    return stored;
  });
}

Result<User> PocoStore::UpdateUser(const User& user, std::string_view actor) {
  if (Status valid = ValidateRoleAndUnit(user); !valid.ok()) return valid.error();
  return Writing<User>("update user", [&](Session& s) -> Result<User> {
    auto before = UserById(s, user.id);
    std::optional<User> stored;
    if (before) stored = before->first;
    if (Status v = CheckVersion(stored, user.id, user.version, kWhatSv, kWhatEn); !v.ok()) {
      return v.error();
    }
    Result<Nullable<Poco::Int64>> unit = UnitKey(s, user.unit_code);
    if (!unit.ok()) return unit.error();
    std::string role(RoleKey(user.role));
    Nullable<Poco::Int64> unit_id = unit.value();
    int disabled = user.disabled ? 1 : 0;
    Poco::Int64 id = user.id;
    int version = user.version;
    std::vector<int> updated;
    s << kUpdateUser, use(role), use(unit_id), use(disabled), use(id), use(version),
        into(updated), now;
    if (updated.empty()) return StaleOrMissing(s, "app_user", user.id, user.version, kWhatSv, kWhatEn);
    User after = UserById(s, user.id)->first;
    AppendAudit(s, actor, "update", "user", std::to_string(user.id), AuditText(*stored),
                AuditText(after));
    return after;
  });
}

Status PocoStore::SetPasswordHash(std::string_view name, std::string_view password_hash,
                                  std::string_view actor) {
  if (password_hash.empty()) {
    return Invalid("password", "lösenord saknas", "the password is missing", "password");
  }
  Result<bool> done = Writing<bool>("set password", [&](Session& s) -> Result<bool> {
    auto found = UserByName(s, name);
    if (!found) return UnknownUser(name);
    Poco::Int64 id = found->first.id;
    std::string hash(password_hash);
    s << kSetPasswordHash, use(hash), use(id), now;
    // The log says that the password changed, never what it is.
    Json after = ToJson(found->first);
    after["password_changed"] = true;
    AppendAudit(s, actor, "update", "user", std::to_string(id), AuditText(found->first),
                DumpJson(after));
    return true;
  });
  if (!done.ok()) return done.error();
  return Ok();
}

}  // namespace kplan::store
