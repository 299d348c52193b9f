import { nesting } from '../../../src/check/rules/nesting.js';
import { testRule } from '../../support/rule-tester.js';

testRule(nesting);
