import { noOptions, type RuleOptionsSchema } from '../rule-options.js';

/**
 * The content rules' options by rule id, without their code: the bundle checker validates their
 * settings in the config but must not load remark and friends to do so (tests keep these ids in
 * step with the registry in index.ts). None takes options yet.
 */
export const CONTENT_RULE_OPTIONS: Readonly<Record<string, RuleOptionsSchema<unknown>>> = {
  'front-matter': noOptions,
  'article-missing': noOptions,
  'article-stale': noOptions,
  'structure-parity': noOptions,
};
