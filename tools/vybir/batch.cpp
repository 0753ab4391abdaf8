// vybir batch: a whole caseload in one run, streamed line by line so that
// memory stays flat however long the file is. A bad line becomes an error
// row and the run goes on; only input that cannot be read at all stops it.
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <new>

#include "batch_rows.hpp"
#include "batch_summary.hpp"
#include "case_lines.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "line_reader.hpp"
#include "progress.hpp"
#include "vybir/policy_versions.hpp"

namespace vybir::cli {

namespace {

constexpr std::size_t max_line_bytes = 1 << 20;  // the core's limit for one case

// Bytes still to come, when the input is a regular file (for time left).
std::optional<std::uint64_t> size_of(std::FILE* f) {
    struct stat st {};
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    const long at = std::ftell(f);
    return static_cast<std::uint64_t>(st.st_size - (at > 0 ? at : 0));
}

struct Run {
    std::span<const Policy> versions;
    const Policy* forced;  // --policy: this version, whatever the date
    CaseLines cases;
    BatchRows rows;
    BatchSummary summary;
    nlohmann::json value;  // a CSV row as a case object
    Error error;

    // False when the input cannot be read on (a refused CSV header).
    bool process(const LineReader::Line& line) {
        ++summary.lines;
        if (line.too_long) return fail(line.number, {"input.too-large", "", "the line is larger than 1 MiB"});
        switch (cases.read(line.text, value, error)) {
            case CaseLines::Kind::blank: ++summary.blank; return true;
            case CaseLines::Kind::header: return true;
            case CaseLines::Kind::bad_header: fail(line.number, error); return false;
            case CaseLines::Kind::error: return fail(line.number, error);
            case CaseLines::Kind::case_text:
                return assess(line.number, forced ? read_case_text_under(line.text, *forced)
                                                  : read_case_text_in_force(line.text, versions));
            case CaseLines::Kind::case_value: break;
        }
        if (!forced) return assess(line.number, read_case_in_force(value, versions));
        auto c = read_case(value, *forced);
        if (!c.ok()) return fail(line.number, c.error());
        return assess(line.number, CaseInForce{forced, c.value()});
    }

    bool assess(std::uint64_t number, const Result<CaseInForce>& c) {
        if (!c.ok()) return fail(number, c.error());
        const Assessment a = evaluate(*c.value().policy, c.value().input);
        rows.assessment(number, a);
        summary.add(a);
        return true;
    }

    bool fail(std::uint64_t number, const Error& e) {
        rows.error(number, e);
        summary.add(e);
        return true;
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
    LineReader reader(in, max_line_bytes);
    const Policy* forced = options.policy_path.empty() ? nullptr : &versions.value().front();
    Run run{versions.value(), forced, CaseLines(in_format), BatchRows(stdout, out_format), {}, {}, {}};
    run.rows.header();

    bool readable = true;
    LineReader::Line line;
    while (readable && reader.next(line)) {
#if defined(__cpp_exceptions)
        // Nothing here is expected to throw; a line that does becomes an
        // error row rather than the end of the run.
        try {
            readable = run.process(line);
        } catch (const std::bad_alloc&) {
            run.fail(line.number, {"input.too-large", "", "out of memory"});
        } catch (const std::exception& e) {
            run.fail(line.number, {"internal", "", e.what()});
        }
#else
        readable = run.process(line);
#endif
        progress.tick(run.summary.lines, reader.bytes_read());
    }
    run.rows.flush();
    std::fflush(stdout);
    progress.finish();

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fputs(run.summary.text(seconds).c_str(), stderr);
    if (!readable) return 2;
    if (reader.failed()) {
        std::fprintf(stderr, "vybir batch: cannot read %s after line %llu\n", options.input.c_str(),
                     static_cast<unsigned long long>(run.summary.lines));
        return 2;
    }
    return 0;
}

}  // namespace vybir::cli
