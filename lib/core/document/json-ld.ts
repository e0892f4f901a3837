/**
 * The article fields we read from schema.org JSON-LD. Pages embed several blocks (the site,
 * breadcrumbs, the article), as arrays or inside "@graph"; we take the first Article-like node.
 */
export interface JsonLdArticle {
  headline?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
  url?: string;
}

// NewsArticle, ReportageNewsArticle, OpinionNewsArticle… are all Article subtypes; so is BlogPosting.
const ARTICLE_TYPE = /(?:Article|BlogPosting)$/;

export function readJsonLdArticle(scripts: string[]): JsonLdArticle {
  for (const script of scripts) {
    const article = findArticle(parseJson(script));
    if (article) {
      return {
        headline: stringOf(article.headline) ?? stringOf(article.name),
        author: nameOf(article.author),
        publisher: nameOf(article.publisher),
        datePublished: stringOf(article.datePublished),
        url: stringOf(article.url) ?? urlOf(article.mainEntityOfPage),
      };
    }
  }
  return {};
}

type JsonObject = Record<string, unknown>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Broken JSON-LD is common in the wild; the page's other metadata still counts.
    return undefined;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findArticle(value: unknown, depth = 0): JsonObject | undefined {
  if (depth > 4) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const types = ([] as unknown[]).concat(value['@type']);
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))) return value;
  return findArticle(value['@graph'], depth + 1);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A Person or Organization may be a string, an object with a name, or a list of either. */
function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => !!name);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (typeof value === 'string') return value;
  return isObject(value) ? stringOf(value.name) : undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isObject(value) ? stringOf(value['@id']) ?? stringOf(value.url) : undefined;
}
