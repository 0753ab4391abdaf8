#include "progress.hpp"

#include <cstdio>
#include <string>

namespace vybir::cli {

using clock_type = std::chrono::steady_clock;

Progress::Progress(bool enabled, std::optional<std::uint64_t> total_bytes)
    : enabled_(enabled), total_(total_bytes), start_(clock_type::now()), last_(start_) {}

void Progress::draw(std::uint64_t lines, std::uint64_t bytes, bool force) {
    const auto now = clock_type::now();
    if (!force && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    if (seconds <= 0) return;
    const double rate = static_cast<double>(lines) / seconds;
    char text[160];
    if (total_ && *total_ > 0) {
        const double done = static_cast<double>(bytes) / static_cast<double>(*total_);
        const int width = 30;
        const int filled = static_cast<int>(done * width + 0.5);
        std::string bar(static_cast<std::size_t>(filled < width ? filled : width), '#');
        bar.resize(width, '.');
        const double left = done > 0 ? seconds * (1 - done) / done : 0;
        std::snprintf(text, sizeof text, "\r[%s] %3.0f%%  %llu cases  %.0f/s  %d:%02d left\033[K", bar.c_str(),
                      done * 100, static_cast<unsigned long long>(lines), rate, static_cast<int>(left) / 60,
                      static_cast<int>(left) % 60);
    } else {
        std::snprintf(text, sizeof text, "\r%llu cases  %.0f/s\033[K", static_cast<unsigned long long>(lines), rate);
    }
    std::fputs(text, stderr);
    drawn_ = true;
}

void Progress::finish() {
    if (drawn_) std::fputs("\r\033[K", stderr);
    drawn_ = false;
}

}  // namespace vybir::cli
