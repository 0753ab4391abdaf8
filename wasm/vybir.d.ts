// Types of the Vybir JavaScript API. The JSON shapes are those of
// docs/contract.md; the case and assessment types are written from the
// schemas in data/schema.

// <generated from data/schema by tools/contract/types.mjs: do not edit>
export interface Case {
  /** the date the situation is assessed on; not before the policy's date */
  asOf: string;
  /** the home region */
  region: string;
  /** the home is in the Russian-occupied part of the region (only matters for Mykolaiv, UA-48) */
  occupiedArea?: boolean;
  /** personal circumstances that raise the risk from indiscriminate violence */
  personalRiskFactors?: boolean;
  /** personal reasons why moving elsewhere in Ukraine cannot be expected */
  relocationObstacles?: boolean;
  /** `"draft-evasion"`, `"desertion"`, `"journalist"`, `"pro-russian"`, `"lgbtiq"`, `"other-persecution"`; each at most once */
  claims?: Claim[];
  /** holds EU temporary protection */
  temporaryProtection?: Answer;
  /** has moved to a regular (non-asylum) residence permit */
  regularPermit?: boolean;
  /** has lodged an asylum application in the Netherlands; `"no"` beside a date is refused (`case.application-conflict`) */
  asylumApplication?: Answer;
  /** the date the asylum application was lodged; not after `asOf` */
  asylumApplicationDate?: string | null;
  /** show the scenario in which TP is extended to 4 March 2028 */
  tpExtension2028?: boolean;
}

export type Claim = 'draft-evasion' | 'desertion' | 'journalist' | 'pro-russian' | 'lgbtiq' | 'other-persecution';

export type Answer = 'yes' | 'no' | 'unknown';

/** What the policy means for one case (contract version 2). */
export interface Assessment {
  /** the version of this contract */
  contract: 2;
  /** the case's `asOf` */
  asOf: string;
  /** the case's home region */
  region: string;
  policy: {
    id: string;
    date: string;
    reference: string;
    status: 'advised' | 'adopted' | 'announced';
    effectiveFrom: string;
    sha256: string | null;
  };
  grade: 1 | 2 | 3;
  realRisk: RealRisk;
  internalProtection: {
    basis: IpaBasis;
    /** the regions the policy names as internal protection areas, without the home region; empty when `basis` is `"none"` */
    areas: string[];
  };
  outlook: Outlook;
  groups: {
    claim: Claim;
    findings: string[];
    cite: string;
    specialPolicy: false;
  }[];
  temporaryProtection: {
    lastDay: string;
    firstDayWithout: string;
    activeOnAsOf: boolean;
    scenario: 'current' | 'extension-2028';
  };
  transitionDocument: {
    eligible: Eligibility;
    /** the person must withdraw the asylum application to get the document (BN-4.1) */
    requiresWithdrawal: boolean;
    status: 'proposed' | 'adopted';
    /** how many years the document is valid (BN-4.1) */
    validityYears: number;
  };
  decisionDeadline: null | {
    monthsEnd: string;
    date: string;
    passed: boolean;
    memoScope: MemoScope;
  };
  /** what the result says, each `{id, cite, modality}`; see below */
  statements: Statement[];
  /** see below */
  trace: TraceStep[];
  whatIf: WhatIf[];
}

export type RealRisk = 'established' | 'individual-assessment' | 'not-readily-accepted' | 'not-established';

export type Outlook = 'can-be-refused' | 'individual-assessment' | 'not-supported';

export type Eligibility = 'yes' | 'not-applicable' | 'no' | 'open' | 'unknown';

export type IpaBasis = 'in-principle' | 'may-be-examined' | 'none';

export type MemoScope = 'without-tp' | 'not-addressed' | 'unknown';

export type Modality = 'established' | 'in-principle' | 'may' | 'individual-assessment' | 'not-readily' | 'proposed' | 'scenario' | 'context' | 'open' | 'reading';

/** every id core can state, besides the group findings (`finding.<finding>`) */
export type StatementId = 'policy.advised' | 'grade.1' | 'grade.2' | 'grade.3' | 'grade.occupied-part' | 'region.occupied' | 'region.partly-occupied' | 'region.occupation-violations' | 'region.front-line' | 'real-risk.established' | 'real-risk.individual-assessment' | 'real-risk.individual-assessment-no-factors' | 'real-risk.not-readily-accepted' | 'real-risk.not-established' | 'ipa.in-principle' | 'ipa.may-be-examined' | 'ipa.none' | 'ipa.legal-test' | 'ipa.not-occupied' | 'ipa.waiver' | 'ipa.obstacles-named' | 'ipa.obstacles-not-named' | 'outlook.can-be-refused' | 'outlook.individual-assessment' | 'outlook.not-supported' | 'outlook.other-grounds' | 'groups.no-special-policy' | 'groups.own-merits' | 'tp.last-day' | 'tp.planned-end' | 'tp.extension-2028' | 'tp.ended' | 'tp.refusal-keeps-tp' | 'tp.no-right-to-asylum' | 'tp.council-decision' | 'td.proposal' | 'td.permit' | 'td.eligible.yes' | 'td.eligible.open' | 'td.eligible.unknown-application' | 'td.eligible.unknown-tp' | 'td.eligible.no' | 'td.eligible.not-applicable' | 'deadline.without-tp' | 'deadline.not-addressed' | 'deadline.scope-unknown' | 'deadline.months' | 'deadline.next-working-day' | 'deadline.passed' | 'deadline.penalty' | 'deadline.date-missing' | 'context.ohchr' | 'context.pending' | 'context.departures' | 'context.other-states' | 'open.mykolaiv-extent' | 'open.waiver-criteria' | 'open.td-after-refusal' | 'open.td-without-tp' | 'open.withdrawal-undo' | 'open.after-three-years' | 'open.extension-2028';

export interface Statement {
  id: StatementId | `finding.${string}`;
  cite: string;
  modality: Modality;
}

export type TraceStep = {
  rule: 'grade';
  /** the region's grade section (BN-2.1a/b/c), or BN-fn5 for occupied Mykolaiv */
  cite: string;
  region: string;
  grade: 1 | 2 | 3;
  basis: 'region' | 'occupied-part';
} | {
  rule: 'real-risk';
  /** BN-4.1a / BN-4.1b / BN-4.1c */
  cite: string;
  grade: 1 | 2 | 3;
  personalRiskFactors: boolean;
  realRisk: RealRisk;
} | {
  rule: 'internal-protection';
  /** BN-2.1d (in principle, or none) or BN-4.1d (may be examined) */
  cite: string;
  basis: IpaBasis;
  areas: number;
  relocationObstacles: boolean;
} | {
  rule: 'outlook';
  /** BN-3 (can be refused), BN-4.1d (individual assessment), the grade's section (not supported) */
  cite: string;
  outlook: Outlook;
} | {
  rule: 'groups';
  /** BN-2.1e */
  cite: string;
  claims: number;
} | {
  rule: 'group';
  /** BN-4.1e or BN-4.2 */
  cite: string;
  claim: Claim;
  findings: string[];
} | {
  rule: 'temporary-protection';
  /** BN-4.2, or BN-fn3 in the 2028 scenario */
  cite: string;
  lastDay: string;
  activeOnAsOf: boolean;
} | {
  rule: 'transition-document';
  /** BN-4.1 */
  cite: string;
  temporaryProtection: Answer;
  regularPermit: boolean;
  asylumApplication: Answer;
  eligible: Eligibility;
} | {
  rule: 'decision-deadline';
  /** BN-4.3 */
  cite: string;
  applicationDate: string;
  months: number;
  monthsEnd: string;
  date: string;
  passed: boolean;
  memoScope: MemoScope;
  counting: string;
};

export type WhatIf = {
  input: 'occupiedArea' | 'personalRiskFactors' | 'relocationObstacles' | 'regularPermit';
  value: boolean;
  grade: 1 | 2 | 3;
  realRisk: RealRisk;
  outlook: Outlook;
  transitionDocumentEligible: Eligibility;
} | {
  input: 'temporaryProtection' | 'asylumApplication';
  value: 'yes' | 'no';
  grade: 1 | 2 | 3;
  realRisk: RealRisk;
  outlook: Outlook;
  transitionDocumentEligible: Eligibility;
};

export type ErrorCode = 'input.too-large' | 'json.syntax' | 'json.too-deep' | 'case.not-object' | 'case.unknown-field' | 'case.missing-field' | 'case.wrong-type' | 'case.date-format' | 'case.date-invalid' | 'case.region-unknown' | 'case.claim-unknown' | 'case.claim-duplicate' | 'case.value-unknown' | 'case.as-of-before-policy' | 'case.application-after-as-of' | 'case.application-conflict' | 'input.unreadable' | 'internal';

/** the codes only `vybir batch` (and the caseload API) gives, besides those of `errorCode` */
export type CaseloadErrorCode = 'csv.syntax' | 'csv.column-count' | 'csv.header';

/** what `vybir evaluate` prints (exit code 2) and `evaluate(case)` gives for input it cannot assess */
export interface ErrorResult {
  error: {
    code: ErrorCode;
    /** the JSON Pointer (RFC 6901) of the fault, `""` for the whole document */
    pointer: string;
    /** English, for developers */
    message: string;
  };
}

/** one line of `vybir batch --out jsonl`: the line number of the case and its assessment or error */
export type BatchRow = {
  line: number;
  assessment: Assessment;
} | {
  line: number;
  error: {
    code: ErrorCode | CaseloadErrorCode;
    pointer: string;
    message: string;
  };
};

// </generated>

/** Any error of the API: ErrorResult's codes, and the codes of shared links and caseloads. */
export interface VybirError {
  error: { code: string; pointer: string; message: string };
}

export interface Region {
  iso: string;
  names: { en: string; uk: string; ru: string; nl: string };
  grade: 1 | 2 | 3;
  cite: string;
  internalProtectionArea: boolean;
  occupied?: boolean;
  occupiedPart?: { grade: 1 | 2 | 3; assessedWith: string; cite: string };
}

export interface Vybir {
  evaluate(c: Case | unknown): Assessment | ErrorResult;
  regions(): Region[];
  /** The whole policy document (data/policy/*.json). */
  policy(): Record<string, unknown>;
  version(): { engine: string; policy: { id: string; date: string; reference: string; status: string } };
  /**
   * Caseloads as `vybir batch` reads and writes them (docs/contract.md,
   * "Caseloads"), one run at a time: start, feed the file's bytes in chunks
   * of any size (the last with last = true), and join the returned rows.
   * Only when loaded with { module } from vybir_caseload.js.
   */
  caseload?: {
    start(inFormat: 'csv' | 'jsonl', outFormat: 'csv' | 'jsonl'): string;
    feed(bytes: Uint8Array, last?: boolean): string;
    feed(bytes: Uint8Array, last: boolean, raw: true): Uint8Array;
    /** True when a CSV header was refused (an unknown column): nothing after it is read. */
    stopped(): boolean;
    /** The case on one line (1-based) of the whole file, or an error. */
    caseOn(bytes: Uint8Array, inFormat: 'csv' | 'jsonl', line: number): Record<string, unknown> | VybirError;
    end(): void;
  };
  /** Shared links: a case in a URL fragment (docs/contract.md, "Shared links"). */
  fragment: {
    /** The fragment text, without '#', e.g. "v1;p=nl-ua-2026-06-30;d=20261129;r=63;t=y;o=1ry". */
    encode(c: Case | unknown): string | VybirError;
    /** Checks the form only: pass the case to evaluate() to check its values. */
    decode(text: string | unknown): DecodedFragment | VybirError;
  };
}

/** A decoded link: every optional field filled in; asOf and region only when the link has them. */
export interface DecodedFragment {
  case: Partial<Pick<Case, 'asOf' | 'region'>> & Required<Omit<Case, 'asOf' | 'region'>>;
  /** The id of the policy the link was made under. */
  policy: string;
  /** The link's format: 1 (before contract 2) or 2. */
  format: 1 | 2;
  /** What the case came to under that policy, when the link says (key o); a format-1 link may say 'refusal-expected-ipa'. */
  outcome?: {
    grade: 1 | 2 | 3;
    outlook: Outlook | 'refusal-expected-ipa';
    transitionDocumentEligible: Eligibility;
  };
}

export interface LoadOptions {
  /** The .wasm bytes; in Node they are read from beside vybir.js by default. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where the browser fetches the .wasm; by default beside vybir.js. */
  wasmUrl?: string | URL;
  /** Another build of the core: vybir_caseload.js's default export, for `caseload`. */
  module?: (args: object) => Promise<unknown>;
}

export function load(options?: LoadOptions): Promise<Vybir>;
