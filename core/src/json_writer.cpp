#include "json_writer.hpp"

#include <charconv>
#include <cmath>

namespace vybir::detail {

namespace {

// nlohmann writes a float that reads as a whole number with ".0".
void append_float(std::string& out, double d) {
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
#if defined(__cpp_lib_to_chars)
    char text[32];
    auto [end, ec] = std::to_chars(text, text + sizeof text, d);
    std::string_view s(text, static_cast<std::size_t>(end - text));
    out += s;
    if (s.find_first_of(".e") == std::string_view::npos) out += ".0";
#else
    // No floating to_chars in this standard library (the WASM build). The
    // contract's texts carry no fractional numbers; whole ones are exact.
    if (d == std::trunc(d) && std::fabs(d) < 9007199254740992.0) {
        const long long n = static_cast<long long>(d);
        if (n == 0 && std::signbit(d)) out += '-';
        out += std::to_string(n);
        out += ".0";
    } else {
        out += "null";
    }
#endif
}

}  // namespace

void Writer::value(const nlohmann::json& v) {
    using t = nlohmann::json::value_t;
    switch (v.type()) {
        case t::object:
            if (depth_ + 1 >= max_depth) break;
            open('{');
            for (const auto& [key, item] : v.items()) {
                separator();
                out_ += '"';
                escaped(key);
                out_ += "\":";
                after_name_ = true;
                value(item);
            }
            close('}');
            return;
        case t::array:
            if (depth_ + 1 >= max_depth) break;
            open('[');
            for (const auto& item : v) value(item);
            close(']');
            return;
        case t::string: string(v.get_ref<const std::string&>()); return;
        case t::boolean: boolean(v.get<bool>()); return;
        case t::number_integer: number(v.get<long long>()); return;
        case t::number_unsigned: {
            value_start();
            out_ += std::to_string(v.get<unsigned long long>());
            return;
        }
        case t::number_float:
            value_start();
            append_float(out_, v.get<double>());
            return;
        case t::null:
        case t::binary:
        case t::discarded: break;
    }
    null();
}

}  // namespace vybir::detail
