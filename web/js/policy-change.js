// A shared link made under another policy version (docs/contract.md, "Shared
// links"): the notice names both versions and says what changed for this
// case, comparing the outcome the link carries (its "o" part, written by the
// core when the link was made) with the assessment now. Loaded only when such
// a link is opened.
import { notice } from './notice.js';
import { t, has, fmtDate } from './i18n.js';

// The outcome's values: what each is called, and the words for its values.
const PARTS = [
  ['grade', 'rule.grade', v => t('grade.short' + v)],
  // a link of format 1 can name an outlook the first contract had
  ['outlook', 'rule.outlook', v => t((has('outlookShort.' + v) ? 'outlookShort.' : 'outlookV1.') + v)],
  ['transitionDocumentEligible', 'rule.transition-document', v => t('eligibleShort.' + v)],
];

/** Says what changed for a link made under another policy, or in the first link format.
 *  link: the decoded link; a: the assessment now (null when the case gives an error); policy: the page's. */
export function policyNotice(link, a, policy) {
  const now = a && { grade: a.grade, outlook: a.outlook, transitionDocumentEligible: a.transitionDocument.eligible };
  // The same policy, but a link of the first format: its words were the first contract's.
  if (link.policy === policy.id) {
    notice('link', 'share.format1', { vars: () => ({ changes: changes(link.outcome, now) }) });
    return;
  }
  notice('link', 'share.otherPolicy', {
    vars: () => ({ id: link.policy, current: policy.id, date: fmtDate(policy.date), changes: changes(link.outcome, now) }),
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
