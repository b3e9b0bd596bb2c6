#include "kplan/server/password.hpp"

#include <sodium.h>

#include <mutex>
#include <stdexcept>

namespace kplan::server {
namespace {

void EnsureSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium cannot be initialised");
  });
}

// A hash of a password nobody knows, verified against when the user does not
// exist, so that an unknown name costs the same time as a wrong password.
const std::string& DummyHash() {
  static const std::string hash = [] {
    char out[crypto_pwhash_STRBYTES];
    const std::string p = RandomToken();
    if (crypto_pwhash_str(out, p.data(), p.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
      throw std::runtime_error("out of memory hashing a password");
    }
    return std::string(out);
  }();
  return hash;
}

}  // namespace

Status CheckNewPassword(std::string_view password) {
  if (password.size() < 10 || password.size() > 256) {
    return Error(ErrorCode::kInvalidInput,
                 "lösenordet ska vara minst 10 och högst 256 tecken långt",
                 "the password must be 10 to 256 characters long")
        .WithField("password")
        .WithRule("password_length");
  }
  return Ok();
}

Result<std::string> HashPassword(std::string_view password) {
  EnsureSodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Error(ErrorCode::kUnavailable, "minnet räcker inte för att skydda lösenordet",
                 "not enough memory to hash the password");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view password, std::string_view encoded_hash) {
  EnsureSodium();
  const std::string hash(encoded_hash.empty() ? DummyHash() : std::string(encoded_hash));
  const bool match =
      crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
  return match && !encoded_hash.empty();
}

std::string RandomToken() {
  EnsureSodium();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes,
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return std::string(out);
}

}  // namespace kplan::server
