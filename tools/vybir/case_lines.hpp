// The caseload reading of the core (vybir/caseload.hpp), fed from a file:
// the CLI only reads bytes; which lines, cells and cases they make is
// decided by the same code the page's worker runs in WebAssembly.
#pragma once
#include <cstdint>
#include <cstdio>
#include <vector>

#include "vybir/caseload.hpp"

namespace vybir::cli {

using CaseFormat = caseload::Format;
using caseload::CaseLines;
using caseload::format_of_path;
using caseload::parse_format;

// Reads the file in chunks of 1 MiB through one buffer (memory stays flat
// however many lines come) and calls fn(const TextLines::Line&) for each
// line, until fn returns false. after_chunk(bytes so far) runs after each
// chunk. False on a read error.
template <class Fn, class After>
bool for_each_line(std::FILE* file, Fn&& fn, After&& after_chunk) {
    std::vector<char> buffer(1 << 20);
    caseload::TextLines lines;
    std::uint64_t bytes = 0;
    for (;;) {
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), file);
        if (n == 0) break;
        bytes += n;
        if (!lines.feed(std::string_view(buffer.data(), n), fn)) return true;
        after_chunk(bytes);
    }
    if (std::ferror(file)) return false;
    lines.finish(fn);
    return true;
}

}  // namespace vybir::cli
