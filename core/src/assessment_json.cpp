// The assessment as a JSON value: its one writer's text, parsed.
#include "vybir/assessment.hpp"
#include "vybir/assessment_text.hpp"

namespace vybir {

nlohmann::json to_json(const Assessment& a) {
    std::string text;
    append_assessment_json(text, a);
    return nlohmann::json::parse(text);
}

}  // namespace vybir
