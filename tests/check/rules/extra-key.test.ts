import { extraKey } from '../../../src/check/rules/extra-key.js';
import { testRule } from '../../support/rule-tester.js';

testRule(extraKey);
