// vybir batch: a whole caseload in one run, streamed line by line so that
// memory stays flat however long the file is. A bad line becomes an error
// row and the run goes on; only input that cannot be read at all stops it.
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <new>

#include "batch_summary.hpp"
#include "case_lines.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "progress.hpp"
#include "vybir/policy_versions.hpp"

namespace vybir::cli {

namespace {

// Bytes still to come, when the input is a regular file (for time left).
std::optional<std::uint64_t> size_of(std::FILE* f) {
    struct stat st {};
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    const long at = std::ftell(f);
    return static_cast<std::uint64_t>(st.st_size - (at > 0 ? at : 0));
}

// Buffers the rows and writes them in large blocks.
struct Out {
    std::string buffer;
    void maybe_flush() {
        if (buffer.size() >= (1 << 18)) flush();
    }
    void flush() {
        std::fwrite(buffer.data(), 1, buffer.size(), stdout);
        buffer.clear();
    }
};

}  // namespace

int batch_command(const BatchOptions& options) {
    auto versions = load_versions(options.policy_path, options.policy_dir);
    if (!versions.ok()) return report(versions.error());

    std::FILE* in = options.input == "-" ? stdin : std::fopen(options.input.c_str(), "rb");
    if (!in) return report({"input.unreadable", "", "cannot open " + options.input});
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(in == stdin ? nullptr : in, std::fclose);

    CaseFormat in_format = options.in_format.value_or(
        options.input == "-" ? CaseFormat::jsonl : format_of_path(options.input));
    CaseFormat out_format = options.out_format.value_or(CaseFormat::jsonl);

    const auto start = std::chrono::steady_clock::now();
    Progress progress(isatty(fileno(stderr)) != 0, size_of(in));
    const Policy* forced = options.policy_path.empty() ? nullptr : &versions.value().front();
    caseload::Run run(versions.value(), forced, in_format, out_format);
    BatchSummary summary;
    Out out;
    out.buffer.reserve(1 << 19);
    caseload::append_header(out.buffer, out_format);

    bool readable = true;
    std::uint64_t bytes = 0;
    auto process = [&](const caseload::TextLines::Line& line) {
        ++summary.lines;
        caseload::Run::Outcome outcome;
#if defined(__cpp_exceptions)
        // Nothing here is expected to throw; a line that does becomes an
        // error row rather than the end of the run.
        try {
            outcome = run.line(line, out.buffer);
        } catch (const std::bad_alloc&) {
            outcome = run.fail(line.number, {"input.too-large", "", "out of memory"}, out.buffer);
        } catch (const std::exception& e) {
            outcome = run.fail(line.number, {"internal", "", e.what()}, out.buffer);
        }
#else
        outcome = run.line(line, out.buffer);
#endif
        switch (outcome) {
            case caseload::Run::Outcome::blank: ++summary.blank; break;
            case caseload::Run::Outcome::header: break;
            case caseload::Run::Outcome::assessed: summary.add(run.assessment()); break;
            case caseload::Run::Outcome::error: summary.add(run.error()); break;
            case caseload::Run::Outcome::stop: summary.add(run.error()); readable = false; break;
        }
        out.maybe_flush();
        progress.tick(summary.lines, bytes);
        return readable;
    };
    const bool read_ok = for_each_line(in, process, [&](std::uint64_t n) { bytes = n; });
    out.flush();
    std::fflush(stdout);
    progress.finish();

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fputs(summary.text(seconds).c_str(), stderr);
    if (!readable) return 2;
    if (!read_ok) {
        std::fprintf(stderr, "vybir batch: cannot read %s after line %llu\n", options.input.c_str(),
                     static_cast<unsigned long long>(summary.lines));
        return 2;
    }
    return 0;
}

}  // namespace vybir::cli
