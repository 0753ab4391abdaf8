// Peer 2: the same decision logic (grade, real risk, internal protection,
// outlook, the decision deadline's month end) as json-rules-engine rules, the way its
// documentation builds a rule set: facts in, rules in priority order, events
// out, and later rules reading what earlier ones concluded as runtime facts.
// Grades, areas and the month limit come from the policy file, as in the core.
import { Engine } from 'json-rules-engine';
import { plusMonths } from './plain.mjs';

const DEFAULTS = {
  occupiedArea: false, personalRiskFactors: false, relocationObstacles: false, asylumApplicationDate: null,
};

export function makeRulesEngine(policy) {
  const engine = new Engine([], { allowUndefinedFacts: false });
  const byGrade = g => policy.regions.filter(r => r.grade === g).map(r => r.iso);
  const withPart = policy.regions.filter(r => r.occupiedPart);
  const occupiedPartOf = r => ({
    all: [{ fact: 'region', operator: 'equal', value: r.iso }, { fact: 'occupiedArea', operator: 'equal', value: true }],
  });
  const inOccupiedPart = { any: withPart.map(occupiedPartOf) };
  const conclude = name => (event, almanac) => almanac.addRuntimeFact(name, event.params.value);
  const rule = (name, priority, conditions, fact, value) =>
    engine.addRule({ name, priority, conditions, event: { type: fact, params: { value } }, onSuccess: conclude(fact) });

  // Grade (BN-2.1a-c; BN-fn5 for the occupied part of a region).
  for (const r of withPart)
    rule(`grade-occupied-part-${r.iso}`, 100, occupiedPartOf(r), 'grade', r.occupiedPart.grade);
  for (const g of [1, 2, 3])
    rule(`grade-${g}`, 100, {
      all: [{ fact: 'region', operator: 'in', value: byGrade(g) }, { not: inOccupiedPart }],
    }, 'grade', g);

  // Real risk (BN-4.1a-c).
  const prf = v => ({ fact: 'personalRiskFactors', operator: 'equal', value: v });
  const grade = g => ({ fact: 'grade', operator: 'equal', value: g });
  rule('real-risk-established', 90, { all: [grade(1)] }, 'realRisk', 'established');
  rule('real-risk-individual', 90, { all: [grade(2)] }, 'realRisk', 'individual-assessment');
  rule('real-risk-not-readily', 90, { all: [grade(3), prf(true)] }, 'realRisk', 'not-readily-accepted');
  rule('real-risk-not-established', 90, { all: [grade(3), prf(false)] }, 'realRisk', 'not-established');

  // Internal protection (BN-2.1d, BN-4.1d).
  const risk = v => ({ fact: 'realRisk', operator: 'equal', value: v });
  const gradeAtMost2 = { fact: 'grade', operator: 'lessThanInclusive', value: 2 };
  rule('ipa-in-principle', 80, { all: [gradeAtMost2] }, 'basis', 'in-principle');
  rule('ipa-may-be-examined', 80, { all: [risk('not-readily-accepted')] }, 'basis', 'may-be-examined');
  rule('ipa-none', 80, { all: [risk('not-established')] }, 'basis', 'none');

  // Outlook (BN-3, BN-4.1d).
  const basis = v => ({ fact: 'basis', operator: 'equal', value: v });
  rule('outlook-can-be-refused', 70, { all: [basis('in-principle')] }, 'outlook', 'can-be-refused');
  rule('outlook-individual', 70, { all: [basis('may-be-examined')] }, 'outlook', 'individual-assessment');
  rule('outlook-not-supported', 70, { all: [basis('none')] }, 'outlook', 'not-supported');

  // Decision deadline (BN-4.3; months counted per Regulation 1182/71 art. 3):
  // a computed fact for the month end.
  engine.addFact('deadlineMonthsEnd', async (params, almanac) => {
    const applied = await almanac.factValue('asylumApplicationDate');
    return applied ? plusMonths(applied, policy.decisionLimit.months) : null;
  });

  const areas = policy.regions.filter(r => r.internalProtectionArea).map(r => r.iso).sort();

  return async function decide(c) {
    const facts = { ...DEFAULTS, ...c };
    const { almanac } = await engine.run(facts);
    const value = id => almanac.factValue(id);
    const [g, realRisk, ipaBasis, outlook, monthsEnd] = await Promise.all(
      ['grade', 'realRisk', 'basis', 'outlook', 'deadlineMonthsEnd'].map(value));
    return {
      grade: g,
      realRisk,
      internalProtection: { basis: ipaBasis, areas: ipaBasis === 'none' ? [] : areas.filter(a => a !== c.region) },
      outlook,
      deadlineMonthsEnd: monthsEnd,
    };
  };
}
