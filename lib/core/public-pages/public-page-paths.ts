/** Where a workspace's public pages live (decision 040); read by share pages to link to them. */
export function publicPagePaths(slug: string) {
  const base = `/p/${encodeURIComponent(slug)}`;
  return {
    methodology: `${base}/methodology`,
    methodologyJson: `${base}/methodology.json`,
    corrections: `${base}/corrections`,
    correctionsJson: `${base}/corrections.json`,
    correctionsAtom: `${base}/corrections.atom`,
    /** A published verdict's permalink (decision 044). */
    verdict: (claimId: string) => `${base}/verdicts/${encodeURIComponent(claimId)}`,
  };
}
