#include "input.hpp"

#include <cstdio>
#include <iostream>
#include <memory>

#include "vybir/api.hpp"
#include "vybir/default_policy.hpp"

namespace vybir::cli {

namespace {
constexpr std::size_t limit = 1 << 20;
}

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
    if (path.empty()) return read_policy_text(default_policy_text());
    auto text = read_input(path);
    if (!text.ok()) return text.error();
    return read_policy_text(text.value());
}

int report(const Error& e) {
    std::cout << dump(error_json(e), 2) << '\n';
    return 2;
}

}  // namespace vybir::cli
