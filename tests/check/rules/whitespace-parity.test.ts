import { whitespaceParity } from '../../../src/check/rules/whitespace-parity.js';
import { testRule } from '../../support/rule-tester.js';

testRule(whitespaceParity);
