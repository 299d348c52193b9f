import sax from 'sax';
import { LineIndex } from '../text/line-index.js';
import { ExchangeSyntaxError } from './exchange-syntax-error.js';
import { isDerivedId } from './xliff-ids.js';
import { codePointName, firstNonXmlChar } from './xml-text.js';
import { unitText, type UnitPart } from './xliff-unit-text.js';

const XLIFF_2 = 'urn:oasis:names:tc:xliff:document:2.0';
const XLIFF_1 = 'urn:oasis:names:tc:xliff:document:1.2';

/** A unit as read: where it goes, its target text or why it is not imported. */
export interface ReadUnit {
  namespace: string;
  key: string;
  outcome: ReturnType<typeof unitText>;
}

/** The XLIFF elements each XLIFF 2.0 element may hold; any other one is an error at its position. */
const CHILDREN_2: Record<string, readonly string[]> = {
  xliff: ['file'],
  file: ['skeleton', 'notes', 'unit', 'group'],
  group: ['notes', 'unit', 'group'],
  unit: ['notes', 'originalData', 'segment', 'ignorable'],
  notes: ['note'],
  originalData: ['data'],
  segment: ['source', 'target'],
  ignorable: ['source', 'target'],
};
const INLINE_2 = ['cp', 'ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em'];
/** Inline elements that stand for markup of the original document; a bundle's markup is text. */
const CODES = new Set(['ph', 'pc', 'sc', 'ec', 'g', 'x', 'bx', 'ex', 'bpt', 'ept', 'it', 'sub']);
/** Elements whose content is not translatable text: skipped whole. */
const OPAQUE = new Set(['skeleton', 'originalData', 'notes', 'note', 'data']);

interface Frame {
  name: string;
  /** Inside an element of another namespace, or an opaque one: everything below is skipped. */
  skip: boolean;
}

/**
 * Reads XLIFF 2.0 (or 1.2, as older CAT tools write it) into units, strictly: XML that is not
 * well formed, an XLIFF element where the format allows none, a `<file>` or `<unit>` without its
 * id, or a key given twice is an ExchangeSyntaxError at its line and column. Elements of other
 * namespaces (a tool's own metadata) are skipped. A target holding inline codes (`<pc>`, `<ph>`...)
 * is read as skipped, with the reason: they stand for markup a bundle holds as text.
 */
export function readXliff(xml: string): { version: 1 | 2; locale: string | undefined; units: ReadUnit[] } {
  const lines = new LineIndex(xml);
  const parser = sax.parser(true, { xmlns: true, position: true });
  const fail = (reason: string, offset = parser.startTagPosition - 1): never => {
    const at = lines.position(Math.max(0, offset));
    throw new ExchangeSyntaxError(at.line, at.column, reason);
  };
  const stack: Frame[] = [];
  const units: ReadUnit[] = [];
  let version: 1 | 2 = 2;
  let rooted = false;
  let locale: string | undefined;
  let namespace = '';
  let keys = new Map<string, number>();
  let unit: { key: string; parts: UnitPart[]; code: string | undefined } | undefined;
  let part: UnitPart | undefined;
  let into: 'source' | 'target' | undefined;
  const attribute = (node: sax.QualifiedTag, name: string): string | undefined => node.attributes[name]?.value;
  parser.onerror = (error) => fail(error.message.split('\n')[0] ?? 'not well formed', parser.position);
  parser.onopentag = (tag) => {
    // Created with xmlns: true, so every tag is qualified.
    const node = tag as sax.QualifiedTag;
    const parent = stack[stack.length - 1];
    const local = node.local;
    if (parent?.skip) return void stack.push({ name: local, skip: true });
    if (!parent) {
      const declared = attribute(node, 'version') ?? '';
      if (local !== 'xliff' || (node.uri !== XLIFF_2 && node.uri !== XLIFF_1 && node.uri !== ''))
        fail(`the root element is <${node.name}>, not XLIFF's <xliff>`);
      if (!/^(1\.[0-9]|2\.[0-9])$/.test(declared)) fail(`<xliff> has version="${declared}": XLIFF 2.0 or 1.2 is expected`);
      version = declared.startsWith('1.') ? 1 : 2;
      if (version === 2 && node.uri !== XLIFF_2) fail(`an XLIFF 2.0 <xliff> must be in the namespace ${XLIFF_2}`);
      rooted = true;
      locale = attribute(node, 'trgLang') || undefined;
      return void stack.push({ name: local, skip: false });
    }
    if (node.uri !== (version === 2 ? XLIFF_2 : node.uri === '' ? '' : XLIFF_1)) return void stack.push({ name: local, skip: true });
    if (into) {
      if (version === 2 && !INLINE_2.includes(local)) fail(`<${local}> is not an inline element of XLIFF 2.0 (inside <${into}>)`);
      if (into === 'target' && unit && CODES.has(local))
        unit.code ??= `<${local}> at line ${lines.position(parser.startTagPosition - 1).line}`;
      if (local === 'cp') {
        const hex = attribute(node, 'hex') ?? '';
        const code = /^[0-9A-Fa-f]{4,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
        if (!(code <= 0x10ffff)) fail(`<cp hex="${hex}"> is not a code point`);
        if (part) part[into] = (part[into] ?? '') + (code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code));
      }
      // The text of a code is the original document's, not the translation.
      return void stack.push({ name: local, skip: CODES.has(local) && local !== 'pc' && local !== 'g' });
    }
    if (version === 1) return void openVersion1(node, local);
    if (!CHILDREN_2[parent.name]?.includes(local)) fail(`<${node.name}> is not allowed inside <${parent.name}> in XLIFF 2.0`);
    if (local === 'file' || local === 'group' || local === 'unit') {
      const id = attribute(node, 'id');
      if (!id) fail(`<${local}> has no id attribute`);
      if (local === 'file') startFile(isDerivedId(id as string) ? (attribute(node, 'original') ?? (id as string)) : (id as string));
      if (local === 'unit') startUnit(attribute(node, 'name') ?? (id as string));
    } else if (local === 'segment' || local === 'ignorable') {
      part = { ignorable: local === 'ignorable', source: '', target: undefined, order: undefined };
      unit?.parts.push(part);
    } else if (local === 'source' || local === 'target') {
      into = local;
      if (part) part[local] = '';
      const order = attribute(node, 'order');
      if (order !== undefined && part)
        part.order = /^[1-9][0-9]*$/.test(order) ? Number(order) : fail(`order="${order}" is not a positive number`);
    }
    stack.push({ name: local, skip: OPAQUE.has(local) });
  };
  const startFile = (name: string): void => {
    namespace = name;
    keys = new Map();
  };
  const startUnit = (key: string): void => {
    const first = keys.get(key);
    if (first !== undefined) fail(`the key ${JSON.stringify(key)} has a unit at line ${first} already`);
    keys.set(key, lines.position(parser.startTagPosition - 1).line);
    unit = { key, parts: [], code: undefined };
  };
  const openVersion1 = (node: sax.QualifiedTag, local: string): void => {
    if (local === 'file') {
      const original = attribute(node, 'original');
      if (!original) fail('<file> has no original attribute (the namespace)');
      locale = attribute(node, 'target-language') || locale;
      startFile(original as string);
    } else if (local === 'trans-unit') {
      const id = attribute(node, 'id');
      if (!id) fail('<trans-unit> has no id attribute');
      startUnit(id as string);
      part = { ignorable: false, source: '', target: undefined, order: undefined };
      unit?.parts.push(part);
    } else if ((local === 'source' || local === 'target') && unit && stack[stack.length - 1]?.name === 'trans-unit') {
      into = local;
      if (part) part[local] = '';
    }
    const known = ['file', 'header', 'body', 'group', 'trans-unit', 'source', 'target'];
    stack.push({ name: local, skip: !known.includes(local) || local === 'header' });
  };
  const text = (value: string): void => {
    const bad = firstNonXmlChar(value);
    // Raw or as a character reference, XML cannot hold it; XLIFF 2.0 writes it as <cp>.
    if (bad !== undefined)
      fail(
        `${codePointName(bad)} is not allowed in XML (XLIFF 2.0 writes it as <cp hex="${codePointName(bad).slice(2)}"/>)`,
        parser.position - value.length,
      );
    const frame = stack[stack.length - 1];
    if (!frame || frame.skip) return;
    if (into && part) part[into] = (part[into] ?? '') + value;
    else if (value.trim() !== '' && version === 2)
      fail(`text outside <source> and <target> (inside <${frame.name}>)`, parser.position - value.length);
  };
  parser.ontext = text;
  parser.oncdata = text;
  parser.onclosetag = () => {
    const frame = stack.pop();
    if (!frame || frame.skip) return;
    if (frame.name === into) into = undefined;
    else if (frame.name === 'unit' || frame.name === 'trans-unit') {
      if (unit)
        units.push({
          namespace,
          key: unit.key,
          outcome: unit.code
            ? {
                kind: 'skipped',
                reason: `its target holds inline code ${unit.code}: a bundle keeps its markup as text (write <b> as &lt;b&gt;)`,
              }
            : unitText(unit.parts),
        });
      unit = undefined;
      part = undefined;
    }
  };
  parser.write(xml).close();
  if (!rooted || stack.length > 0) fail(rooted ? 'the file ends before </xliff>' : 'no <xliff> element', xml.length);
  return { version, locale, units };
}
