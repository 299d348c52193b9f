import HTML, { type ASTNode } from 'html-parse-stringify';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { markupMismatch } from '../../../src/check/rules/markup-mismatch.js';
import { diagnosticsOf } from '../../support/check-lines.js';
import { tempProjectsPerTest } from '../../support/temp-project.js';
import { testRule } from '../../support/rule-tester.js';

const en = (value: string): Record<string, string> => ({ 'locales/en/ui.json': `{\n  "k": ${JSON.stringify(value)}\n}\n` });
const pair = (source: string, translation: string): Record<string, string> => ({
  ...en(source),
  'locales/de/ui.json': `{\n  "k": ${JSON.stringify(translation)}\n}\n`,
});
const at = (message: string): string => `locales/de/ui.json:2:3 error markup differs from the en source: ${message} [markup-mismatch]`;

testRule(markupMismatch, {
  valid: [
    {
      name: 'A Trans index the source wraps twice, once in the translation',
      files: pair('<1>Only</1> <0>3</0> <1>left</1>', '<0>3</0><1> übrig</1>'),
    },
    { name: 'A Trans index written self-closed twice (an icon shown twice)', files: pair('Press <0/> to add', 'Drücke <0/> oder <0/>') },
    {
      name: 'A components name wrapping two pieces of text',
      files: pair('Hello <bold>{{name}}</bold>!', '<bold>Hallo</bold>, <bold>{{name}}</bold>!'),
    },
    {
      name: 'A strong split in two, the source also using a break',
      files: pair('<strong>Do not</strong> unplug<br/>it', '<strong>Nicht</strong> ausstecken, <strong>nie</strong><br/>'),
    },
    { name: '<br></br> in the source, <br> in the translation', files: pair('One<br></br>two<br></br>three', 'Eins<br>zwei<br />drei') },
    { name: '<br></br> on both sides', files: pair('One<br></br>two', 'Eins<br></br>zwei') },
    {
      name: 'A Trans index closed once more than opened (the end tag closes nothing)',
      files: pair('If nothing helps, send an <1>Error report</1>', 'Sende einen <1>Fehlerbericht</1>.</1>'),
    },
  ],
  invalid: [
    {
      name: 'A Trans index the source uses that the translation lacks, another used twice',
      files: pair('<0>3</0><1> pages left</1>', '<1>Noch </1>3<1> Seiten</1>'),
      expect: [at('lacks <0> </0>')],
    },
    {
      name: 'A paragraph more than in the source (a block counts each time)',
      files: pair('<p>First</p><p>Second</p>', '<p>Erstens</p><p>Zweitens</p><p>Drittens</p>'),
      expect: [at('adds <p> (3 where the source has 2), </p> (3 where the source has 2)')],
    },
    {
      name: 'A list item less than in the source',
      files: pair('<ul><li>One</li><li>Two</li></ul>', '<ul><li>Eins und zwei</li></ul>'),
      expect: [at('lacks <li> (1 where the source has 2), </li> (1 where the source has 2)')],
    },
    {
      name: 'A span with a class written twice (a tag with attributes counts each time)',
      files: pair('<span class="warn">Careful</span>', '<span class="warn">Vorsicht</span>, <span class="warn">heiß</span>'),
      expect: [at('adds <span> (2 where the source has 1), </span> (2 where the source has 1)')],
    },
    {
      name: 'A wrapping tag the source does not have, written twice',
      files: pair('Will NOT be deleted', '<em>NE</em> seront <em>PAS</em> supprimés'),
      expect: [at('adds <em> (2 where the source has 0), </em> (2 where the source has 0)')],
    },
    {
      name: 'A lone </br> where the source writes <br></br>',
      files: pair('One<br></br>two', 'Eins</br>zwei'),
      expect: [at('lacks <br/> and adds </br>')],
    },
    {
      name: '<br></br> twice where the source writes <br/> once (two breaks and two end tags)',
      files: pair('One<br/>two', 'Eins<br></br>zwei<br></br>'),
      expect: [at('adds <br/> (2 where the source has 1), </br> (2 where the source has 0)')],
    },
  ],
});

const tempProject = tempProjectsPerTest();

/** The markup-mismatch findings of one translated string, as `line:col message`. */
function findings(source: string, target: string): string[] {
  const root = tempProject({
    'locales/en/ui.json': `{\n  "m": ${JSON.stringify(source)}\n}\n`,
    'locales/de/ui.json': `{\n  "m": ${JSON.stringify(target)}\n}\n`,
  });
  return diagnosticsOf(root)
    .filter((d) => d.ruleId === 'markup-mismatch')
    .map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('a word in angle brackets (headlamp\'s "<unknown>")', () => {
  it('is text the translation may translate, keep or drop, as i18next shows it', () => {
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'de', resources: { de: { translation: { m: '<unbekannt>' } } } });
    expect(i18n.t('m')).toBe('<unbekannt>');
    for (const target of ['<unbekannt>', '<tidak diketahui>', '<غير معروف>', 'unbekannt', '<unknown>'])
      expect(findings('<unknown>', target), target).toEqual([]);
    expect(findings('Name: <unknown> (<1>edit</1>)', 'Name: <unbekannt> (<1>ändern</1>)')).toEqual([]);
  });

  it('leaves every other tag compared: a component, an HTML element, a closed tag', () => {
    expect(findings('<unknown>', '<b>unbekannt</b>')).toEqual(['2:3 markup differs from the en source: adds <b> </b>']);
    expect(findings('Name: <unknown> (<1>edit</1>)', 'Name: <unbekannt> (<1>ändern)')).toEqual([
      '2:3 markup differs from the en source: lacks </1>',
    ]);
    expect(findings('Press <b>Enter', 'Drücke Enter')).toEqual(['2:3 markup differs from the en source: lacks <b>']);
    expect(findings('<docs>Docs</docs>', '<doku>Doku</doku>')).toEqual([
      '2:3 markup differs from the en source: lacks <docs> </docs> and adds <doku> </doku>',
    ]);
  });
});

/** The elements react-i18next's Trans makes of a message (html-parse-stringify 4, its parser): names, sorted. */
function elementsOf(message: string): string[] {
  const names: string[] = [];
  const visit = (nodes: ASTNode[]): void => {
    for (const node of nodes)
      if (node.type === 'tag' || node.type === 'component') {
        names.push(node.name);
        visit(node.children);
      }
  };
  visit(HTML.parse(message));
  return names.sort();
}

describe('a component named as an HTML element (ntfy, DocSpace)', () => {
  it("is the app's component, which may wrap two pieces of text, as Trans's parser reads it", () => {
    for (const name of ['Link', 'Meta', 'Table', 'DocsLink']) {
      const source = `Check out the <${name}>documentation</${name}> to learn more.`;
      const target = `Check <${name}>docs</${name}> and <${name}>more docs</${name}>.`;
      expect(elementsOf(target), name).toEqual([name, name]);
      expect(findings(source, target), name).toEqual([]);
    }
  });

  it('leaves HTML elements written as HTML counted: a break in capitals, a table', () => {
    expect(findings('Go<br>on', 'Weiter<br>so<BR>')).toEqual(['2:3 markup differs from the en source: adds <BR/>']);
    expect(findings('Go<BR>on', 'Weiter<BR>so<BR>')).toEqual([
      '2:3 markup differs from the en source: adds <BR/> (2 where the source has 1)',
    ]);
    expect(findings('<table>A</table>', '<table>A</table><table>B</table>')).toEqual([
      '2:3 markup differs from the en source: adds <table> (2 where the source has 1), </table> (2 where the source has 1)',
    ]);
  });
});

describe('an end tag that closes nothing', () => {
  const strays: [string, string][] = [
    // outline's en_US writes a second </em>; its ja, ko and tr translations do not.
    [
      'Deleting the <em>{{ documentTitle }}</em> document will delete all of its history</em>.',
      '<em>{{ documentTitle }}</em>ドキュメントを削除すると、その履歴もすべて削除されます。',
    ],
    ['If nothing helps, send an <1>Error report</1>', 'Sende einen <1>Fehlerbericht</1>.</1>'],
    ['<b>Bold</b> text', '</i><b>Fett</b> Text</b>'],
    ['Read <1>the <b>terms</b></1></b>', 'Lies <1>die <b>Bedingungen</b></1>'],
  ];

  it("makes no element in Trans's parser, so neither side is told to write it", () => {
    for (const [source, target] of strays) {
      expect(elementsOf(target), target).toEqual(elementsOf(source));
      expect(findings(source, target), target).toEqual([]);
      expect(findings(target, source), source).toEqual([]);
    }
  });

  it('leaves an end tag that closes an element counted, and </p> and </br>, which HTML reads as elements', () => {
    expect(findings('<em>a</em> b <em>c</em>', '<em>a b <em>c</em>')).toEqual([
      '2:3 markup differs from the en source: lacks </em> (1 where the source has 2)',
    ]);
    expect(findings('One</p>', 'Eins')).toEqual(['2:3 markup differs from the en source: lacks </p>']);
    expect(findings('One</br>two', 'Eins zwei')).toEqual(['2:3 markup differs from the en source: lacks </br>']);
  });
});
