// embind glue: exposes the core's entry points to JavaScript (text in;
// views of UTF-8 JSON text out). It decides nothing; every branch that matters lives in core/.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "vybir/api.hpp"
#ifdef VYBIR_CASELOAD
#include "vybir/caseload.hpp"
#endif
#include "vybir/default_policy.hpp"
#include "vybir/fragment.hpp"
#include "vybir/limits.hpp"

namespace {

const vybir::Result<vybir::Policy>& policy() {
    static const auto loaded = vybir::read_policy_text(vybir::default_policy_text());
    return loaded;
}

std::string policy_error() { return vybir::dump(vybir::error_json(policy().error())); }

// The case text comes in through this buffer: vybir.js writes it with
// TextEncoder.encodeInto, which costs less than embind's std::string
// conversion, a loop over the characters in JavaScript.
std::string input;
emscripten::val input_buffer(unsigned size) {
    input.assign(size, '\0');
    input.shrink_to_fit();
    return emscripten::val(emscripten::typed_memory_view(input.size(), reinterpret_cast<unsigned char*>(input.data())));
}
// Every text answer below comes back as a view of its UTF-8 bytes, valid
// until the next such answer, for TextDecoder in vybir.js: embind's
// std::string return copies byte by byte in JavaScript, which costs the
// most on a page's first calls, before that loop is optimised.
std::string answer;
emscripten::val text(std::string value) {
    answer = std::move(value);
    return emscripten::val(emscripten::typed_memory_view(answer.size(), reinterpret_cast<const unsigned char*>(answer.data())));
}

// The assessment of the case in the input buffer's first `length` bytes,
// or its error: the JSON text of the one way out, as the CLI writes it.
emscripten::val evaluate_input(unsigned length) {
    if (!policy().ok()) return text(policy_error());
    return text(vybir::evaluate_text(policy().value(), std::string_view(input).substr(0, length)).json);
}

// The input limits (vybir/limits.hpp), for vybir.js to refuse a huge input
// before copying it in: the core refuses it all the same.
emscripten::val limits() {
    emscripten::val out = emscripten::val::object();
    out.set("inputBytes", static_cast<double>(vybir::max_input_bytes));
    out.set("depth", vybir::max_depth);
    out.set("fragmentChars", static_cast<double>(vybir::max_fragment_chars));
    return out;
}

emscripten::val regions() { return text(policy().ok() ? vybir::dump(vybir::regions_json(policy().value())) : policy_error()); }
// The compiled-in policy document (14 KB), as a view of its bytes for
// TextDecoder: embind's std::string return would copy it byte by byte.
emscripten::val policy_view() {
    const std::string_view text = vybir::default_policy_text();
    return emscripten::val(emscripten::typed_memory_view(text.size(), reinterpret_cast<const unsigned char*>(text.data())));
}
emscripten::val version() { return text(policy().ok() ? vybir::dump(vybir::version_json(policy().value())) : policy_error()); }

// Shared links carry the id of the policy they were made under (the one
// compiled in) and what the case came to under it (core decides both);
// decoding checks only the form, evaluate() the meaning.
emscripten::val encode_fragment(const std::string& case_json) {
    if (!policy().ok()) return text(policy_error());
    return text(vybir::encode_fragment_text(case_json, policy().value()).json);
}
emscripten::val decode_fragment(const std::string& fragment) { return text(vybir::decode_fragment_text(fragment).json); }

#ifdef VYBIR_CASELOAD
// A caseload (vybir/caseload.hpp), for the page's worker: the file's bytes
// come in chunks through caseloadBuffer, each chunk's output rows (exactly
// what `vybir batch` writes) go back as a view. One run at a time.
struct CaseloadRun {
    explicit CaseloadRun(vybir::caseload::Run r) : run(std::move(r)) {}
    vybir::caseload::Run run;
    vybir::caseload::TextLines lines;
    bool stopped = false;
};
std::optional<CaseloadRun> caseload_run;
std::string caseload_chunk;
std::string caseload_rows;
std::span<const vybir::Policy> versions() { return {&policy().value(), 1}; }

// 0 jsonl, 1 csv, for both; the header row (CSV out) comes back at once.
emscripten::val caseload_start(unsigned in, unsigned out) {
    using vybir::caseload::Format;
    caseload_rows.clear();
    if (!policy().ok()) return text(policy_error());
    const Format in_format = in == 1 ? Format::csv : Format::jsonl, out_format = out == 1 ? Format::csv : Format::jsonl;
    caseload_run.emplace(vybir::caseload::Run(versions(), nullptr, in_format, out_format));
    vybir::caseload::append_header(caseload_rows, out_format);
    return text(std::move(caseload_rows));
}
emscripten::val caseload_buffer(unsigned size) {
    caseload_chunk.assign(size, '\0');
    return emscripten::val(emscripten::typed_memory_view(caseload_chunk.size(), reinterpret_cast<unsigned char*>(caseload_chunk.data())));
}
// The rows the first `length` bytes of the buffer complete; finish: the last line's.
emscripten::val caseload_feed(unsigned length, bool finish) {
    caseload_rows.clear();
    if (caseload_run && !caseload_run->stopped) {
        auto each = [&](const vybir::caseload::TextLines::Line& line) {
            caseload_run->stopped = caseload_run->run.line(line, caseload_rows) == vybir::caseload::Run::Outcome::stop;
            return !caseload_run->stopped;
        };
        if (caseload_run->lines.feed(std::string_view(caseload_chunk).substr(0, length), each) && finish)
            caseload_run->lines.finish(each);
    }
    return text(std::move(caseload_rows));
}
bool caseload_stopped() { return caseload_run && caseload_run->stopped; }
// The case on one line of the whole text (in the buffer): its JSON, or {"error":…}.
emscripten::val caseload_case(unsigned length, unsigned in, double line) {
    auto c = vybir::caseload::case_on_line(std::string_view(caseload_chunk).substr(0, length),
                                           in == 1 ? vybir::caseload::Format::csv : vybir::caseload::Format::jsonl,
                                           static_cast<std::uint64_t>(line));
    return text(c.ok() ? vybir::dump(c.value()) : vybir::dump(vybir::error_json(c.error())));
}
void caseload_end() {
    caseload_run.reset();
    caseload_chunk = std::string();
}
#endif

}  // namespace

EMSCRIPTEN_BINDINGS(vybir) {
    emscripten::function("inputBuffer", &input_buffer);
    emscripten::function("evaluateInput", &evaluate_input);
    emscripten::function("limits", &limits);
    emscripten::function("regions", &regions);
    emscripten::function("policy", &policy_view);
    emscripten::function("version", &version);
    emscripten::function("encodeFragment", &encode_fragment);
    emscripten::function("decodeFragment", &decode_fragment);
#ifdef VYBIR_CASELOAD
    emscripten::function("caseloadStart", &caseload_start);
    emscripten::function("caseloadBuffer", &caseload_buffer);
    emscripten::function("caseloadFeed", &caseload_feed);
    emscripten::function("caseloadStopped", &caseload_stopped);
    emscripten::function("caseloadCase", &caseload_case);
    emscripten::function("caseloadEnd", &caseload_end);
#endif
}
