// The policy the engine applies must be the one this build was made with.
// tools/build-web.mjs writes the policy file's SHA-256 into index.html; the
// engine reports the hash of the policy text compiled into it (in every
// assessment's policy.sha256). When they differ the page refuses to work.
export function checkPolicy(engine, policy, regions) {
  const expected = document.querySelector('meta[name="vybir-policy-sha256"]')?.content || '';
  const probe = engine.evaluate({ asOf: policy.date, region: regions[0]?.iso });
  const actual = probe?.policy?.sha256 || '';
  return { ok: /^[0-9a-f]{64}$/.test(expected) && expected === actual, expected: expected || '—', actual: actual || '—' };
}
