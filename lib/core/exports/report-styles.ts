// The report's stylesheet, shared by the report page and the PDF (which Chromium prints from
// static HTML with no access to the app's CSS). System fonts with wide Unicode coverage, so
// Arabic, CJK and other scripts print without downloading anything.
export const REPORT_CSS = `
.report { font-family: 'Noto Serif', Georgia, 'DejaVu Serif', serif; color: #1c1917; line-height: 1.5; max-width: 46rem; margin: 0 auto; font-size: 11pt; }
.report h1 { font-size: 20pt; line-height: 1.2; margin: 0.2em 0 0.4em; }
.report h2 { font-family: system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 13pt; border-bottom: 1px solid #d6d3d1; padding-bottom: 0.2em; margin-top: 1.6em; }
.report h3 { font-size: 12pt; margin: 1.2em 0 0.4em; }
.report .eyebrow, .report .meta { font-family: system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #57534e; }
.report .claim { break-inside: avoid-page; border-top: 1px solid #e7e5e4; }
.report blockquote { margin: 0.4em 0; padding-inline-start: 0.8em; border-inline-start: 3px solid #d6d3d1; color: #44403c; }
.report mark { background: #fef3c7; color: inherit; }
.report a { color: #1e40af; word-break: break-all; }
.report dt { font-weight: 600; }
.report p, .report li, .report h1, .report h2, .report h3, .report blockquote, .report dd { unicode-bidi: plaintext; }
.report dd { margin: 0 0 0.5em 1em; }
`;
