#include "line_reader.hpp"

#include <cstring>

namespace vybir::cli {

namespace {
constexpr std::size_t chunk_bytes = 1 << 20;

std::string_view without_cr(const char* from, std::size_t size) {
    if (size > 0 && from[size - 1] == '\r') --size;
    return {from, size};
}
}  // namespace

LineReader::LineReader(std::FILE* file, std::size_t max_line_bytes)
    : file_(file), max_line_(max_line_bytes), buffer_(max_line_bytes + chunk_bytes + 1) {}

bool LineReader::fill() {
    if (eof_) return false;
    if (begin_ > 0) {  // keep the partial line at the front
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    const std::size_t n = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
    if (n == 0) {
        eof_ = true;
        failed_ = std::ferror(file_) != 0;
        return false;
    }
    end_ += n;
    bytes_read_ += n;
    return true;
}

bool LineReader::next(Line& line) {
    line.too_long = false;
    std::size_t searched = begin_;
    for (;;) {
        const char* from = buffer_.data() + begin_;
        if (const void* nl = std::memchr(buffer_.data() + searched, '\n', end_ - searched)) {
            const std::size_t size = static_cast<const char*>(nl) - from;
            line.number = ++number_;
            if (size > max_line_) {
                line.too_long = true;
                line.text = {};
            } else {
                line.text = without_cr(from, size);
            }
            begin_ += size + 1;
            return true;
        }
        if (end_ - begin_ > max_line_) {
            // Too long to keep: drop what we have and skip to its end.
            line.number = ++number_;
            line.too_long = true;
            line.text = {};
            begin_ = end_ = 0;
            for (;;) {
                if (!fill()) return true;
                if (const void* nl = std::memchr(buffer_.data(), '\n', end_)) {
                    begin_ = static_cast<const char*>(nl) - buffer_.data() + 1;
                    return true;
                }
                end_ = 0;
            }
        }
        searched = end_;
        const std::size_t kept_from = begin_;
        if (!fill()) {
            if (begin_ == end_) return false;
            // The last line has no "\n".
            line.number = ++number_;
            line.text = without_cr(buffer_.data() + begin_, end_ - begin_);
            begin_ = end_;
            return true;
        }
        searched -= kept_from;  // fill() moved the partial line to the front
    }
}

}  // namespace vybir::cli
