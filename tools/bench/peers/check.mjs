// The five conclusions both peers compute, taken from the core's assessment,
// and a strict comparison. Used before any peer is timed.
import { isDeepStrictEqual } from 'node:util';

export function decisionOf(a) {
  return {
    grade: a.grade,
    realRisk: a.realRisk,
    internalProtection: { basis: a.internalProtection.basis, areas: a.internalProtection.areas },
    outlook: a.outlook,
    deadlineMonthsEnd: a.decisionDeadline ? a.decisionDeadline.monthsEnd : null,
  };
}

/** Throws with the first case on which `peer` and the core differ. */
export function assertAgrees(name, i, c, core, peer) {
  const want = decisionOf(core);
  if (!isDeepStrictEqual(want, peer))
    throw new Error(`${name} disagrees with the core on case ${i}: ${JSON.stringify(c)}\n` +
      `core: ${JSON.stringify(want)}\n${name}: ${JSON.stringify(peer)}`);
}
