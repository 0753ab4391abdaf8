// A compact JSON writer: the bytes nlohmann::json::dump() gives (no spaces,
// UTF-8 passed through, only '"', '\\' and control characters escaped),
// without the library's serializer, which pulls printf and long-double
// code into the WASM module. Used by the assessment writer and by dump().
#pragma once
#include <array>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "vybir/date.hpp"

namespace vybir::detail {

class Writer {
public:
    explicit Writer(std::string& out) : out_(out) {}

    void open(char bracket) {
        value_start();
        out_ += bracket;
        first_[++depth_] = true;
    }
    void close(char bracket) {
        out_ += bracket;
        --depth_;
    }
    Writer& name(std::string_view key) {
        separator();
        // Our own keys: short plain ASCII, nothing to escape; one append.
        char quoted[40];
        const std::size_t n = key.size() < sizeof quoted - 3 ? key.size() : sizeof quoted - 3;
        quoted[0] = '"';
        key.copy(quoted + 1, n);
        quoted[n + 1] = '"';
        quoted[n + 2] = ':';
        out_.append(quoted, n + 3);
        after_name_ = true;
        return *this;
    }
    void string(std::string_view s) {
        value_start();
        out_ += '"';
        if (plain(s)) {  // almost always: codes, ISO codes, cites
            out_.append(s.data(), s.size());
            out_ += '"';
            return;
        }
        escaped(s);
        out_ += '"';
    }
    void date(const Date& d) {
        value_start();
        // As Date::to_string, without its allocation: "YYYY-MM-DD".
        char text[12] = "\"0000-00-00";
        auto put = [&](int at, int value, int width) {
            for (int i = width - 1; i >= 0; --i, value /= 10) text[at + i] = static_cast<char>('0' + value % 10);
        };
        put(1, d.year, 4);
        put(6, d.month, 2);
        put(9, d.day, 2);
        out_.append(text, 11);
        out_ += '"';
    }
    void number(long long n) {
        value_start();
        if (n < 0) {
            out_ += '-';
            n = -n;
        }
        char digits[24];
        int i = 0;
        do digits[i++] = static_cast<char>('0' + n % 10);
        while ((n /= 10) > 0);
        while (i > 0) out_ += digits[--i];
    }
    void boolean(bool b) {
        value_start();
        out_ += b ? "true" : "false";
    }
    void null() {
        value_start();
        out_ += "null";
    }
    // Any JSON value, as nlohmann's compact dump writes it (objects keep
    // their keys sorted there too).
    void value(const nlohmann::json& v);

private:
    void separator() {
        if (!first_[depth_]) out_ += ',';
        first_[depth_] = false;
    }
    void value_start() {
        if (after_name_) after_name_ = false;
        else if (depth_ > 0) separator();
    }
    static bool plain(std::string_view s) {
        // Bytes JSON must escape: the control characters, '"' and '\\'.
        static constexpr auto escape = [] {
            std::array<bool, 256> table{};
            for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = true;
            table['"'] = table['\\'] = true;
            return table;
        }();
        bool any = false;
        for (char ch : s) any |= escape[static_cast<unsigned char>(ch)];
        return !any;
    }
    // As nlohmann's dump with ensure_ascii off: UTF-8 passes through, and
    // only '"', '\\' and control characters are escaped.
    void escaped(std::string_view s) {
        for (char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
                case '"': out_ += "\\\""; break;
                case '\\': out_ += "\\\\"; break;
                case '\b': out_ += "\\b"; break;
                case '\t': out_ += "\\t"; break;
                case '\n': out_ += "\\n"; break;
                case '\f': out_ += "\\f"; break;
                case '\r': out_ += "\\r"; break;
                default:
                    if (c <= 0x1F) {
                        // As "\\u%04x", without pulling printf into the WASM module.
                        static constexpr char hex[] = "0123456789abcdef";
                        const char u[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                        out_.append(u, sizeof u);
                    } else {
                        out_ += ch;
                    }
            }
        }
    }

    std::string& out_;
    static constexpr int max_depth = 80;  // inputs are refused past 64 levels
    bool first_[max_depth] = {true};
    int depth_ = 0;
    bool after_name_ = false;
};

}  // namespace vybir::detail
