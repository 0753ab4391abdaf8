// The assessment as sentences: its statements in one of the page's four
// languages, worded by the page's own texts (web/i18n/*.json, compiled in),
// so that the CLI says exactly what the page says.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "vybir/policy.hpp"

namespace vybir::cli {

// True when lang is one of the page's languages (uk, ru, nl, en).
bool known_language(std::string_view lang);
// The assessment (the contract's JSON) as lines of text in lang.
std::string statements_text(const nlohmann::json& assessment, const Policy& policy, std::string_view lang);

}  // namespace vybir::cli
