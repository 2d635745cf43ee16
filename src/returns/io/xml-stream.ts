/**
 * Walks an XML file and hands each element's open and close (with its own text and the line it
 * opened on) to a visitor. The file is read whole (a 50 MB census is a 50 MB string) and walked by the
 * fast scan (xml-scan.ts); a file the scan declines is walked again by saxes, a general parser, with
 * a fresh visitor. Any well-formedness error, a wrong root element, or a document cut short becomes
 * one ReturnFileError with the line and what was expected.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SaxesParser } from 'saxes';
import { ReturnFileError } from './return-file-error.ts';
import { assertTextFile, unreadable } from './sniff.ts';
import { scanXml } from './xml-scan.ts';
import type { XmlVisitor } from './xml-visitor.ts';

/**
 * Walks `path`, whose root element must be `root`, with the visitor `start` gives; `start` is called
 * again, for a visitor that starts afresh, when the file needs the general parser. Throws
 * ReturnFileError on any failure.
 */
export async function walkXml(path: string, root: string, start: () => XmlVisitor): Promise<void> {
  const name = basename(path);
  await assertTextFile(path, 'XML');
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw new ReturnFileError(name, unreadable(error));
  }
  if (!scanXml(source, root, start())) parseXml(name, source, root, start());
}

/** Walks `source` with saxes, which reads any XML and words what is wrong with it. */
export function parseXml(name: string, source: string, root: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ position: true });
  const names: string[] = [];
  const texts: string[] = [];
  const lines: number[] = [];
  let sawRoot = false;

  parser.on('error', (error) => {
    throw new ReturnFileError(name, explainSaxError(error.message, names), parser.line);
  });
  parser.on('opentag', (tag) => {
    if (names.length === 0) {
      if (tag.name !== root) {
        throw new ReturnFileError(
          name,
          `expected an <${root}> document, but the root element is <${tag.name}>.`,
          parser.line,
        );
      }
      sawRoot = true;
    }
    names.push(tag.name);
    texts.push('');
    lines.push(parser.line);
    visitor.open(tag.name, parser.line, names);
  });
  parser.on('text', (text) => {
    if (texts.length > 0) texts[texts.length - 1] += text;
  });
  parser.on('cdata', (text) => {
    if (texts.length > 0) texts[texts.length - 1] += text;
  });
  parser.on('closetag', (tag) => {
    const text = (texts.pop() ?? '').trim();
    const line = lines.pop() ?? parser.line;
    visitor.close(tag.name, text, line, names);
    names.pop();
  });

  try {
    parser.write(source);
    parser.close();
  } catch (error) {
    if (error instanceof ReturnFileError) throw error;
    throw new ReturnFileError(
      name,
      `the XML could not be read (${error instanceof Error ? error.message : String(error)}).`,
      parser.line,
    );
  }
  if (!sawRoot) throw new ReturnFileError(name, `the file holds no <${root}> element.`);
}

/** saxes messages start "file:line:col: "; keep the reason and say what was expected. */
function explainSaxError(message: string, open: readonly string[]): string {
  const reason = message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '');
  if (/unclosed tag/.test(reason) || /document must contain a root element/.test(reason)) {
    const innermost = open[open.length - 1];
    return innermost === undefined
      ? 'the file ends before any XML element; it may be cut short or not XML at all.'
      : `the file ends while <${innermost}> is still open (expected </${innermost}>); it may have been cut short.`;
  }
  return `the file is not well-formed XML: ${reason}.`;
}
