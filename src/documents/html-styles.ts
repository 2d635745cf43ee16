/** The styles of the HTML/PDF template: a plain council report (Arial, headed sections, ruled tables). */
export function documentStyles(landscape: boolean): string {
  return `
@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 18mm 12mm 16mm 12mm; }
* { box-sizing: border-box; }
body { font-family: Arial, Helvetica, sans-serif; font-size: ${landscape ? '9pt' : '10.5pt'}; color: #0b0c0c; margin: 0 auto; max-width: ${landscape ? '1400px' : '900px'}; padding: 16px; line-height: 1.35; }
body.print { padding: 0; max-width: none; }
.masthead { border-bottom: 3px solid #1d70b8; margin-bottom: 14px; padding-bottom: 6px; }
.masthead .council { font-weight: bold; font-size: 1.1em; margin: 0; color: #1d70b8; }
.masthead h1 { font-size: 1.7em; margin: 4px 0; }
.masthead .subtitle, .masthead .meta { margin: 2px 0; color: #505a5f; }
.masthead .marking { display: inline-block; margin: 6px 0 0; padding: 2px 8px; border: 1px solid #0b0c0c; font-weight: bold; }
.marking-internal .masthead .marking { background: #f4cdc6; }
h2 { font-size: 1.3em; margin: 16px 0 6px; break-after: avoid; }
h3 { font-size: 1.1em; margin: 12px 0 4px; break-after: avoid; }
p { margin: 4px 0 8px; }
p.numbered { display: flex; gap: 10px; }
p.numbered .para-no { min-width: 2.2em; font-weight: bold; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 14px; table-layout: fixed; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid #b1b4b6; padding: 3px 4px; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
thead th { background: #1d70b8; color: #fff; text-align: left; font-weight: bold; font-size: 0.85em; overflow-wrap: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.fig { text-align: right; }
td.rag { font-weight: bold; text-align: center; }
td.notes { text-align: left; background: #f3f2f1; font-size: 0.92em; }
td.suppressed { text-align: right; font-style: italic; }
td.text, th[scope=row] { text-align: left; }
tr.group th, tr.group td { background: #dee0e2; font-weight: bold; }
svg.sparkline { display: block; margin-left: auto; }
figure.chart { margin: 8px 0 14px; break-inside: avoid; }
figure.chart figcaption { font-size: 0.9em; color: #505a5f; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.footnotes { border-top: 1px solid #b1b4b6; margin-top: 16px; font-size: 0.9em; }
.footnotes h2 { font-size: 1em; }
.screen-footer { margin-top: 20px; border-top: 1px solid #b1b4b6; padding-top: 6px; color: #505a5f; font-size: 0.9em; }
body.print .screen-footer { display: none; }
`;
}
