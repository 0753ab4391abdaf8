// Small helpers for reading JSON documents without exceptions, keeping the
// JSON Pointer of every value so a fault can say where it is.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "vybir/date.hpp"
#include "vybir/error.hpp"
#include "vybir/limits.hpp"

namespace vybir::detail {

using nlohmann::json;

// RFC 6901: "~" becomes "~0" and "/" becomes "~1".
std::string pointer_token(std::string_view key);
// A value quoted for a message, cut at a character boundary.
std::string shown(std::string_view text, std::size_t max_bytes = 40);

// Size and nesting are checked before parsing, so that neither a huge file
// nor a deeply nested one can exhaust memory or the stack.
Result<json> parse(std::string_view text, std::string_view code_prefix);

// Collects the first fault; later faults are ignored.
class Reader {
public:
    explicit Reader(std::string_view code_prefix) : prefix_(code_prefix) {}

    bool fail(std::string_view code, std::string pointer, std::string message);
    bool failed() const { return error_.has_value(); }
    Error error() const { return *error_; }

    // Every key of obj must be one of allowed.
    bool only_keys(const json& obj, const std::string& at, std::initializer_list<std::string_view> allowed);

    const json* object(const json& parent, std::string_view key, const std::string& at, bool required = true);
    const json* array(const json& parent, std::string_view key, const std::string& at, bool required = true);
    bool string(const json& parent, std::string_view key, const std::string& at, std::string& out, bool required = true);
    bool boolean(const json& parent, std::string_view key, const std::string& at, bool& out, bool required = true);
    bool integer(const json& parent, std::string_view key, const std::string& at, int& out, bool required = true);
    bool date(const json& parent, std::string_view key, const std::string& at, Date& out, bool required = true);

private:
    const json* member(const json& parent, std::string_view key, const std::string& at, bool required);
    std::string prefix_;
    std::optional<Error> error_;
};

}  // namespace vybir::detail
