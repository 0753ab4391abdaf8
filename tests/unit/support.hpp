// Shared by the tests: the shipped policy, cases in a line, and the subset
// match the scenario files use (the WASM runner implements the same).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "vybir/assessment.hpp"
#include "vybir/policy.hpp"

namespace vybir::test {

const Policy& shipped_policy();
nlohmann::json shipped_policy_document();
// Reads the case (which must be valid) and evaluates it.
Assessment assess(const nlohmann::json& case_json);
nlohmann::json assess_json(const nlohmann::json& case_json);
// Empty when `actual` contains `expected`; else where and how they differ.
std::string subset_mismatch(const nlohmann::json& expected, const nlohmann::json& actual, const std::string& at = "");

}  // namespace vybir::test
