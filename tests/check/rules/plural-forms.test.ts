import { pluralForms } from '../../../src/check/rules/plural-forms.js';
import { testRule } from '../../support/rule-tester.js';

testRule(pluralForms);
