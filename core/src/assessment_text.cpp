// The assessment as compact JSON text, by the shared member order of
// assessment_writer.hpp and the compact writer of json_writer.hpp.
#include "vybir/assessment_text.hpp"

#include "assessment_writer.hpp"
#include "json_writer.hpp"

namespace vybir {

void append_assessment_json(std::string& out, const Assessment& a) {
    detail::Writer w(out);
    detail::write_assessment(w, a);
}

}  // namespace vybir
