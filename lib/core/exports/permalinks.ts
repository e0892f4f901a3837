// Factdesk's own addresses for an article and a claim, used where a format needs an IRI and
// the newsroom has not given a better one (no public verdict page, a pasted article without a
// source URL). `siteUrl` is the instance's public origin, e.g. https://factdesk.example.org.

/** The article's page on this instance: the frozen text the claims' positions refer to. */
export function articlePermalink(siteUrl: string, articleId: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/articles/${encodeURIComponent(articleId)}`;
}

/** The article's page opened on one claim. */
export function claimPermalink(siteUrl: string, articleId: string, claimId: string): string {
  return `${articlePermalink(siteUrl, articleId)}?claim=${encodeURIComponent(claimId)}`;
}
