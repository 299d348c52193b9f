import { interpolationMismatch } from '../../../src/check/rules/interpolation-mismatch.js';
import { testRule } from '../../support/rule-tester.js';

testRule(interpolationMismatch);
