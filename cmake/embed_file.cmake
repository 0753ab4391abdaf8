# Script mode: writes OUTPUT, a C++ file with the bytes of INPUT.
file(READ ${INPUT} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x..,){24})" "\\1\n" bytes "${bytes}")
file(WRITE ${OUTPUT} "// Generated from ${INPUT}; do not edit.\n#include <string_view>\nnamespace vybir {\nnamespace {\nconstexpr unsigned char bytes[] = {\n${bytes}\n};\n}\nstd::string_view ${SYMBOL}() { return {reinterpret_cast<const char*>(bytes), sizeof bytes}; }\n}\n")
