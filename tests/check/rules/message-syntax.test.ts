import { messageSyntax } from '../../../src/check/rules/message-syntax.js';
import { testRule } from '../../support/rule-tester.js';

testRule(messageSyntax);
