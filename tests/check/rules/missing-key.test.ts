import { missingKey } from '../../../src/check/rules/missing-key.js';
import { testRule } from '../../support/rule-tester.js';

testRule(missingKey);
