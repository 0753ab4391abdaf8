// The rows `vybir batch` writes, one per case line, through one reused
// buffer. JSONL: {"line":N,"assessment":{…}} with the full assessment of
// docs/contract.md (trace and whatIf included), or {"line":N,"error":{…}}.
// CSV: the main fields flattened, one row per case, error rows included.
#pragma once
#include <cstdint>
#include <cstdio>
#include <string>

#include "case_lines.hpp"
#include "vybir/assessment.hpp"
#include "vybir/error.hpp"

namespace vybir::cli {

class BatchRows {
public:
    BatchRows(std::FILE* out, CaseFormat format);
    ~BatchRows() { flush(); }
    void header();  // CSV's column names; nothing for JSONL
    void assessment(std::uint64_t line, const Assessment&);
    void error(std::uint64_t line, const Error&);
    void flush();

private:
    void maybe_flush() {
        if (buffer_.size() >= (1 << 18)) flush();
    }
    std::FILE* out_;
    CaseFormat format_;
    std::string buffer_;
};

}  // namespace vybir::cli
