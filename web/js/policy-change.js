// A shared link made under another policy version (docs/contract.md, "Shared
// links"): the notice names both versions and says what changed for this
// case, comparing the outcome the link carries (its "o" part, written by the
// core when the link was made) with the assessment now. Loaded only when such
// a link is opened.
import { notice } from './notice.js';
import { t, fmtDate } from './i18n.js';

// The outcome's values: what each is called, and the words for its values.
const PARTS = [
  ['grade', 'rule.grade', v => t('grade.short' + v)],
  ['outlook', 'rule.outlook', v => t('outlookShort.' + v)],
  ['transitionDocumentEligible', 'rule.transition-document', v => t('eligibleShort.' + v)],
];

/** link: the decoded link; a: the assessment now (null when the case gives an error); policy: the page's. */
export function policyNotice(link, a, policy) {
  const now = a && { grade: a.grade, outlook: a.outlook, transitionDocumentEligible: a.transitionDocument.eligible };
  notice('link', 'share.otherPolicy', {
    vars: () => ({
      id: link.policy, current: policy.id, date: fmtDate(policy.effectiveFrom || policy.date), changes: changes(link.outcome, now),
    }),
  });
}

/** "What changed for this case: grade iii → grade ii; …", that nothing did, or that the link does not say. */
export function changes(was, now) {
  if (!was) return t('share.outcomeUnknown');
  if (!now) return '';
  const diff = PARTS.filter(([k]) => was[k] !== now[k])
    .map(([k, name, say]) => `${t(name)}: ${say(was[k])} → ${say(now[k])}`);
  return diff.length ? t('share.outcomeChanged', { changes: diff.join('; ') }) : t('share.outcomeSame');
}
