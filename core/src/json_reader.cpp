#include "json_reader.hpp"

namespace vybir::detail {

std::string pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string shown(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return "\"" + std::string(text) + "\"";
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return "\"" + std::string(text.substr(0, cut)) + "…\"";
}

namespace {

// Deepest nesting of arrays and objects, strings skipped. Stops counting
// once past the limit.
int nesting_depth(std::string_view text) {
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest && (deepest = depth) > max_depth) return deepest;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

}  // namespace

Result<json> parse(std::string_view text, std::string_view code_prefix) {
    const std::string p(code_prefix);
    if (text.size() > max_input_bytes)
        return Error{p == "json" ? "input.too-large" : p + ".too-large", "",
                     "the input is larger than 1 MiB"};
    if (nesting_depth(text) > max_depth)
        return Error{p + ".too-deep", "", "the input is nested more than " + std::to_string(max_depth) + " levels deep"};
    json value = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded())
        return Error{p + ".syntax", "", "the input is not valid JSON (or has text after it)"};
    return value;
}

bool Reader::fail(std::string_view code, std::string pointer, std::string message) {
    if (!error_) error_ = Error{prefix_ + "." + std::string(code), std::move(pointer), std::move(message)};
    return false;
}

bool Reader::only_keys(const json& obj, const std::string& at, std::initializer_list<std::string_view> allowed) {
    for (const auto& [key, value] : obj.items()) {
        bool known = false;
        for (auto a : allowed) known = known || key == a;
        if (!known)
            return fail(prefix_ == "case" ? "unknown-field" : "schema", at + "/" + pointer_token(key),
                        "unknown field " + shown(key));
    }
    return true;
}

const json* Reader::member(const json& parent, std::string_view key, const std::string& at, bool required) {
    auto it = parent.find(key);
    if (it == parent.end()) {
        if (required)
            fail(prefix_ == "case" ? "missing-field" : "schema", at + "/" + std::string(key),
                 "required field " + shown(key) + " is missing");
        return nullptr;
    }
    return &*it;
}

namespace {
const char* wrong_type_code(std::string_view prefix) { return prefix == "case" ? "wrong-type" : "schema"; }
}  // namespace

const json* Reader::object(const json& parent, std::string_view key, const std::string& at, bool required) {
    const json* v = member(parent, key, at, required);
    if (v && !v->is_object()) {
        fail(wrong_type_code(prefix_), at + "/" + std::string(key), shown(key) + " must be an object");
        return nullptr;
    }
    return v;
}

const json* Reader::array(const json& parent, std::string_view key, const std::string& at, bool required) {
    const json* v = member(parent, key, at, required);
    if (v && !v->is_array()) {
        fail(wrong_type_code(prefix_), at + "/" + std::string(key), shown(key) + " must be an array");
        return nullptr;
    }
    return v;
}

bool Reader::string(const json& parent, std::string_view key, const std::string& at, std::string& out, bool required) {
    const json* v = member(parent, key, at, required);
    if (!v) return !required;
    if (!v->is_string())
        return fail(wrong_type_code(prefix_), at + "/" + std::string(key), shown(key) + " must be a string");
    out = v->get_ref<const std::string&>();
    return true;
}

bool Reader::boolean(const json& parent, std::string_view key, const std::string& at, bool& out, bool required) {
    const json* v = member(parent, key, at, required);
    if (!v) return !required;
    if (!v->is_boolean())
        return fail(wrong_type_code(prefix_), at + "/" + std::string(key), shown(key) + " must be true or false");
    out = v->get<bool>();
    return true;
}

bool Reader::integer(const json& parent, std::string_view key, const std::string& at, int& out, bool required) {
    const json* v = member(parent, key, at, required);
    if (!v) return !required;
    if (!v->is_number_integer() || v->get<long long>() < -1000000 || v->get<long long>() > 1000000)
        return fail(wrong_type_code(prefix_), at + "/" + std::string(key), shown(key) + " must be a whole number");
    out = static_cast<int>(v->get<long long>());
    return true;
}

bool Reader::date(const json& parent, std::string_view key, const std::string& at, Date& out, bool required) {
    std::string text;
    if (!string(parent, key, at, text, required)) return false;
    if (!parent.contains(key)) return true;
    const std::string where = at + "/" + std::string(key);
    if (!Date::has_iso_shape(text))
        return fail(prefix_ == "case" ? "date-format" : "date-invalid", where,
                    shown(text) + " is not a date in the form YYYY-MM-DD");
    auto d = Date::parse(text);
    if (!d) return fail("date-invalid", where, shown(text) + " is not a calendar date");
    out = *d;
    return true;
}

}  // namespace vybir::detail
