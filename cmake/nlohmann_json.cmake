# nlohmann/json from Debian's package. Under Emscripten /usr/include must
# never be on the include path (glibc headers break the wasm sysroot), so
# the headers are copied into the build tree and used from there.
if(EMSCRIPTEN)
  set(VYBIR_JSON_SOURCE /usr/include/nlohmann)
  if(NOT EXISTS ${VYBIR_JSON_SOURCE}/json.hpp)
    message(FATAL_ERROR "nlohmann/json headers not found: apt-get install nlohmann-json3-dev")
  endif()
  set(VYBIR_JSON_COPY ${CMAKE_BINARY_DIR}/third_party/include)
  file(COPY ${VYBIR_JSON_SOURCE} DESTINATION ${VYBIR_JSON_COPY})
  add_library(vybir_nlohmann_json INTERFACE)
  target_include_directories(vybir_nlohmann_json SYSTEM INTERFACE ${VYBIR_JSON_COPY})
  add_library(nlohmann_json::nlohmann_json ALIAS vybir_nlohmann_json)
else()
  find_package(nlohmann_json 3.11 REQUIRED)
endif()
