import { jsonSyntax } from '../../../src/check/rules/json-syntax.js';
import { testRule } from '../../support/rule-tester.js';

testRule(jsonSyntax);
