import { CONTENT_RULE_OPTIONS } from '../check/content-rules/content-rule-options.js';
import { bundleRules } from '../check/rules/index.js';
import { ARTICLE_LIMIT_RULES } from '../content/article-limit-rules.js';

/**
 * Every rule id `check` can report, which a suppressions file and `--suppress-rule` may name:
 * the bundle rules, the content rules (by id, without loading remark) and the article limits.
 */
export const SUPPRESSIBLE_RULES: ReadonlySet<string> = new Set([
  ...bundleRules.map((rule) => rule.id),
  ...Object.keys(CONTENT_RULE_OPTIONS),
  ...Object.values(ARTICLE_LIMIT_RULES),
]);
