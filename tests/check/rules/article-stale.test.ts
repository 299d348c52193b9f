import { articleStale } from '../../../src/check/content-rules/article-stale.js';
import { testRule } from '../../support/rule-tester.js';

testRule(articleStale);
