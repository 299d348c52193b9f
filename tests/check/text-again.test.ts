import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { textAgain } from '../../src/check/text-again.js';
import { readBundleFiles } from '../../src/project/load-bundles.js';
import { tempProjectsPerTest } from '../support/temp-project.js';
import { DEFAULT_SYNTAX } from '../../src/bundles/interpolation-syntax.js';

/** How a bundle file is read: i18next's key separator and nesting prefix. */
const READING = { keySeparator: '.', interpolation: DEFAULT_SYNTAX } as const;

// The check keeps a way to read every `$t()` bundle's text again until the end of the run (the
// count of expansions across namespaces places its findings with it). That closure must not hold
// the bytes the file was parsed from: on a backlog they were the whole corpus, kept to the end.

const project = tempProjectsPerTest();

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const nextTask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const TEXT = '{\n  "greeting": "Hello $t(common:name)"\n}\n';

describe('textAgain', () => {
  it('rereads the file without holding the bytes it was parsed from', async () => {
    const root = project({ 'locales/en/ui.json': TEXT });
    const location = { file: 'locales/en/ui.json', locale: 'en', namespace: 'ui' };
    // Made in another function, so no variable of this one holds the input or its bytes.
    const { bytes, text } = ((): { bytes: WeakRef<Buffer>; text: () => string } => {
      const [input] = readBundleFiles(root, [location], { reread: true });
      if (!input?.bytes) throw new Error('the file was not read');
      return { bytes: new WeakRef(input.bytes), text: textAgain(input, READING) };
    })();
    // A WeakRef keeps its target until the end of the task that made it.
    await nextTask();
    collect();
    expect(bytes.deref()).toBeUndefined();
    expect(text()).toBe(TEXT);
  });

  it('decodes the bytes it was given when the file cannot be read again', () => {
    const text = textAgain({ file: 'ui.json', locale: 'en', namespace: 'ui', bytes: Buffer.from(TEXT) }, READING);
    expect(text()).toBe(TEXT);
  });
});
