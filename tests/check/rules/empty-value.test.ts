import { emptyValue } from '../../../src/check/rules/empty-value.js';
import { testRule } from '../../support/rule-tester.js';

testRule(emptyValue);
