/**
 * Findings as one self-contained HTML page: a summary, then the findings grouped by rule (what to fix
 * across the return) and by child (what to fix in one case file). Plain semantic HTML that reads well
 * with a screen reader and prints cleanly; every piece of text from the data is escaped. The page lists
 * the first SHOWN_FINDINGS findings (errors first) and counts every one, so its size is bounded.
 */
import type { Finding } from '../findings.ts';
import { moreLine, SHOWN_FINDINGS, summaryLine } from './render-text.ts';
import { groupByRule } from './to-findings.ts';

export interface HtmlReportOptions {
  /** Page title, e.g. "SSDA903 2024-25: validation report". */
  title: string;
  /** Shown under the title: which files were checked, when. */
  subtitle?: string | undefined;
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;line-height:1.45;margin:1.5rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #1b1b1b}h3{font-size:1.05rem;margin-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem}caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border:1px solid #b1b4b6;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f2f1}
.error{color:#a0001c;font-weight:600}.query{color:#594d00;font-weight:600}
a{color:#1d4f91}a:focus{outline:3px solid #fd0;background:#fd0}
nav ul{padding-left:1.2rem}
@media print{nav{display:none}a{color:inherit;text-decoration:none}}
`;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function renderHtml(findings: readonly Finding[], options: HtmlReportOptions, limit = SHOWN_FINDINGS): string {
  const e = escapeHtml;
  const parts: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(options.title)}</title><style>${STYLE}</style></head>`,
    '<body><main>',
    `<h1>${e(options.title)}</h1>`,
  ];
  if (options.subtitle !== undefined) parts.push(`<p>${e(options.subtitle)}</p>`);
  parts.push(
    `<p><strong>${e(summaryLine(findings))}</strong> Errors must be fixed before the return is accepted; queries must be checked and, where right, explained.</p>`,
  );
  if (findings.length > 0) {
    const shown = findings.slice(0, limit);
    if (shown.length < findings.length)
      parts.push(
        `<p>This page lists the first ${shown.length.toLocaleString('en-GB')} findings. ${e(moreLine(findings.length, shown.length))}</p>`,
      );
    const totals = { byRule: countBy(findings, (f) => f.code), byChild: countBy(findings, (f) => f.child ?? '') };
    parts.push(
      '<nav aria-label="Sections"><ul><li><a href="#by-rule">Findings by rule</a></li><li><a href="#by-child">Findings by child</a></li></ul></nav>',
    );
    parts.push(byRuleSection(shown, totals.byRule), byChildSection(shown, totals.byChild));
  }
  parts.push('</main></body></html>');
  return `${parts.join('\n')}\n`;
}

/** How many findings share each key (counted over all findings, shown or not). */
function countBy(findings: readonly Finding[], key: (f: Finding) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return counts;
}

/** "3 rows", or "2,000 rows (the first 10 listed)" when the page leaves some out. */
function counted(total: number, listed: number, word: string): string {
  const text = `${total.toLocaleString('en-GB')} ${total === 1 ? word : `${word}s`}`;
  return listed < total ? `${text} (the first ${listed.toLocaleString('en-GB')} listed)` : text;
}

function byRuleSection(findings: readonly Finding[], totals: ReadonlyMap<string, number>): string {
  const e = escapeHtml;
  const out = ['<section aria-labelledby="by-rule"><h2 id="by-rule">Findings by rule</h2>'];
  for (const group of groupByRule(findings)) {
    const id = `rule-${anchor(group.code)}`;
    out.push(
      `<h3 id="${e(id)}">Rule ${e(group.code)} <span class="${group.severity}">(${e(group.severity)})</span>: ${e(group.message)}</h3>`,
    );
    out.push(
      `<table><caption>${counted(totals.get(group.code) ?? group.findings.length, group.findings.length, 'row')} flagged by rule ${e(group.code)}</caption>`,
    );
    out.push(
      '<thead><tr><th scope="col">Child</th><th scope="col">Where</th><th scope="col">Fields</th></tr></thead><tbody>',
    );
    for (const f of group.findings)
      out.push(`<tr><td>${childLink(f.child)}</td><td>${e(where(f))}</td><td>${e(f.fields.join(', '))}</td></tr>`);
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

function byChildSection(findings: readonly Finding[], totals: ReadonlyMap<string, number>): string {
  const e = escapeHtml;
  const byChild = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.child ?? '';
    const list = byChild.get(key);
    if (list) list.push(f);
    else byChild.set(key, [f]);
  }
  const children = [...byChild.keys()].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en', { numeric: true }),
  );
  const out = ['<section aria-labelledby="by-child"><h2 id="by-child">Findings by child</h2>'];
  for (const child of children) {
    const list = byChild.get(child) ?? [];
    const heading = child === '' ? 'Not tied to one child' : `Child ${child}`;
    out.push(`<h3 id="${e(childAnchor(child))}">${e(heading)}</h3>`);
    out.push(
      `<table><caption>${counted(totals.get(child) ?? list.length, list.length, 'finding')} for ${e(child === '' ? 'the return as a whole' : `child ${child}`)}</caption>`,
    );
    out.push(
      '<thead><tr><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col">Where</th><th scope="col">Fields</th><th scope="col">Message</th></tr></thead><tbody>',
    );
    for (const f of list) {
      out.push(
        `<tr><td><a href="#rule-${e(anchor(f.code))}">${e(f.code)}</a></td>` +
          `<td class="${f.severity}">${e(f.severity)}</td><td>${e(where(f))}</td>` +
          `<td>${e(f.fields.join(', '))}</td><td>${e(f.message)}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

function where(f: Finding): string {
  if (f.source === undefined) return f.table === '' ? '' : `${f.table} row ${f.row + 1}`;
  return f.source.line === undefined ? f.source.file : `${f.source.file}, line ${f.source.line}`;
}

function childLink(child: string | undefined): string {
  if (child === undefined) return '';
  return `<a href="#${escapeHtml(childAnchor(child))}">${escapeHtml(child)}</a>`;
}

function childAnchor(child: string): string {
  return child === '' ? 'child-none' : `child-${anchor(child)}`;
}

/** An id-safe form of a code or child id (ids are escaped again when written). */
function anchor(text: string): string {
  return Array.from(text, (c) => (/[A-Za-z0-9_-]/.test(c) ? c : `.${c.codePointAt(0)?.toString(16)}`)).join('');
}
