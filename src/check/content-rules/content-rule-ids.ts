/**
 * The ids of the content rules, without their code: the bundle checker accepts their settings
 * in the config but must not load remark and friends to do so (tests keep this list in step
 * with the registry in index.ts).
 */
export const CONTENT_RULE_IDS: readonly string[] = ['front-matter', 'article-missing', 'article-stale', 'structure-parity'];
