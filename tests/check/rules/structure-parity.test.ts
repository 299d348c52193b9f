import { structureParity } from '../../../src/check/content-rules/structure-parity.js';
import { testRule } from '../../support/rule-tester.js';

testRule(structureParity);
