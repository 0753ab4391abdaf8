#include "input.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <system_error>

#include "vybir/api.hpp"
#include "vybir/embedded_policies.hpp"
#include "vybir/limits.hpp"
#include "vybir/policy_versions.hpp"

namespace vybir::cli {

namespace {
constexpr std::size_t limit = max_input_bytes;

// A policy file's fault, with the file named so that a folder of versions
// says which one is broken.
Error in_file(Error e, const std::string& path) {
    e.message = path + ": " + e.message;
    return e;
}

Result<Policy> read_policy_file(const std::string& path) {
    auto text = read_input(path);
    if (!text.ok()) return text.error();
    auto policy = read_policy_text(text.value());
    if (!policy.ok()) return in_file(policy.error(), path);
    return policy;
}

Result<std::vector<Policy>> embedded_versions() {
    std::vector<Policy> versions;
    for (std::string_view text : embedded_policy_texts()) {
        auto policy = read_policy_text(text);
        if (!policy.ok()) return policy.error();
        versions.push_back(std::move(policy.value()));
    }
    return order_versions(std::move(versions));
}

}  // namespace

Result<std::string> read_input(const std::string& path) {
    std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) return Error{"input.unreadable", "", "cannot open " + path};
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f == stdin ? nullptr : f, std::fclose);
    std::string text;
    char buffer[65536];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
        text.append(buffer, n);
        if (text.size() > limit) return Error{"input.too-large", "", "the input is larger than 1 MiB"};
    }
    if (std::ferror(f)) return Error{"input.unreadable", "", "cannot read " + path};
    return text;
}

Result<Policy> load_policy(const std::string& path) {
    if (path.empty()) {
        auto versions = embedded_versions();
        if (!versions.ok()) return versions.error();
        return std::move(versions.value().back());
    }
    auto text = read_input(path);
    if (!text.ok()) return text.error();
    return read_policy_text(text.value());
}

Result<std::vector<Policy>> load_versions(const std::string& policy_path, const std::string& policy_dir) {
    if (!policy_path.empty()) {
        auto policy = load_policy(policy_path);
        if (!policy.ok()) return policy.error();
        std::vector<Policy> one;
        one.push_back(std::move(policy.value()));
        return one;
    }
    if (policy_dir.empty()) return embedded_versions();

    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<std::string> paths;
    for (fs::directory_iterator it(policy_dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json") paths.push_back(it->path().string());
    if (ec) return Error{"input.unreadable", "", "cannot read the folder " + policy_dir};
    if (paths.empty()) return Error{"input.unreadable", "", "no policy files (*.json) in " + policy_dir};
    std::sort(paths.begin(), paths.end());
    std::vector<Policy> versions;
    for (const std::string& path : paths) {
        auto policy = read_policy_file(path);
        if (!policy.ok()) return policy.error();
        versions.push_back(std::move(policy.value()));
    }
    return order_versions(std::move(versions));
}

Result<Policy> load_named_version(const std::string& file_or_date) {
    std::error_code ec;
    if (auto date = Date::parse(file_or_date); date && !std::filesystem::exists(file_or_date, ec)) {
        auto versions = embedded_versions();
        if (!versions.ok()) return versions.error();
        for (Policy& p : versions.value())
            if (p.effective_from == *date) return std::move(p);
        return Error{"input.unreadable", "", "no compiled-in policy version takes effect on " + file_or_date};
    }
    return read_policy_file(file_or_date);
}

int report(const Error& e) {
    std::cout << dump_pretty(error_json(e)) << '\n';
    return 2;
}

}  // namespace vybir::cli
