/**
 * The rule ids of an article refused for its size or shape before any content rule reads it:
 * reported by `check` like a rule's findings, so a suppressions file may name them too.
 */
export const ARTICLE_LIMIT_RULES = { size: 'article-size', shape: 'markdown-limit' } as const;
