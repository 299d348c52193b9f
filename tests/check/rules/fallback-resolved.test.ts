import { fallbackResolved } from '../../../src/check/rules/fallback-resolved.js';
import { testRule } from '../../support/rule-tester.js';

testRule(fallbackResolved);
