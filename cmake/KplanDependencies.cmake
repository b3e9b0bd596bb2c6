# Third-party libraries, all from Debian's packages (see docs/architecture.md).

# Poco's DataPostgreSQL config expects a PostgreSQL::client target that
# Debian's CMake files do not define; provide it from FindPostgreSQL.
find_package(PostgreSQL REQUIRED)
if(NOT TARGET PostgreSQL::client)
  add_library(PostgreSQL::client INTERFACE IMPORTED)
  target_link_libraries(PostgreSQL::client INTERFACE PostgreSQL::PostgreSQL)
endif()

find_package(Poco REQUIRED COMPONENTS Foundation Net Util Data DataSQLite DataPostgreSQL Zip XML)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(SQLite3 REQUIRED)  # the online backup API and the bulk insert, used directly
find_package(EXPAT REQUIRED)    # the XLSX reader parses the sheets with expat directly
find_package(PkgConfig REQUIRED)
# The users' plan texts are CommonMark (report/user_text.hpp). pkg-config, not md4c's CMake
# package: Debian's refers to libmd4c-html, which libmd4c-dev does not install.
pkg_check_modules(KPLAN_MD4C REQUIRED IMPORTED_TARGET md4c)
# libsodium: Argon2id password hashes, random tokens, constant-time compares.
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
find_package(GTest REQUIRED)
if(KPLAN_BUILD_BENCH AND NOT KPLAN_SANITIZE)
  find_package(benchmark REQUIRED)
endif()

# Reports (src/report): Cairo + Pango draw the charts and lay out the PDF,
# libxlsxwriter writes the XLSX (pkg-config only; its .pc says "Version: 4").
find_package(PkgConfig REQUIRED)
pkg_check_modules(KPLAN_CAIRO REQUIRED IMPORTED_TARGET pangocairo cairo-pdf cairo-svg cairo-png)
pkg_check_modules(KPLAN_XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
