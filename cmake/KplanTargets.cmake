# Helpers that give every layer the same shape:
#   src/include/kplan/<layer>/*.hpp  public headers (contracts)
#   src/<layer>/*.cpp                implementation
#   src/<layer>/*_test.cpp           unit tests beside their subject

# Designated initializers may leave members at their defaults; GCC's
# -Wmissing-field-initializers would flag every such use.
set(KPLAN_WARNINGS -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(KPLAN_WERROR)
  list(APPEND KPLAN_WARNINGS -Werror)
endif()
if(KPLAN_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

# kplan_layer(NAME DEPENDS <targets...> [TEST_DEPENDS <targets...>] [EXCLUDE <files...>])
# Builds library kplan_NAME from src/NAME/*.cpp (tests excluded) and, when
# *_test.cpp files exist, a test executable kplan_NAME_tests registered with CTest
# under the label "unit".
function(kplan_layer name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;TEST_DEPENDS;EXCLUDE" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  file(GLOB_RECURSE tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_test.cpp)
  if(tests)
    list(REMOVE_ITEM sources ${tests})
  endif()
  foreach(excluded ${ARG_EXCLUDE})
    list(REMOVE_ITEM sources ${CMAKE_CURRENT_SOURCE_DIR}/${excluded})
  endforeach()
  add_library(kplan_${name} STATIC ${sources})
  target_include_directories(kplan_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src/include
                                                  ${CMAKE_BINARY_DIR}/generated
                                           PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_compile_options(kplan_${name} PRIVATE ${KPLAN_WARNINGS})
  target_link_libraries(kplan_${name} PUBLIC ${ARG_DEPENDS})
  if(tests)
    add_executable(kplan_${name}_tests ${tests})
    target_include_directories(kplan_${name}_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_compile_options(kplan_${name}_tests PRIVATE ${KPLAN_WARNINGS})
    target_compile_definitions(kplan_${name}_tests PRIVATE
      KPLAN_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    target_link_libraries(kplan_${name}_tests PRIVATE kplan_${name} ${ARG_TEST_DEPENDS}
                          GTest::gtest_main GTest::gmock)
    gtest_discover_tests(kplan_${name}_tests
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
      PROPERTIES LABELS unit
      DISCOVERY_TIMEOUT 30)
  endif()
endfunction()
