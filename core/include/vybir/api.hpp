// Text in, text out: the entry point shared by the CLI and the WASM module,
// so both give the same JSON for the same input.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "vybir/case.hpp"
#include "vybir/error.hpp"
#include "vybir/policy.hpp"

namespace vybir {

inline constexpr std::string_view engine_version = "0.1.0";

struct TextResult {
    bool ok = false;
    std::string json;  // the assessment, or {"error": {...}}
};

// The case read by the one way in (read_case_text), evaluated, and the
// assessment written by the one way out (append_assessment_json). Never
// throws: any fault comes back as {"error": {code, pointer, message}}.
TextResult evaluate_text(Policies policies, std::string_view case_text);

nlohmann::json error_json(const Error&);
// Compact text, as nlohmann's dump() writes it, by core's own writer (no
// printf or long-double code in the WASM module). Never throws.
std::string dump(const nlohmann::json&);
// Indented text for people (the CLI); never throws (bad UTF-8 is replaced).
std::string dump_pretty(const nlohmann::json&, int indent = 2);

// What a page needs besides evaluate: the regions with their names and
// grades, and the engine and policy versions.
nlohmann::json regions_json(const Policy&);
nlohmann::json version_json(const Policy&);

}  // namespace vybir
