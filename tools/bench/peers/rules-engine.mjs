// Peer 2: the same decision logic (grade, real risk, internal protection,
// outlook, decision deadline) as json-rules-engine rules, the way its
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
  rule('real-risk-possible', 90, { all: [grade(2), prf(true)] }, 'realRisk', 'possible');
  rule('real-risk-unlikely', 90, { all: [grade(3), prf(true)] }, 'realRisk', 'unlikely');
  rule('real-risk-not-established', 90, { all: [{ fact: 'grade', operator: 'notEqual', value: 1 }, prf(false)] },
    'realRisk', 'not-established');

  // Internal protection (BN-2.1d, BN-4.1d).
  const notEstablished = v => ({ fact: 'realRisk', operator: v ? 'equal' : 'notEqual', value: 'not-established' });
  rule('ipa-presumed', 80, { all: [notEstablished(false)] }, 'presumed', true);
  rule('ipa-not-presumed', 80, { all: [notEstablished(true)] }, 'presumed', false);
  const obstacles = v => ({ fact: 'relocationObstacles', operator: 'equal', value: v });
  const presumed = v => ({ fact: 'presumed', operator: 'equal', value: v });
  rule('ipa-waiver', 70, { all: [presumed(true), obstacles(true)] }, 'waiverPossible', true);
  rule('ipa-no-waiver', 70, { any: [presumed(false), obstacles(false)] }, 'waiverPossible', false);

  // Outlook (BN-3, BN-4.1d).
  rule('outlook-not-supported', 70, { all: [presumed(false)] }, 'outlook', 'not-supported');
  rule('outlook-refusal', 70, { all: [presumed(true), obstacles(false)] }, 'outlook', 'refusal-expected-ipa');
  rule('outlook-individual', 70, { all: [presumed(true), obstacles(true)] }, 'outlook', 'individual-assessment');

  // Decision deadline (BN-4.3; months counted per Regulation 1182/71 art. 3):
  // a computed fact for the date, a custom operator to compare ISO dates.
  engine.addOperator('dateAfter', (a, b) => typeof a === 'string' && typeof b === 'string' && a > b);
  engine.addFact('deadlineDate', async (params, almanac) => {
    const applied = await almanac.factValue('asylumApplicationDate');
    return applied ? plusMonths(applied, policy.decisionLimit.months) : null;
  });
  const applied = { fact: 'asylumApplicationDate', operator: 'notEqual', value: null };
  rule('deadline-passed', 60, { all: [applied, { fact: 'asOf', operator: 'dateAfter', value: { fact: 'deadlineDate' } }] },
    'deadlinePassed', true);
  rule('deadline-open', 60, { all: [applied, { not: { fact: 'asOf', operator: 'dateAfter', value: { fact: 'deadlineDate' } } }] },
    'deadlinePassed', false);

  const areas = policy.regions.filter(r => r.internalProtectionArea).map(r => r.iso).sort();

  return async function decide(c) {
    const facts = { ...DEFAULTS, ...c };
    const { almanac } = await engine.run(facts);
    const value = id => almanac.factValue(id);
    const [g, realRisk, isPresumed, waiverPossible, outlook, date] = await Promise.all(
      ['grade', 'realRisk', 'presumed', 'waiverPossible', 'outlook', 'deadlineDate'].map(value));
    const passed = date ? await value('deadlinePassed') : null;
    return {
      grade: g,
      realRisk,
      internalProtection: { presumed: isPresumed, waiverPossible, areas: areas.filter(a => a !== c.region) },
      outlook,
      decisionDeadline: date ? { date, passed } : null,
    };
  };
}
