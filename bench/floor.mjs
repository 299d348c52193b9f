#!/usr/bin/env node
/**
 * The floor every checker is measured against: read every .json file under DIR and JSON.parse it,
 * nothing else. A file that does not parse is counted and skipped, as a checker would go on.
 *
 *   node bench/floor.mjs DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? '.';
let files = 0;
let broken = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  try {
    JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    broken++;
  }
  files++;
}
process.stdout.write(`${files} files parsed, ${broken} broken\n`);
