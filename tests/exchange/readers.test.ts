import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/diagnostics/usage-error.js';
import { decodeExchangeFile } from '../../src/exchange/decode-exchange-file.js';
import { ExchangeSyntaxError } from '../../src/exchange/exchange-syntax-error.js';
import { exportLocale } from '../../src/exchange/export-project.js';
import { importText } from '../../src/exchange/import-file.js';
import { readPo } from '../../src/exchange/po-reader.js';
import { fromXliff } from '../../src/exchange/xliff-format.js';
import { memoryProject } from '../sync/memory-project.js';

const where = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof ExchangeSyntaxError) return `${error.line}:${error.column} ${error.reason}`;
    throw error;
  }
  throw new Error('expected an ExchangeSyntaxError');
};

describe('readPo', () => {
  const header = 'msgid ""\nmsgstr ""\n"Language: es\\n"\n\n';
  it('refuses what lenient parsers guess at, at its line and column', () => {
    expect(where(() => readPo(`${header}msgctxt "ui:a"\nmsgid "A"\nmsgstr "open\n`))).toBe(
      '7:8 the string is not closed on its line (a quote inside it must be written \\")',
    );
    expect(where(() => readPo(`${header}msgctxt "ui:a"\nmsgid "A"\nmsgstr "a\\qb"\n`))).toBe(
      '7:10 \\q is not an escape PO knows (write \\\\ for a backslash)',
    );
    expect(where(() => readPo(`${header}msgctxt "ui:a"\nmsgid "A"\nmsgid_plural "As"\nmsgstr[0] "x"\nmsgstr[7] "y"\n`))).toBe(
      '9:1 msgstr[7] follows msgstr[0]: forms are numbered 0, 1, 2... in order',
    );
    expect(where(() => readPo(`${header}msgctxt "ui:a"\nmsgid "A"\nmsgstr[0] "x"\n`))).toBe(
      '7:1 msgstr[0] is numbered, but the entry has no msgid_plural',
    );
    expect(where(() => readPo(`${header}msgctxt "ui:a"\nmsgid "A"\nmsgstr "x"\n\nmsgctxt "ui:a"\nmsgid "A"\nmsgstr "y"\n`))).toBe(
      '9:1 this entry (msgctxt "ui:a") is at line 5 already',
    );
    expect(where(() => readPo(`${header}msgctxt "ui:a"\nmsgid "A"\n\nmsgctxt "ui:b"\nmsgid "B"\nmsgstr "y"\n`))).toBe(
      '5:1 the entry has no msgstr',
    );
    expect(where(() => readPo(`${header}garbage "x"\n`))).toBe(
      '5:1 "garbage" is not a PO keyword (msgctxt, msgid, msgid_plural, msgstr, msgstr[n])',
    );
    expect(where(() => readPo(`${header}\n"orphan"\n`))).toBe('6:1 a string that continues no msgid or msgstr');
  });

  it('reads continuation lines, escapes, CRLF, comments and obsolete entries', () => {
    const po = readPo(
      `${header}#. note\r\nmsgctxt "ui:a"\r\nmsgid ""\r\n"A"\r\nmsgstr ""\r\n"line\\n"\r\n"tab\\t\\"q\\" \\101"\r\n\r\n#~ msgctxt "ui:gone"\r\n#~ msgid "G"\r\n#~ msgstr "g"\r\n`,
    );
    expect(po.headers.get('Language')).toEqual({ value: 'es', line: 3 });
    expect(po.entries).toEqual([{ msgctxt: 'ui:a', msgid: 'A', msgidPlural: undefined, msgstr: ['line\ntab\t"q" A'], line: 6, column: 1 }]);
  });
});

describe('fromXliff', () => {
  const xliff = (units: string): string =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es"><file id="ui">${units}</file></xliff>`;
  it('joins segments and ignorables in the order their targets give', () => {
    const unit =
      '<unit id="a"><segment><source>One.</source><target order="3">Uno.</target></segment><ignorable><source> </source></ignorable><segment><source>Two.</source><target order="1">Dos.</target></segment></unit>';
    expect(fromXliff(xliff(unit)).entries).toEqual([{ namespace: 'ui', key: 'a', value: 'Dos. Uno.' }]);
  });

  it('reads <cp> as the character it stands for, and unwraps <mrk> annotations', () => {
    const unit =
      '<unit id="a"><segment><source>x</source><target>a<cp hex="0001"/><mrk id="m" translate="no">B</mrk><cp hex="1F600"/></target></segment></unit>';
    expect(fromXliff(xliff(unit)).entries[0]?.value).toBe('a\u0001B😀');
  });

  it('skips elements of other namespaces, and refuses XLIFF elements out of place', () => {
    const meta =
      '<unit id="a"><mda:metadata xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"><mda:metaGroup><mda:meta type="x">y</mda:meta></mda:metaGroup></mda:metadata><segment><source>x</source><target>y</target></segment></unit>';
    expect(fromXliff(xliff(meta)).entries).toEqual([{ namespace: 'ui', key: 'a', value: 'y' }]);
    expect(where(() => fromXliff(xliff('<unit id="a"><segment><target>y</target><source>x<b>z</b></source></segment></unit>')))).toMatch(
      /^1:\d+ <b> is not an inline element of XLIFF 2\.0 \(inside <source>\)$/,
    );
    expect(where(() => fromXliff(xliff('<unit><segment><source>x</source></segment></unit>')))).toMatch(
      /^1:\d+ <unit> has no id attribute$/,
    );
    expect(where(() => fromXliff(xliff('<unit id="a"/><unit id="a"/>')))).toMatch(/^1:\d+ the key "a" has a unit at line 1 already$/);
    expect(where(() => fromXliff('<xliff version="2.0"/>'))).toBe(
      '1:1 an XLIFF 2.0 <xliff> must be in the namespace urn:oasis:names:tc:xliff:document:2.0',
    );
    expect(where(() => fromXliff('<root/>'))).toBe("1:1 the root element is <root>, not XLIFF's <xliff>");
  });
});

describe('a damaged exchange file', () => {
  it('is imported or refused with a position or a reason, never a crash (property)', async () => {
    const project = memoryProject({
      en: JSON.stringify({ a: 'A <b>x</b>', n_one: 'one', n_other: 'many', g: { h: 'H' } }),
      es: JSON.stringify({ a: 'Á', n_one: 'uno' }),
    });
    const files = { xliff: await exportLocale(project, 'es', 'xliff'), po: await exportLocale(project, 'es', 'po') };
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      '"',
      '=',
      '\n',
      'x',
      '<foo/>',
      '</unit>',
      '<segment>',
      'id',
      'msgstr[9] "z"',
      'msgid',
      '\\',
      '[',
      ']',
      '&',
      '&#0;',
      ' ',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('xliff', 'po' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(6),
        fc.array(piece, { maxLength: 3 }),
        async (format, at, cut, inserted) => {
          const text = files[format as 'xliff' | 'po'];
          const i = Math.floor(at * text.length);
          const damaged = text.slice(0, i) + inserted.join('') + text.slice(i + cut);
          await importText(project, damaged, 'es').catch((error: unknown) => {
            expect(error instanceof ExchangeSyntaxError || error instanceof UsageError, String(error)).toBe(true);
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});

it('refuses characters XML cannot hold in an XLIFF file, raw or as a reference, naming the <cp> that carries them', () => {
  const file = (target: string): string =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es"><file id="ui"><unit id="a"><segment><source>x</source><target>${target}</target></segment></unit></file></xliff>`;
  expect(where(() => fromXliff(file('a\u0001b')))).toMatch(
    /^1:\d+ U\+0001 is not allowed in XML \(XLIFF 2\.0 writes it as <cp hex="0001"\/>\)$/,
  );
  expect(where(() => fromXliff(file('a&#11;b')))).toMatch(/^1:\d+ Invalid character entity$/);
});

describe('decodeExchangeFile', () => {
  it('decodes by the declared charset or byte-order mark, and refuses bytes that are not text in it at their line and column', () => {
    const po = (charset: string, text: string): string =>
      `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=${charset}\\n"\n\nmsgctxt "ui:a"\nmsgid "A"\nmsgstr "${text}"\n`;
    expect(decodeExchangeFile(Buffer.from(po('ISO-8859-1', '¡Más!'), 'latin1'))).toContain('msgstr "¡Más!"');
    expect(decodeExchangeFile(Buffer.from(po('CHARSET', 'ñ')))).toContain('msgstr "ñ"');
    // ISO-8859-1 is read as windows-1252 (WHATWG), where 0x93 and 0x94 are curly quotes, not C1 controls.
    const [before, after] = po('ISO-8859-1', '|').split('|') as [string, string];
    expect(
      decodeExchangeFile(Buffer.concat([Buffer.from(before), Buffer.from([0x93, 0x68, 0x6f, 0x6c, 0x61, 0x94]), Buffer.from(after)])),
    ).toContain('msgstr "“hola”"');
    const xml = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?>\n<xliff>'),
      Buffer.from([0x80]),
      Buffer.from('</xliff>'),
    ]);
    expect(decodeExchangeFile(xml)).toContain('<xliff>€</xliff>');
    expect(decodeExchangeFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<xliff>ñ</xliff>', 'utf16le')]))).toBe(
      '<xliff>ñ</xliff>',
    );
    expect(where(() => decodeExchangeFile(Buffer.from(po('UTF-8', 'M\u00e1s'), 'latin1')))).toBe(
      '7:10 byte 0xE1 is not utf-8 text (the charset the file declares): save the file in that charset, or declare the one it is in',
    );
    expect(where(() => decodeExchangeFile(Buffer.from(po('x-klingon', 'a'))))).toBe(
      '1:1 declares charset "x-klingon", which l10n cannot decode: save it as UTF-8',
    );
  });
});
