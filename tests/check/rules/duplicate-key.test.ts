import { duplicateKey } from '../../../src/check/rules/duplicate-key.js';
import { testRule } from '../../support/rule-tester.js';

testRule(duplicateKey);
