import { keyCollision } from '../../../src/check/rules/key-collision.js';
import { testRule } from '../../support/rule-tester.js';

testRule(keyCollision);
