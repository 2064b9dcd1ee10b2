/**
 * The report's styles, inline so the file stands alone. System fonts only (no web font to fetch), A4
 * landscape for print (the diagram reads left to right), colours that survive a black-and-white
 * printer because every status also carries its word.
 */
export const REPORT_CSS = `
:root {
  --ink: #1d2433; --muted: #5b6472; --line: #dde2ea; --paper: #ffffff; --wash: #f5f7fa;
  --accent: #2f5d8a; --accent-wash: #e8f0f8;
  --met: #1b7f3b; --met-wash: #e3f4e8; --notmet: #b42318; --notmet-wash: #fde8e7;
  --open: #5b6472; --open-wash: #eef0f3; --nonorm: #8a5a00; --nonorm-wash: #fff4d6;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 15px/1.5 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
main { max-width: 1240px; margin: 0 auto; padding: 32px 32px 48px; background: var(--paper); min-height: 100vh; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
p { margin: 0 0 .4em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.label { font-size: .75em; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); margin-right: .4em; }

.cover { border-bottom: 3px solid var(--accent); padding-bottom: 18px; margin-bottom: 22px; }
.eyebrow { color: var(--accent); font-weight: 700; letter-spacing: .12em; text-transform: uppercase; font-size: .8em; margin: 0 0 4px; }
.cover h1 { font-size: 2em; margin-bottom: 10px; }
.vision { font-size: 1.1em; font-style: italic; max-width: 60em; color: #2b3445; }
.vision .label { font-style: normal; }
.source { color: var(--muted); font-size: .85em; margin-top: 8px; }

.summary { display: grid; grid-template-columns: 1fr 1fr 2fr 1fr; gap: 14px; margin-bottom: 28px; }
.card { border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; background: var(--paper); border-top: 4px solid var(--accent); }
.card strong { display: block; font-size: 2em; line-height: 1.1; }
.card strong small { font-size: .55em; color: var(--muted); font-weight: 600; }
.card > span { color: var(--muted); font-size: .9em; }
.card.attention { border-top-color: #d08a00; }
.card.good { border-top-color: var(--met); }
.bar { display: flex; height: 10px; border-radius: 5px; overflow: hidden; margin: 10px 0 8px; background: var(--open-wash); }
.seg.met { background: var(--met); } .seg.not-met { background: var(--notmet); } .seg.not-measured { background: #aab2bf; }
.legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: .85em; }
.legend .sub { color: var(--nonorm); flex-basis: 100%; }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 6px; vertical-align: baseline; }
.dot.met { background: var(--met); } .dot.not-met { background: var(--notmet); } .dot.not-measured { background: #aab2bf; }

.diagram { margin-bottom: 30px; }
.diagram h2, .goal h2, .open-points h2 { font-size: 1.35em; margin-bottom: 10px; }
.diagram figure { margin: 0; padding: 12px; border: 1px solid var(--line); border-radius: 10px; background: #fbfcfd; overflow-x: auto; text-align: center; }
.diagram svg { max-width: 100%; height: auto; }
/* A trend chart shrinks with a phone's width rather than push the page sideways. */
.trend { margin: 6px 0 0; max-width: 100%; }
.trend svg { max-width: 100%; height: auto; }

.goal { margin: 0 0 34px; }
.goal h2 { padding: 10px 14px; background: var(--accent-wash); border-left: 6px solid var(--accent); border-radius: 4px; }
.goal h2 small { font-weight: 400; color: var(--muted); font-size: .65em; }
.kind { font-size: .62em; font-weight: 700; letter-spacing: .1em; text-transform: uppercase; color: var(--accent); margin-right: .5em; vertical-align: middle; }
.goal > .desc { font-size: 1.05em; margin: 4px 2px 8px; }
.addresses { margin: 0 2px 10px; color: #2b3445; }
.goal h3 { font-size: .8em; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); margin: 12px 0 6px; }
.subgoals > ul { list-style: none; margin: 0 0 14px; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 10px; }
.subgoals > ul > li { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: var(--paper); }
.sg-desc { display: block; color: #2b3445; margin-top: 2px; }
.goal-results { margin-bottom: 10px; }
.empty { padding: 10px 14px; border: 1px dashed #d08a00; border-radius: 8px; background: var(--nonorm-wash); color: var(--nonorm); }

table.actions { width: 100%; border-collapse: collapse; margin-top: 8px; font-size: .93em; }
col.c-action { width: 27%; } col.c-target { width: 12%; } col.c-results { width: 35%; } col.c-who { width: 12%; } col.c-steps { width: 14%; }
table.actions th { text-align: left; font-size: .78em; letter-spacing: .05em; text-transform: uppercase; color: var(--muted);
  border-bottom: 2px solid var(--ink); padding: 6px 8px; }
table.actions td { vertical-align: top; padding: 10px 8px; border-bottom: 1px solid var(--line); }
table.actions tr.reference td { color: var(--muted); font-style: italic; padding: 6px 8px; }
table.actions a { color: var(--accent); }
.action-cell .name { font-weight: 700; font-size: 1.05em; }
.action-cell .desc { margin-top: 4px; }
.chips { margin-top: 3px; }
.chip { display: inline-block; font-size: .74em; font-weight: 600; padding: 1px 8px; border-radius: 999px; margin: 0 4px 2px 0;
  background: var(--open-wash); color: var(--muted); white-space: nowrap; }
.chip.h-short { background: #e6f2fb; color: #1f5f8b; } .chip.h-medium { background: #efe9fb; color: #5a3d99; } .chip.h-long { background: #e9f5f2; color: #22695a; }
.chip.p-high { background: #fde8e7; color: var(--notmet); } .chip.p-medium { background: var(--nonorm-wash); color: var(--nonorm); }
.chip.warn { background: var(--nonorm-wash); color: var(--nonorm); }
.target { display: inline-block; font-weight: 600; background: var(--accent-wash); color: var(--accent); border-radius: 4px; padding: 0 6px; margin: 0 4px 4px 0; }
.also { font-size: .85em; color: var(--muted); margin-top: 4px; }
.assumptions { font-size: .88em; color: #2b3445; margin-top: 4px; }
.none { color: #a0a7b3; }
.missing { color: var(--nonorm); font-style: italic; }
.missing.small { font-size: .88em; margin: 2px 0 0; }
td ol { margin: 0; padding-left: 1.2em; }
td p { margin: 0 0 .3em; }

ul.results { list-style: none; margin: 0; padding: 0; }
ul.results > li { border-left: 4px solid #aab2bf; padding: 2px 0 4px 10px; margin: 0 0 10px; }
ul.results > li:last-child { margin-bottom: 0; }
ul.results > li.state-met { border-left-color: var(--met); }
ul.results > li.state-not-met { border-left-color: var(--notmet); }
ul.results > li.state-no-norm { border-left-color: #d08a00; }
.result-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin-bottom: 2px; }
.status { font-size: .74em; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; padding: 1px 8px; border-radius: 4px; }
.status.met { background: var(--met-wash); color: var(--met); }
.status.not-met { background: var(--notmet-wash); color: var(--notmet); }
.status.not-measured { background: var(--open-wash); color: var(--open); }
.status.no-norm { background: var(--nonorm-wash); color: var(--nonorm); }
.norm { font-weight: 600; font-size: .9em; }
.result-title { margin: 0 0 4px; }
.meter { position: relative; height: 8px; border-radius: 4px; background: var(--open-wash); margin: 4px 0 6px; max-width: 260px; }
.meter .fill { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 4px; background: #aab2bf; }
.meter.met .fill { background: var(--met); } .meter.not-met .fill { background: var(--notmet); }
.meter .mark { position: absolute; top: -3px; bottom: -3px; width: 2px; background: var(--ink); }
ul.indicators { list-style: none; margin: 0; padding: 0; font-size: .9em; color: #2b3445; }
ul.indicators li { margin: 2px 0; }
.ind-label { font-size: .78em; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.measure { display: inline-block; margin-left: 4px; padding: 0 6px; border-radius: 4px; background: var(--wash); font-size: .92em; white-space: nowrap; }
.measure.none { color: var(--muted); font-style: italic; }

.open-points ul { list-style: none; margin: 0; padding: 0; }
.open-points li { padding: 8px 0; border-bottom: 1px solid var(--line); }
.sev { display: inline-block; min-width: 8.5em; font-size: .74em; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.sev.error { color: var(--notmet); } .sev.warning { color: var(--nonorm); }
.where { color: var(--muted); font-size: .85em; margin-right: .6em; }
.open-points code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .9em;
  background: var(--wash); padding: 0 4px; border-radius: 3px; }
.good-news { color: var(--met); }
footer { margin-top: 36px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: .85em; }

@media screen and (max-width: 820px) {
  main { padding: 18px; }
  .summary { grid-template-columns: 1fr 1fr; }
  .summary .card.results { grid-column: 1 / -1; }
  /* On a phone the diagram keeps a readable size and scrolls sideways inside its frame. */
  .diagram svg { max-width: none; width: auto; }
  table.actions, table.actions tbody, table.actions tr, table.actions td { display: block; width: auto; }
  table.actions thead, table.actions colgroup { display: none; }
  table.actions tr { border: 1px solid var(--line); border-radius: 8px; margin-bottom: 12px; }
  table.actions td { border: 0; }
}
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { background: #fff; font-size: 9.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; min-height: 0; }
  .summary { grid-template-columns: 1fr 1fr 2fr 1fr; }
  .diagram { break-inside: avoid; }
  .diagram svg { max-height: 160mm; }
  .goal h2, .goal h3, .open-points h2 { break-after: avoid; }
  table.actions thead { display: table-header-group; }
  table.actions tr, ul.results > li, .subgoals li, .open-points li { break-inside: avoid; }
  .goal { break-before: page; }
  table.actions a { color: inherit; text-decoration: none; }
}
`;
