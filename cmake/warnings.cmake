# vybir_warnings(TARGET): the warning flags every project target builds with.
function(vybir_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
  endif()
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports a false -Wrestrict inside libstdc++ string code.
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()
