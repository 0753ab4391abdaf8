// Peer 1: the decision logic (grade, real risk, internal protection, outlook,
// the decision deadline's month end; docs/contract.md) as a plain JavaScript function, the
// way a developer would write it by hand. It reads the same policy file as
// the core, so grades, areas and the month limit are data here too.
// It does less than the core: no validation, no trace, no what-if, no TP or
// transition document, no working days for the deadline. The benchmark
// says so beside its numbers.

/** Regulation 1182/71 art. 3: same day of the month, or that month's last day. */
export function plusMonths(iso, months) {
  const y = Number(iso.slice(0, 4)), m = Number(iso.slice(5, 7)), d = Number(iso.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12), nm = total % 12 + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  const nd = Math.min(d, last);
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

export function makePlain(policy) {
  const regions = new Map(policy.regions.map(r => [r.iso, r]));
  const areas = policy.regions.filter(r => r.internalProtectionArea).map(r => r.iso).sort();
  const months = policy.decisionLimit.months;

  return function decide(c) {
    const region = regions.get(c.region);
    const grade = c.occupiedArea && region.occupiedPart ? region.occupiedPart.grade : region.grade;
    const realRisk = grade === 1 ? 'established' : grade === 2 ? 'individual-assessment'
      : c.personalRiskFactors ? 'not-readily-accepted' : 'not-established';
    const basis = grade <= 2 ? 'in-principle' : realRisk === 'not-readily-accepted' ? 'may-be-examined' : 'none';
    const outlook = { 'in-principle': 'can-be-refused', 'may-be-examined': 'individual-assessment', none: 'not-supported' }[basis];
    return {
      grade,
      realRisk,
      internalProtection: { basis, areas: basis === 'none' ? [] : areas.filter(a => a !== c.region) },
      outlook,
      deadlineMonthsEnd: c.asylumApplicationDate ? plusMonths(c.asylumApplicationDate, months) : null,
    };
  };
}
