import { scriptFallback } from '../../../src/check/rules/script-fallback.js';
import { testRule } from '../../support/rule-tester.js';

testRule(scriptFallback);
