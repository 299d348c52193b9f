import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * eslint-plugin-i18n-json (with ESLint 9, which both install on Node 20) as the bench runs it:
 * its recommended JSON processor, `valid-json`, and `identical-keys` plus `identical-placeholders`
 * against the source locale's file of the same namespace (one flat-config block per namespace).
 * ICU `valid-message-syntax` is off: i18next strings are not ICU, so it would flag every `{{x}}`.
 */
export function eslintI18nJson(repoRoot, namespaces, sourceLocale) {
  const dir = mkdtempSync(join(tmpdir(), 'l10n-bench-eslint-'));
  // The config lives as long as the bench runs ESLint with it: removed when the bench exits.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const plugin = pathToFileURL(join(repoRoot, 'node_modules', 'eslint-plugin-i18n-json', 'index.js')).href;
  const config = join(dir, 'eslint.config.mjs');
  writeFileSync(
    config,
    `import i18nJson from ${JSON.stringify(plugin)};
import { join } from 'node:path';
const root = process.cwd();
export default ${JSON.stringify(namespaces)}.map((ns) => ({
  files: [\`locales/*/\${ns}.json\`],
  plugins: { 'i18n-json': i18nJson },
  processor: { meta: { name: '.json' }, ...i18nJson.processors['.json'] },
  rules: {
    'i18n-json/valid-json': 2,
    'i18n-json/identical-keys': [2, { filePath: join(root, 'locales', ${JSON.stringify(sourceLocale)}, \`\${ns}.json\`) }],
    'i18n-json/identical-placeholders': [2, { filePath: join(root, 'locales', ${JSON.stringify(sourceLocale)}, \`\${ns}.json\`) }],
  },
}));
`,
  );
  const eslint = join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');
  return { command: process.execPath, args: [eslint, '--config', config, '--format', 'json', '--no-warn-ignored', 'locales/**/*.json'] };
}

// A line of identical-keys' diff that names a key: `-   "title": ...` (missing) or `+   "extra": ...`.
const DIFF_KEY = /^[-+]\s+"((?:[^"\\]|\\.)*)":/;

/**
 * Findings of `eslint --format json`: valid-json is a json-syntax finding for the file;
 * identical-keys reports one diff per file, and each added or removed key line in it is a
 * finding at that key's last segment (the diff shows nesting only as indentation); anything
 * else is a finding at the file.
 */
export function eslintFindings(stdout, root) {
  const findings = [];
  for (const result of JSON.parse(stdout)) {
    const file = result.filePath
      .slice(root.length + 1)
      .split('\\')
      .join('/');
    for (const message of result.messages) {
      if (message.ruleId === 'i18n-json/valid-json') findings.push({ rule: 'json-syntax', file, key: null });
      else if (message.ruleId === 'i18n-json/identical-keys') {
        for (const line of message.message.split('\n')) {
          const match = DIFF_KEY.exec(line);
          if (match) findings.push({ rule: null, file, key: JSON.parse(`"${match[1]}"`), leaf: true });
        }
      } else findings.push({ rule: null, file, key: null });
    }
  }
  return findings;
}
