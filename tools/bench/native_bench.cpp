// Native throughput of the rule core through its C++ API (core/include).
//
//   vybir_bench CASES.jsonl [--cases N] [--repeats R]
//
// Reads up to N cases (default 100000) from a JSONL file once (read_case_text),
// then times R passes (default 11) over all of them for each stage:
//   evaluate              Assessment evaluate(policy, case)
//   evaluate+to_json      ... and the contract's nlohmann::json object
//   evaluate+to_json+dump ... and its text (what the CLI writes)
//   evaluate+append_assessment_json  ... written straight into a string (the
//                         fast writer of vybir batch, when core has it)
//   evaluate_text         text in, text out: parse, validate, evaluate, dump
// and prints one JSON object with the median (and min/max) assessments per
// second of each stage. Single-threaded; run it pinned (taskset -c 0).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "vybir/api.hpp"
#include "vybir/assessment.hpp"
#include "vybir/case.hpp"
#include "vybir/default_policy.hpp"
#include "vybir/policy.hpp"
#if __has_include("vybir/assessment_text.hpp")
#include "vybir/assessment_text.hpp"
#define VYBIR_BENCH_TEXT_WRITER 1
#endif

namespace {

using Clock = std::chrono::steady_clock;

// Keeps results observable so the optimiser cannot drop the work.
volatile std::uint64_t sink = 0;

struct Stage {
    std::string name;
    std::vector<double> per_second;
};

template <class F>
Stage time_stage(const std::string& name, std::size_t n, int repeats, F&& pass) {
    Stage s{name, {}};
    pass();  // warm-up
    for (int r = 0; r < repeats; ++r) {
        const auto t0 = Clock::now();
        sink = sink + pass();
        const std::chrono::duration<double> dt = Clock::now() - t0;
        s.per_second.push_back(static_cast<double>(n) / dt.count());
    }
    std::sort(s.per_second.begin(), s.per_second.end());
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: vybir_bench CASES.jsonl [--cases N] [--repeats R]\n";
        return 64;
    }
    std::size_t max_cases = 100000;
    int repeats = 11;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--cases") max_cases = std::strtoull(argv[i + 1], nullptr, 10);
        else if (a == "--repeats") repeats = std::atoi(argv[i + 1]);
        else {
            std::cerr << "vybir_bench: unknown option " << a << "\n";
            return 64;
        }
    }
    if (repeats < 1) repeats = 1;

    auto policy = vybir::read_policy_text(vybir::default_policy_text());
    if (!policy.ok()) {
        std::cerr << "vybir_bench: the compiled-in policy is invalid: " << policy.error().code << "\n";
        return 1;
    }
    const vybir::Policy& p = policy.value();

    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "vybir_bench: cannot read " << argv[1] << "\n";
        return 1;
    }
    std::vector<std::string> lines;
    std::vector<vybir::Case> cases;
    for (std::string line; cases.size() < max_cases && std::getline(in, line);) {
        auto c = vybir::read_case_text(line, p);
        if (!c.ok()) {
            std::cerr << "vybir_bench: line " << lines.size() + 1 << ": " << c.error().code << "\n";
            return 1;
        }
        cases.push_back(c.value().input);
        lines.push_back(std::move(line));
    }
    const std::size_t n = cases.size();
    if (n == 0) {
        std::cerr << "vybir_bench: no cases\n";
        return 1;
    }

    std::vector<Stage> stages;
    stages.push_back(time_stage("evaluate", n, repeats, [&] {
        std::uint64_t acc = 0;
        for (const auto& c : cases) {
            const vybir::Assessment a = vybir::evaluate(p, c);
            acc += static_cast<std::uint64_t>(a.grade.grade) + a.what_if_count + a.internal_protection.areas;
        }
        return acc;
    }));
    stages.push_back(time_stage("evaluate+to_json", n, repeats, [&] {
        std::uint64_t acc = 0;
        for (const auto& c : cases) acc += vybir::to_json(vybir::evaluate(p, c)).size();
        return acc;
    }));
    stages.push_back(time_stage("evaluate+to_json+dump", n, repeats, [&] {
        std::uint64_t acc = 0;
        for (const auto& c : cases) acc += vybir::dump(vybir::to_json(vybir::evaluate(p, c))).size();
        return acc;
    }));
#ifdef VYBIR_BENCH_TEXT_WRITER
    stages.push_back(time_stage("evaluate+append_assessment_json", n, repeats, [&] {
        std::uint64_t acc = 0;
        std::string out;
        for (const auto& c : cases) {
            out.clear();
            vybir::append_assessment_json(out, vybir::evaluate(p, c));
            acc += out.size();
        }
        return acc;
    }));
#endif
    stages.push_back(time_stage("evaluate_text", n, repeats, [&] {
        std::uint64_t acc = 0;
        for (const auto& line : lines) acc += vybir::evaluate_text(p, line).json.size();
        return acc;
    }));

    std::cout << "{\"cases\":" << n << ",\"repeats\":" << repeats << ",\"stages\":{";
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const auto& v = stages[i].per_second;
        std::cout << (i ? "," : "") << "\"" << stages[i].name << "\":{\"median\":" << static_cast<long long>(v[v.size() / 2])
                  << ",\"min\":" << static_cast<long long>(v.front()) << ",\"max\":" << static_cast<long long>(v.back())
                  << "}";
    }
    std::cout << "},\"checksum\":" << sink << "}\n";
    return 0;
}
