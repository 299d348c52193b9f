import { expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

it('cuts a long untranslated text with "…", on one line, so it does not read as the whole text', () => {
  const text = 'Enable external JavaScript (extensions and\nconverters) that run in the browser';
  const root = project({
    'locales/en/ui.json': JSON.stringify({ scripts: text }),
    'locales/de/ui.json': JSON.stringify({ scripts: text }),
  });
  expect(diagnosticsOf(root).map((d) => d.message)).toEqual([
    `"scripts" is identical to the en source ("Enable external JavaScript (extensions and converters) that…"); translate it, or list it in the rule's "allow" option`,
  ]);
});
