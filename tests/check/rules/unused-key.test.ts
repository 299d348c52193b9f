import { unusedKey } from '../../../src/check/rules/unused-key.js';
import { testRule } from '../../support/rule-tester.js';

testRule(unusedKey);
