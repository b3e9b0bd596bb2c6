#pragma once
// Passwords: hashed with Argon2id (libsodium's crypto_pwhash_str, its
// "interactive" limits: 2 passes over 64 MiB, about a tenth of a second),
// stored as the encoded string that carries salt and parameters, and never
// logged or returned.

#include <string>
#include <string_view>

#include "kplan/core/error.hpp"

namespace kplan::server {

// The rule for new passwords: 10–256 bytes. Checked before hashing so that
// the error names the rule.
Status CheckNewPassword(std::string_view password);

// Requires a password that passed CheckNewPassword.
Result<std::string> HashPassword(std::string_view password);

// Whether the password matches the encoded hash. Takes the same time when
// the hash is empty (unknown user), so that timing does not tell which
// user names exist.
bool VerifyPassword(std::string_view password, std::string_view encoded_hash);

// A random token: 32 bytes from the system's CSPRNG, base64url without padding.
std::string RandomToken();

}  // namespace kplan::server
