import { markupMismatch } from '../../../src/check/rules/markup-mismatch.js';
import { testRule } from '../../support/rule-tester.js';

testRule(markupMismatch);
