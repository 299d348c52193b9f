import { formatMismatch } from '../../../src/check/rules/format-mismatch.js';
import { testRule } from '../../support/rule-tester.js';

testRule(formatMismatch);
