import { untranslated } from '../../../src/check/rules/untranslated.js';
import { testRule } from '../../support/rule-tester.js';

testRule(untranslated);
