// A progress bar on stderr while a caseload runs, only when stderr is a
// terminal: piped or redirected, the run stays quiet (the summary aside).
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>

namespace vybir::cli {

class Progress {
public:
    // total_bytes: the input's size when known (a regular file).
    Progress(bool enabled, std::optional<std::uint64_t> total_bytes);
    // Cheap enough to call per line: it looks at the clock every few
    // thousand lines and redraws a few times a second.
    void tick(std::uint64_t lines, std::uint64_t bytes) {
        if (enabled_ && (lines & 4095) == 0) draw(lines, bytes, false);
    }
    void finish();  // clears the bar

private:
    void draw(std::uint64_t lines, std::uint64_t bytes, bool force);
    bool enabled_;
    std::optional<std::uint64_t> total_;
    std::chrono::steady_clock::time_point start_, last_;
    bool drawn_ = false;
};

}  // namespace vybir::cli
