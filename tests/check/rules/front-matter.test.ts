import { frontMatter } from '../../../src/check/content-rules/front-matter.js';
import { testRule } from '../../support/rule-tester.js';

testRule(frontMatter);
