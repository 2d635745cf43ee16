/** Every code list Kestrel knows, by id. The database domains `code_<id>` are built from these. */
import type { CodeList } from './code-list.ts';
import * as child from './dfe-child.ts';
import * as cin from './dfe-cin.ts';
import * as ssda903 from './dfe-903.ts';
import * as local from './local.ts';

export const CODE_LISTS: CodeList[] = [child, cin, ssda903, local].flatMap((module) => Object.values(module));

export function getCodeList(id: string): CodeList {
  const list = CODE_LISTS.find((l) => l.id === id);
  if (!list) throw new Error(`Unknown code list: ${id}`);
  return list;
}

export { isValidIn, type Code, type CodeList } from './code-list.ts';
