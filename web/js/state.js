// The answers, kept only in memory (no cookies, no storage), and the case
// object they make (docs/contract.md). Everything else re-renders from here.
// A question starts unanswered (null): the page gives no verdict on answers
// the person never gave. The case keeps the contract's shape all the same.
export const CLAIMS = ['draft-evasion', 'desertion', 'journalist', 'pro-russian', 'lgbtiq', 'other-persecution'];
// The regions the policy assesses partly with another (its occupiedPart):
// only for them is the "occupied part" question asked. Set from the policy.
const withOccupiedPart = new Set();
export const setRegionsWithOccupiedPart = regions => {
  withOccupiedPart.clear();
  for (const r of regions) if (r.occupiedPart) withOccupiedPart.add(r.iso);
};
export const hasOccupiedPart = iso => withOccupiedPart.has(iso);

export function todayLocal(d = new Date()) {
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export const initialAnswers = () => ({
  region: '',
  occupiedArea: null,
  personalRiskFactors: null,
  relocationObstacles: null,
  claims: [],
  temporaryProtection: null,
  regularPermit: null,
  asylumApplication: null,
  asylumApplicationDate: '',
  tpExtension2028: false,
  asOf: todayLocal(),
});

// seeAnyway: the person asked for the result with questions still open.
// asOfFromLink: the date came from a shared link, not from today's clock.
export const state = { answers: initialAnswers(), step: 0, seeAnyway: false, asOfFromLink: false };

const listeners = new Set();
export const subscribe = fn => listeners.add(fn);

export function setAnswer(key, value) {
  if (state.answers[key] === value) return;
  state.answers[key] = value;
  if (key === 'asOf') state.asOfFromLink = false;
  for (const fn of listeners) fn(key);
}

/** Forgets every answer (for "start again" and kiosk resets). */
export function resetAnswers() {
  state.answers = initialAnswers();
  Object.assign(state, { step: 0, seeAnyway: false, asOfFromLink: false });
  for (const fn of listeners) fn('*');
}

/** Takes a whole set of answers at once (a shared link); unknown keys are ignored.
 *  fromLink: the date is the link's, which the page then says (unless it is today). */
export function replaceAnswers(values, { fromLink = false } = {}) {
  const next = initialAnswers();
  for (const k of Object.keys(next)) if (values[k] !== undefined && values[k] !== null) next[k] = values[k];
  if (!hasOccupiedPart(next.region)) next.occupiedArea = null; // not asked for other regions
  state.answers = next;
  state.seeAnyway = fromLink; // a link's case is complete as it was made
  state.asOfFromLink = fromLink && next.asOf !== todayLocal();
  for (const fn of listeners) fn('*');
}

/** "See the result" with questions still open: show it, and which are open. */
export function seeResult() {
  if (state.seeAnyway) return;
  state.seeAnyway = true;
  for (const fn of listeners) fn('*');
}

/** The questions still unanswered (keys), in the order they are asked. */
export function unanswered(a = state.answers) {
  const open = [];
  if (!a.region) open.push('region');
  if (hasOccupiedPart(a.region) && a.occupiedArea === null) open.push('occupiedArea');
  for (const k of ['personalRiskFactors', 'relocationObstacles', 'temporaryProtection', 'regularPermit', 'asylumApplication']) {
    if (a[k] === null || a[k] === undefined) open.push(k);
  }
  return open;
}

/** A result is shown once a region is chosen and every question answered, or when the person asks for it. */
export const resultWanted = (a = state.answers) => !!a.region && (state.seeAnyway || unanswered(a).length === 0);

/** The contract's case for the current answers, or null while no region is chosen.
 *  An open question goes in as the engine's own default (false; "unknown" for TP). */
export function toCase(a = state.answers) {
  if (!a.region) return null;
  return {
    asOf: a.asOf,
    region: a.region,
    occupiedArea: hasOccupiedPart(a.region) && a.occupiedArea === true,
    personalRiskFactors: a.personalRiskFactors === true,
    relocationObstacles: a.relocationObstacles === true,
    claims: CLAIMS.filter(c => a.claims.includes(c)),
    temporaryProtection: a.temporaryProtection ?? 'unknown',
    regularPermit: a.regularPermit === true,
    asylumApplication: a.asylumApplication ?? 'unknown',
    asylumApplicationDate: a.asylumApplicationDate || null,
    tpExtension2028: a.tpExtension2028 === true,
  };
}
