import { punctuationParity } from '../../../src/check/rules/punctuation-parity.js';
import { testRule } from '../../support/rule-tester.js';

testRule(punctuationParity);
