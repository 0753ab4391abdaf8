// The assessment as tokens: the same values as its JSON text, in the same
// order, as 32-bit words whose strings are indexes into a table of strings.
// This is how an assessment crosses from the WASM module to JavaScript:
// building the object from tokens costs a fraction of JSON.parse on the
// text (docs/performance.md), and wasm/vybir.js holds the two to the same
// result on every scenario and generated case (tests/wasm/tokens.test.mjs).
//
// A word is (payload << 3) | op:
//   op 0  begin object           op 4  string: payload is its table index
//   op 1  begin array            op 5  integer: payload (signed, 29 bits)
//   op 2  end (object or array)  op 6  false (payload 0), true (1), null (2)
//   op 3  member name: index     op 7  date: payload is YYYYMMDD
// Strings come only from the policy and from core's own codes and names, so
// the table stops growing once every one has been seen; it is never sent
// again, only what was added since the reader last looked (`from`).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vybir/assessment.hpp"

namespace vybir {

namespace token {
inline constexpr std::uint32_t begin_object = 0, begin_array = 1, end = 2, name = 3, string = 4, integer = 5,
                               literal = 6, date = 7;
inline constexpr std::uint32_t literal_false = 0, literal_true = 1, literal_null = 2;
inline constexpr long long integer_min = -(1LL << 28), integer_max = (1LL << 28) - 1;
}  // namespace token

// Append-only: an index, once given, always means the same string.
//
// Most strings are the same few string_views every time (the policy's
// cites, core's literal names), so the table also remembers each by its
// address: a string given to intern must stay unchanged at its address for
// as long as the table is used, as the policy's strings and core's literals
// do while the policy lives.
class StringTable {
public:
    std::uint32_t intern(std::string_view);
    std::size_t size() const { return strings_.size(); }
    const std::string& operator[](std::size_t i) const { return strings_[i]; }
    // The strings from index `from` on, as a compact JSON array.
    std::string json_from(std::size_t from) const;

private:
    struct Seen {
        const char* data = nullptr;  // nullptr: a free slot
        std::size_t size = 0;
        std::uint32_t index = 0;
    };
    static constexpr std::size_t slots = 1024;  // a power of two; kept at most half full
    std::vector<Seen> seen_ = std::vector<Seen>(slots);
    std::size_t seen_count_ = 0;
    std::vector<std::string> strings_;
};

void append_assessment_tokens(std::vector<std::uint32_t>& out, StringTable&, const Assessment&);

}  // namespace vybir
