#pragma once
// One registration function per resource; each resource keeps one endpoint
// per file under handlers/<resource>/.

namespace kplan::server {
class Router;
}

namespace kplan::server::handlers {

void RegisterHealth(Router& router);
void RegisterProjections(Router& router);

}  // namespace kplan::server::handlers
