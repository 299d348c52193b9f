import { localeCode } from '../../../src/check/rules/locale-code.js';
import { testRule } from '../../support/rule-tester.js';

testRule(localeCode);
