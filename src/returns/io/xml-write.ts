/**
 * Small helpers for writing XML returns as a stream of text chunks: escaping, and a buffered writer
 * that flushes to a file in large pieces so a 30 MB return is written without one giant string.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Escapes text for element content and drops characters XML 1.0 cannot hold (control characters). */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

export class XmlFileWriter {
  private readonly stream: WriteStream;
  private pending: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  /** Appends raw markup. */
  raw(text: string): void {
    this.pending.push(text);
    this.size += text.length;
  }

  /** `<name>value</name>` on its own line; an empty element when value is null and `required`, nothing otherwise. */
  leaf(indent: string, name: string, value: string | null | undefined, required: boolean): void {
    if (value === null || value === undefined || value === '') {
      if (required) this.raw(`${indent}<${name}></${name}>\n`);
      return;
    }
    this.raw(`${indent}<${name}>${escapeXml(value)}</${name}>\n`);
  }

  /** Writes what is buffered once it is large, waiting when the file cannot keep up. */
  async flushIfLarge(): Promise<void> {
    if (this.size < 1 << 20) return;
    await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private async flush(): Promise<void> {
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
