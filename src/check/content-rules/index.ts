import { articleMissing } from './article-missing.js';
import { articleStale } from './article-stale.js';
import type { ContentRule } from './content-rule.js';
import { frontMatter } from './front-matter.js';
import { structureParity } from './structure-parity.js';

/** Every content rule (checks on articles), in the order they run. A new rule is one file and one line here. */
export const contentRules: readonly ContentRule[] = [frontMatter, articleMissing, articleStale, structureParity];
