#include "statements_text.hpp"

#include <sstream>

namespace vybir {
std::string_view i18n_uk_text();
std::string_view i18n_ru_text();
std::string_view i18n_nl_text();
std::string_view i18n_en_text();
}  // namespace vybir

namespace vybir::cli {

using nlohmann::json;

namespace {

std::string_view language_file(std::string_view lang) {
    if (lang == "uk") return i18n_uk_text();
    if (lang == "ru") return i18n_ru_text();
    if (lang == "nl") return i18n_nl_text();
    return i18n_en_text();
}

class Texts {
public:
    explicit Texts(std::string_view lang) : d_(json::parse(language_file(lang))) {}

    // The text of "section.key" with {name} filled from vars and [[…]] unbracketed, as the page shows it.
    std::string operator()(const std::string& key, const json& vars = json::object()) const {
        const auto dot = key.find('.');
        const json* sec = d_.contains(key.substr(0, dot)) ? &d_[key.substr(0, dot)] : nullptr;
        const std::string code = key.substr(dot + 1);
        if (!sec || !sec->contains(code)) return key;
        std::string s = (*sec)[code].get<std::string>(), out;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s.compare(i, 2, "[[") == 0 || s.compare(i, 2, "]]") == 0) { ++i; continue; }
            if (s[i] == '{') {
                const auto end = s.find('}', i);
                const std::string name = s.substr(i + 1, end - i - 1);
                if (end != std::string::npos && vars.contains(name)) {
                    const json& v = vars[name];
                    out += v.is_string() ? v.get<std::string>() : v.dump();
                    i = end;
                    continue;
                }
            }
            out += s[i];
        }
        return out;
    }

    // "2027-03-01" as the page writes dates (fmt.date with fmt.months).
    std::string date(const std::string& iso) const {
        if (iso.size() != 10) return iso;
        std::istringstream months(d_["fmt"]["months"].get<std::string>());
        std::string month;
        for (int m = std::stoi(iso.substr(5, 2)); m > 0; --m) months >> month;
        return (*this)("fmt.date", {{"d", std::to_string(std::stoi(iso.substr(8, 2)))}, {"month", month}, {"y", iso.substr(0, 4)}});
    }

private:
    json d_;
};

std::string series(const json& by_year) {
    std::string out;
    for (const auto& [y, v] : by_year.items()) out += (out.empty() ? "" : ", ") + y + ": " + v.dump();
    return out;
}

}  // namespace

bool known_language(std::string_view lang) { return lang == "uk" || lang == "ru" || lang == "nl" || lang == "en"; }

std::string statements_text(const json& a, const Policy& policy, std::string_view lang) {
    const Texts t(lang);
    const json& doc = policy.document;
    const json* region = nullptr;
    for (const json& r : doc["regions"])
        if (r["iso"] == a["region"]) region = &r;
    const json& dl = a["decisionDeadline"];
    std::string application;
    for (const json& step : a["trace"])
        if (step["rule"] == "decision-deadline") application = step["applicationDate"];
    const json& ctx = doc["context"];
    json vars = {
        {"region", region ? (*region)["names"][std::string(lang)] : a["region"]},
        {"grade", t("grade.short" + a["grade"].dump())},
        {"n", a["internalProtection"]["areas"].size()},
        {"asOf", t.date(a["asOf"])},
        {"lastDay", t.date(a["temporaryProtection"]["lastDay"])},
        {"firstDayWithout", t.date(a["temporaryProtection"]["firstDayWithout"])},
        {"tpLastDay", t.date(doc["temporaryProtection"]["lastDay"])},
        {"tpPlannedEnd", t.date(doc["temporaryProtection"]["plannedEnd"])},
        {"years", a["transitionDocument"]["validityYears"]},
        {"months", doc["decisionLimit"]["months"]},
        {"applicationDate", application.empty() ? "" : t.date(application)},
        {"monthsEnd", dl.is_null() ? "" : t.date(dl["monthsEnd"])},
        {"deadline", dl.is_null() ? "" : t.date(dl["date"])},
        {"memoRef", doc["reference"]},
        {"memoDate", t.date(doc["date"])},
        {"nearFront", ctx["civilianCasualties"]["nearFrontPercent"]},
        {"longRange", ctx["civilianCasualties"]["longRangePercent"]},
        {"increase", ctx["civilianCasualties"]["increaseJanOct2025vs2024Percent"]},
        {"pending", ctx["pendingApplications"]["count"]},
        {"pendingAsOf", t.date(ctx["pendingApplications"]["asOf"])},
        {"departures", ctx["voluntaryDepartures"]["totalAll"]},
        {"sameOblasts", ctx["otherStates"]["sameOblastsExceptional"]},
        {"allUkraine", ctx["otherStates"]["allUkraineExceptional"]},
        {"useIpa", ctx["otherStates"]["useInternalProtection"]},
    };
    std::string out = t("headline." + a["outlook"].get<std::string>(), vars) + "\n" + t("foot.notAdvice") + "\n\n";
    for (const json& s : a["statements"]) {
        json v = vars;
        // The figures a group finding names, from the group that has it.
        for (const json& g : doc["groups"])
            for (const json& f : g["findings"])
                if ("finding." + f.get<std::string>() == s["id"] && g.contains("figures")) {
                    const json& fig = g["figures"];
                    if (fig.contains("rsfPressFreedomRank"))
                        v["ranks"] = series(fig["rsfPressFreedomRank"]["byYear"]), v["outOf"] = fig["rsfPressFreedomRank"]["outOf"];
                    if (fig.contains("rainbowEuropeScore"))
                        v["scores"] = series(fig["rainbowEuropeScore"]["byYear"]), v["outOf"] = fig["rainbowEuropeScore"]["outOf"],
                        v["year"] = fig["hateCrimesRoseIn"];
                }
        const std::string cite = s["cite"];
        out += "[" + t("modality." + s["modality"].get<std::string>()) + "] " + t("stmt." + s["id"].get<std::string>(), v) +
               " (" + cite + ": " + t("citeSection." + cite) + ")\n";
    }
    return out;
}

}  // namespace vybir::cli
