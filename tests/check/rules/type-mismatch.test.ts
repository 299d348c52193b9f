import { typeMismatch } from '../../../src/check/rules/type-mismatch.js';
import { testRule } from '../../support/rule-tester.js';

testRule(typeMismatch);
