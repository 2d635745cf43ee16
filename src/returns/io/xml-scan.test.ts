import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scanXml } from './xml-scan.ts';
import { parseXml } from './xml-stream.ts';
import type { XmlVisitor } from './xml-visitor.ts';

type Event = [string, string, string | number, number, string];

/** A visitor that records every call, path included. */
function recorder(): { visitor: XmlVisitor; events: Event[] } {
  const events: Event[] = [];
  return {
    events,
    visitor: {
      open: (name, line, path) => void events.push(['open', name, '', line, path.join('/')]),
      close: (name, text, line, path) => void events.push(['close', name, text, line, path.join('/')]),
    },
  };
}

/** The general parser's events, or its error. */
function parsed(source: string): Event[] | string {
  const { visitor, events } = recorder();
  try {
    parseXml('test.xml', source, 'Message', visitor);
    return events;
  } catch (error) {
    return (error as Error).message;
  }
}

function scanned(source: string): Event[] | 'declined' {
  const { visitor, events } = recorder();
  return scanXml(source, 'Message', visitor) ? events : 'declined';
}

const doc = (body: string, head = '<?xml version="1.0" encoding="UTF-8"?>\n<Message>') =>
  `${head}\n  <Children>\n    <Child>${body}</Child>\n  </Children>\n</Message>\n`;

const SCANNED: Record<string, string> = {
  'a census-like document': doc('\n      <LAchildID>A1</LAchildID>\n      <UPN/>\n      <Sex> F </Sex>\n    '),
  'Windows line ends': doc('\r\n<LAchildID>A1</LAchildID>\r\n<Sex>F</Sex>\r\n').replace(/\n/g, '\r\n'),
  'entities and character references': doc('<LAchildID>A&amp;1&#65;&#x42;&lt;&gt;&quot;&apos;</LAchildID>'),
  'CDATA, comments and processing instructions': doc('<!-- note --><?pi data?><LAchildID><![CDATA[A<1>]]></LAchildID>'),
  'attributes, one holding >': doc(
    '<LAchildID a="1" b=\'x>y\'>A1</LAchildID>',
    '<Message xmlns="urn:x"\n  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
  ),
  'white space in end tags': doc('<LAchildID>A1</LAchildID\n  >'),
  'a byte order mark': `\uFEFF${doc('<LAchildID>A1</LAchildID>')}`,
  'text on several lines': doc('<LAchildID>\n  A 1\n</LAchildID>'),
  'non-ASCII text': doc('<LAchildID>Zoë 名前</LAchildID>'),
};

const DECLINED: Record<string, string> = {
  'a DOCTYPE': `<?xml version="1.0"?>\n<!DOCTYPE Message [<!ENTITY x "y">]>\n<Message><Children/></Message>`,
  'an undefined entity': doc('<LAchildID>&x;</LAchildID>'),
  'a bare ampersand': doc('<LAchildID>A & B</LAchildID>'),
  'a control character': doc('<LAchildID>A\u0001</LAchildID>'),
  'a mismatched end tag': doc('<LAchildID>A1</LAchildid>'),
  'a document cut short': doc('<LAchildID>A1</LAchildID>').slice(0, -40),
  'text outside the root': `${doc('')}junk`,
  'another root element': '<?xml version="1.0"?>\n<Other/>\n',
  'a comment holding --': doc('<!-- a -- b --><LAchildID>A1</LAchildID>'),
  'an XML declaration inside': doc('<?xml version="1.0"?><LAchildID>A1</LAchildID>'),
  'a repeated attribute': doc('<LAchildID a="1" a="2">A1</LAchildID>'),
  'an attribute without quotes': doc('<LAchildID a=1>A1</LAchildID>'),
  'a non-ASCII element name': doc('<Zoë>A1</Zoë>'),
  'an empty file': '',
};

describe('scanXml', () => {
  for (const [name, source] of Object.entries(SCANNED)) {
    test(`walks ${name} as the general parser does`, () => {
      const events = scanned(source);
      assert.notEqual(events, 'declined');
      assert.deepEqual(events, parsed(source));
    });
  }

  for (const [name, source] of Object.entries(DECLINED)) {
    test(`leaves ${name} to the general parser`, () => {
      assert.equal(scanned(source), 'declined');
    });
  }

  test('gives each element its own trimmed text and the line it opened on', () => {
    const events = scanned(doc('\n<LAchildID>\n  A1 </LAchildID>'));
    assert.deepEqual(events.slice(3, 5), [
      ['open', 'LAchildID', '', 5, 'Message/Children/Child/LAchildID'],
      ['close', 'LAchildID', 'A1', 5, 'Message/Children/Child/LAchildID'],
    ]);
  });
});
