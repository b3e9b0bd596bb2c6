#pragma once
// The session's answer: who is signed in, with which rights, and the CSRF
// token that writes must send back in X-CSRF-Token.

#include "../../api.hpp"

namespace kplan::server::handlers {

Json SessionJson(const Principal& who);

}  // namespace kplan::server::handlers
