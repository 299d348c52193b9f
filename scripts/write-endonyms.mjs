// Writes src/locale/endonym-table.ts from the running ICU (`npm run data:endonyms`, which compiles
// first); a test fails when the table and ICU differ.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { endonymTableSource, icuEndonyms } from '../lib/locale/icu-endonyms.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const names = icuEndonyms();
writeFileSync(join(root, 'src/locale/endonym-table.ts'), endonymTableSource(names));
process.stdout.write(`wrote ${names.length} endonyms\n`);
