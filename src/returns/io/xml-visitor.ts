/**
 * What walks over a return's XML call, element by element: both the fast scan (xml-scan.ts) and the
 * general parser (xml-stream.ts) drive the same visitor, so the readers do not know which one ran.
 */
export interface XmlVisitor {
  /** An element opens. `path` lists the open elements, root first, ending with this one. */
  open(name: string, line: number, path: readonly string[]): void;
  /** An element closes; `text` is its own trimmed text (children's text excluded), '' when none. */
  close(name: string, text: string, line: number, path: readonly string[]): void;
}
