#include "batch_rows.hpp"

#include "csv.hpp"
#include "vybir/api.hpp"
#include "vybir/assessment_text.hpp"

namespace vybir::cli {

namespace {

// The CSV columns (docs/updating-the-policy.md, README): the answers a
// caseload overview needs, then which policy version, then the error.
constexpr const char* csv_columns =
    "line,region,grade,realRisk,ipaBasis,outlook,tpLastDay,tpActive,transitionDocument,"
    "deadlineMonthsEnd,deadline,deadlinePassed,deadlineMemoScope,policyEffectiveFrom,errorCode,errorPointer,"
    "errorMessage\n";

void append_number(std::string& out, std::uint64_t n) {
    char digits[24];
    int i = 0;
    do digits[i++] = static_cast<char>('0' + n % 10);
    while ((n /= 10) > 0);
    while (i > 0) out += digits[--i];
}

const char* yes_no(bool b) { return b ? "true" : "false"; }

}  // namespace

BatchRows::BatchRows(std::FILE* out, CaseFormat format) : out_(out), format_(format) { buffer_.reserve(1 << 19); }

void BatchRows::header() {
    if (format_ == CaseFormat::csv) buffer_ += csv_columns;
}

void BatchRows::assessment(std::uint64_t line, const Assessment& a) {
    if (format_ == CaseFormat::jsonl) {
        buffer_ += "{\"line\":";
        append_number(buffer_, line);
        buffer_ += ",\"assessment\":";
        append_assessment_json(buffer_, a);
        buffer_ += "}\n";
    } else {
        const Policy& p = *a.policy;
        append_number(buffer_, line);
        buffer_ += ',';
        buffer_ += p.regions[static_cast<std::size_t>(a.input.region)].iso;
        buffer_ += ',';
        append_number(buffer_, static_cast<std::uint64_t>(a.grade.grade));
        buffer_ += ',';
        buffer_ += code(a.real_risk.value);
        buffer_ += ',';
        buffer_ += code(a.internal_protection.basis);
        buffer_ += ',';
        buffer_ += code(a.outlook.value);
        buffer_ += ',';
        buffer_ += a.temporary_protection.last_day.to_string();
        buffer_ += ',';
        buffer_ += yes_no(a.temporary_protection.active_on_as_of);
        buffer_ += ',';
        buffer_ += code(a.transition_document.eligible);
        buffer_ += ',';
        if (a.decision_deadline) {
            buffer_ += a.decision_deadline->months_end.to_string();
            buffer_ += ',';
            buffer_ += a.decision_deadline->date.to_string();
            buffer_ += ',';
            buffer_ += yes_no(a.decision_deadline->passed);
            buffer_ += ',';
            buffer_ += code(a.decision_deadline->memo_scope);
        } else {
            buffer_ += ",,,";
        }
        buffer_ += ',';
        buffer_ += p.effective_from.to_string();
        buffer_ += ",,,\n";
    }
    maybe_flush();
}

void BatchRows::error(std::uint64_t line, const Error& e) {
    if (format_ == CaseFormat::jsonl) {
        buffer_ += "{\"line\":";
        append_number(buffer_, line);
        buffer_ += ',';
        buffer_ += dump(error_json(e)).substr(1);  // {"error":{…}} without its "{"
        buffer_ += '\n';
    } else {
        append_number(buffer_, line);
        buffer_ += ",,,,,,,,,,,,,,";
        csv::append_cell(buffer_, e.code);
        buffer_ += ',';
        csv::append_cell(buffer_, e.pointer);
        buffer_ += ',';
        csv::append_cell(buffer_, e.message);
        buffer_ += '\n';
    }
    maybe_flush();
}

void BatchRows::flush() {
    if (buffer_.empty()) return;
    std::fwrite(buffer_.data(), 1, buffer_.size(), out_);
    buffer_.clear();
}

}  // namespace vybir::cli
