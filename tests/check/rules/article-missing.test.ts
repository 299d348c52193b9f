import { articleMissing } from '../../../src/check/content-rules/article-missing.js';
import { testRule } from '../../support/rule-tester.js';

testRule(articleMissing);
