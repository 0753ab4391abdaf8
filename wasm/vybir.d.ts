// Types of the Vybir JavaScript API. The JSON shapes are those of
// docs/contract.md.

export type Claim = 'draft-evasion' | 'desertion' | 'journalist' | 'pro-russian' | 'lgbtiq' | 'other-persecution';

export interface Case {
  asOf: string;
  region: string;
  occupiedArea?: boolean;
  personalRiskFactors?: boolean;
  relocationObstacles?: boolean;
  claims?: Claim[];
  temporaryProtection?: 'yes' | 'no' | 'unknown';
  regularPermit?: boolean;
  asylumApplication?: 'yes' | 'no' | 'unknown';
  asylumApplicationDate?: string | null;
  tpExtension2028?: boolean;
}

export interface VybirError {
  error: { code: string; pointer: string; message: string };
}

export type Eligibility = 'yes' | 'not-applicable' | 'no' | 'open' | 'unknown';
export type RealRisk = 'established' | 'individual-assessment' | 'not-readily-accepted' | 'not-established';
export type Outlook = 'can-be-refused' | 'individual-assessment' | 'not-supported';
export type Modality = 'established' | 'in-principle' | 'may' | 'individual-assessment' | 'not-readily' | 'proposed'
  | 'scenario' | 'context' | 'open' | 'reading';

/** One thing the result says: its id (worded by the page), its citation and the memo's certainty. */
export interface Statement {
  id: string;
  cite: string;
  modality: Modality;
}

export interface TraceStep {
  rule: string;
  cite: string;
  [fact: string]: unknown;
}

export interface Assessment {
  policy: { id: string; date: string; reference: string; status: string; effectiveFrom: string; sha256: string | null };
  asOf: string;
  contract: 2;
  region: string;
  grade: 1 | 2 | 3;
  realRisk: RealRisk;
  internalProtection: { basis: 'in-principle' | 'may-be-examined' | 'none'; areas: string[] };
  outlook: Outlook;
  groups: { claim: Claim; specialPolicy: false; findings: string[]; cite: string }[];
  temporaryProtection: { lastDay: string; firstDayWithout: string; activeOnAsOf: boolean; scenario: 'current' | 'extension-2028' };
  transitionDocument: { eligible: Eligibility; requiresWithdrawal: boolean; status: 'proposed' | 'adopted'; validityYears: number };
  decisionDeadline: { monthsEnd: string; date: string; passed: boolean; memoScope: 'without-tp' | 'not-addressed' | 'unknown' } | null;
  statements: Statement[];
  trace: TraceStep[];
  whatIf: {
    input: 'occupiedArea' | 'personalRiskFactors' | 'relocationObstacles' | 'regularPermit' | 'temporaryProtection' | 'asylumApplication';
    value: boolean | 'yes' | 'no';
    grade: 1 | 2 | 3;
    realRisk: RealRisk;
    outlook: Outlook;
    transitionDocumentEligible: Eligibility;
  }[];
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
  evaluate(c: Case | unknown): Assessment | VybirError;
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
