// Errors are results, never exceptions or aborts: a stable code, the JSON
// Pointer of the fault, and an English message for developers.
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace vybir {

struct Error {
    std::string code;     // stable, e.g. "case.date-invalid"
    std::string pointer;  // RFC 6901, "" for the whole document
    std::string message;
};

template <class T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}

    bool ok() const { return v_.index() == 0; }
    const T& value() const { return std::get<0>(v_); }
    T& value() { return std::get<0>(v_); }
    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

}  // namespace vybir
