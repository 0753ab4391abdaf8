// The diff for a reader (vybir diff --text): the same facts as the JSON, in
// English lines a legal-aid worker can scan.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace vybir::cli {

std::string diff_text(const nlohmann::json& diff);

}  // namespace vybir::cli
