#include "vybir/policy_versions.hpp"

#include <algorithm>

namespace vybir {

Result<std::vector<Policy>> order_versions(std::vector<Policy> versions) {
    std::sort(versions.begin(), versions.end(),
              [](const Policy& a, const Policy& b) { return a.effective_from < b.effective_from; });
    for (std::size_t i = 1; i < versions.size(); ++i)
        if (versions[i].effective_from == versions[i - 1].effective_from)
            return Error{"policy.version-duplicate", "/effectiveFrom",
                         "two policy versions take effect on " + versions[i].effective_from.to_string() + " (" +
                             versions[i - 1].id + ", " + versions[i].id + ")"};
    return versions;
}

Result<const Policy*> policy_in_force(std::span<const Policy> versions, Date as_of) {
    const Policy* in_force = nullptr;
    const Policy* first = nullptr;
    for (const Policy& p : versions) {
        if (!first || p.effective_from < first->effective_from) first = &p;
        if (p.effective_from <= as_of && (!in_force || p.effective_from > in_force->effective_from)) in_force = &p;
    }
    if (in_force) return in_force;
    // The same error, word for word, as a single policy gives (read_case):
    // the CLI's versions and the WASM module's one policy agree.
    return Error{"case.as-of-before-policy", "/asOf",
                 first ? "asOf is before the policy's date " + first->date.to_string() : "no policy version is loaded"};
}

}  // namespace vybir
