import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

// With keySeparator false a nested value's key joins its names with ".": every finding in a file is
// placed at its key, the first ones (found one by one) as the later ones (read off a full index).

const project = tempProjectsPerTest();

describe('positions with keySeparator false', () => {
  it('places each finding under a nested object at its key, however many the file has', () => {
    const names = Array.from({ length: 12 }, (_, i) => `k${i}`);
    const nested = (value: (name: string) => string): string =>
      `{\n  "group": {\n${names.map((name) => `    "${name}": "${value(name)}"`).join(',\n')}\n  },\n  "x.y": "Flat"\n}\n`;
    const root = project({
      'locales/en.json': nested((name) => `Text ${name}`),
      'locales/de.json': nested((name) => `Text ${name}`),
    });
    const found = diagnosticsOf(root, { bundles: 'locales/{{lng}}.json', keySeparator: false }).filter((d) => d.file === 'locales/de.json');
    expect(found.map((d) => `${d.line}:${d.column} ${d.key}`)).toEqual([
      ...names.map((name, i) => `${i + 3}:5 group.${name}`),
      `${names.length + 4}:3 x.y`,
    ]);
  });
});
