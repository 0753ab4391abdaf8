// Reads a stream line by line through one fixed buffer, so that memory stays
// flat however many lines come: ten million cases cost what ten do.
#pragma once
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

namespace vybir::cli {

class LineReader {
public:
    // Lines longer than max_line_bytes are not kept: next() reports them as
    // too long and skips to the following line.
    LineReader(std::FILE* file, std::size_t max_line_bytes);

    struct Line {
        std::string_view text;  // without "\n" or "\r\n"; valid until the next call
        std::uint64_t number = 0;  // 1-based
        bool too_long = false;
    };
    // False at the end of the input or on a read error (see failed()).
    bool next(Line& line);

    bool failed() const { return failed_; }
    std::uint64_t bytes_read() const { return bytes_read_; }

private:
    bool fill();  // reads more after end_; false when nothing more came

    std::FILE* file_;
    std::size_t max_line_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0, end_ = 0;
    std::uint64_t number_ = 0;
    std::uint64_t bytes_read_ = 0;
    bool eof_ = false, failed_ = false;
};

}  // namespace vybir::cli
