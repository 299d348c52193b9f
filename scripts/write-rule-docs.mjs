// Writes docs/rules/<id>.md and the README's rule tables from the rules' declarations
// (`npm run docs:rules`, which compiles first); removes the page of a rule that is gone.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocFiles } from '../lib/check/rule-docs-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = ruleDocFiles(readFileSync(join(root, 'README.md'), 'utf8'));
mkdirSync(join(root, 'docs/rules'), { recursive: true });
for (const name of readdirSync(join(root, 'docs/rules'))) {
  if (!files.has(`docs/rules/${name}`)) rmSync(join(root, 'docs/rules', name));
}
for (const [path, text] of files) writeFileSync(join(root, path), text);
process.stdout.write(`wrote ${files.size} files\n`);
