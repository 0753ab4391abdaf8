// The token writer: Writer's calls (json_writer.hpp) as the words of
// assessment_tokens.hpp, through the member order of assessment_writer.hpp.
#include "vybir/assessment_tokens.hpp"

#include "assessment_writer.hpp"
#include "json_writer.hpp"

namespace vybir {

std::uint32_t StringTable::intern(std::string_view s) {
    // By address first (open addressing, linear probing), then by text.
    const auto key = reinterpret_cast<std::uintptr_t>(s.data());
    std::size_t at = (key * 0x9E3779B1u >> 7) & (slots - 1);
    if (s.data() != nullptr) {
        for (; seen_[at].data != nullptr; at = (at + 1) & (slots - 1))
            if (seen_[at].data == s.data() && seen_[at].size == s.size()) return seen_[at].index;
    }
    // By text, the first time an address is seen: a plain search, as the
    // table holds a few hundred strings at most.
    std::uint32_t index = 0;
    while (index < strings_.size() && strings_[index] != s) ++index;
    if (index == strings_.size()) strings_.emplace_back(s);
    if (s.data() == nullptr) return index;
    if (seen_count_ >= slots / 2) {
        // Only a caller with ever new addresses gets here; start over.
        seen_.assign(slots, Seen{});
        seen_count_ = 0;
        at = (key * 0x9E3779B1u >> 7) & (slots - 1);
        while (seen_[at].data != nullptr) at = (at + 1) & (slots - 1);
    }
    seen_[at] = {s.data(), s.size(), index};
    ++seen_count_;
    return index;
}

std::string StringTable::json_from(std::size_t from) const {
    std::string out;
    detail::Writer w(out);
    w.open('[');
    for (std::size_t i = from; i < strings_.size(); ++i) w.string(strings_[i]);
    w.close(']');
    return out;
}

namespace {

class TokenWriter {
public:
    TokenWriter(std::vector<std::uint32_t>& out, StringTable& table) : out_(out), table_(table) {}

    void open(char bracket) { out_.push_back(bracket == '{' ? token::begin_object : token::begin_array); }
    void close(char) { out_.push_back(token::end); }
    TokenWriter& name(std::string_view key) {
        put(token::name, table_.intern(key));
        return *this;
    }
    void string(std::string_view s) { put(token::string, table_.intern(s)); }
    void date(const Date& d) {
        put(token::date, static_cast<std::uint32_t>(d.year * 10000 + d.month * 100 + d.day));
    }
    void number(long long n) {
        // The assessment's numbers are grades, counts, months and years; a
        // policy with one out of range could not be read (policy_json.cpp).
        if (n < token::integer_min || n > token::integer_max) return null();
        put(token::integer, static_cast<std::uint32_t>(n));
    }
    void boolean(bool b) { put(token::literal, b ? token::literal_true : token::literal_false); }
    void null() { put(token::literal, token::literal_null); }

private:
    void put(std::uint32_t op, std::uint32_t payload) { out_.push_back(payload << 3 | op); }

    std::vector<std::uint32_t>& out_;
    StringTable& table_;
};

}  // namespace

void append_assessment_tokens(std::vector<std::uint32_t>& out, StringTable& table, const Assessment& a) {
    TokenWriter w(out, table);
    detail::write_assessment(w, a);
}

}  // namespace vybir
