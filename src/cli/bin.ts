#!/usr/bin/env node
import { runProgram } from './program.js';
import { reportCrash } from './report-crash.js';

runProgram(process.argv).catch(reportCrash);
