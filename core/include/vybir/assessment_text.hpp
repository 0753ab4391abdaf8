// The assessment written straight into a string: byte for byte what
// dump(to_json(a)) gives (keys in the same order, compact), without building
// a JSON tree on the way. For caseloads, where that tree cost most of the
// time per case (tools/vybir/batch.cpp).
#pragma once
#include <string>

#include "vybir/assessment.hpp"

namespace vybir {

void append_assessment_json(std::string& out, const Assessment&);

}  // namespace vybir
