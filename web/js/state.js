// The answers, kept only in memory (no cookies, no storage), and the case
// object they make (docs/contract.md). Everything else re-renders from here.
export const CLAIMS = ['draft-evasion', 'desertion', 'journalist', 'pro-russian', 'lgbtiq', 'other-persecution'];
export const OCCUPIED_PART_REGION = 'UA-48'; // only Mykolaiv has an occupied part of its own (BN-fn5)

export function todayLocal(d = new Date()) {
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export const initialAnswers = () => ({
  region: '',
  occupiedArea: false,
  personalRiskFactors: false,
  relocationObstacles: false,
  claims: [],
  temporaryProtection: 'unknown',
  regularPermit: false,
  asylumApplicationDate: '',
  tpExtension2028: false,
  asOf: todayLocal(),
});

export const state = { answers: initialAnswers(), step: 0 };

const listeners = new Set();
export const subscribe = fn => listeners.add(fn);

export function setAnswer(key, value) {
  if (state.answers[key] === value) return;
  state.answers[key] = value;
  for (const fn of listeners) fn(key);
}

/** Forgets every answer (for "start again" and kiosk resets). */
export function resetAnswers() {
  state.answers = initialAnswers();
  state.step = 0;
  for (const fn of listeners) fn('*');
}

/** Takes a whole set of answers at once (a shared link); unknown keys are ignored. */
export function replaceAnswers(values) {
  const next = initialAnswers();
  for (const k of Object.keys(next)) if (values[k] !== undefined && values[k] !== null) next[k] = values[k];
  state.answers = next;
  for (const fn of listeners) fn('*');
}

/** The contract's case for the current answers, or null while no region is chosen. */
export function toCase(a = state.answers) {
  if (!a.region) return null;
  return {
    asOf: a.asOf,
    region: a.region,
    occupiedArea: a.region === OCCUPIED_PART_REGION && a.occupiedArea,
    personalRiskFactors: a.personalRiskFactors,
    relocationObstacles: a.relocationObstacles,
    claims: CLAIMS.filter(c => a.claims.includes(c)),
    temporaryProtection: a.temporaryProtection,
    regularPermit: a.regularPermit,
    asylumApplicationDate: a.asylumApplicationDate || null,
    tpExtension2028: a.tpExtension2028,
  };
}
