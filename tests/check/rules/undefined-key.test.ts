import { undefinedKey } from '../../../src/check/rules/undefined-key.js';
import { testRule } from '../../support/rule-tester.js';

testRule(undefinedKey);
