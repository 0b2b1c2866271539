/// The report's only stylesheet, inlined in `<head>`: light, readable at 1280 px, and printable (no shadows, no
/// backgrounds that waste ink, drill-downs expanded where the browser allows it).
enum HTMLReportStyle {
    static let css = """
        :root { color-scheme: light; --ink: #1d2330; --muted: #5b6473; --line: #d8dde6; --band: #f4f6f9;
          --accent: #1f5fbf; --alert: #b42318; --warn: #b54708; --ok: #067647; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
          color: var(--ink); background: #fff; }
        header.page, main, footer.page { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
        header.page { padding-top: 24px; border-bottom: 1px solid var(--line); }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
        h3 { font-size: 17px; margin: 20px 0 8px; }
        h4 { font-size: 15px; margin: 16px 0 6px; color: var(--muted); }
        p.lead, p.note { color: var(--muted); margin: 4px 0 12px; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 20px; padding: 0; margin: 12px 0; }
        nav a, a { color: var(--accent); }
        code, pre, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
          font-size: 13px; }
        code, .mono { overflow-wrap: anywhere; }
        .nowrap, .nowrap code { white-space: nowrap; overflow-wrap: normal; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
        caption { text-align: left; color: var(--muted); padding: 4px 0; }
        th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
        thead th { background: var(--band); font-weight: 600; border-bottom: 2px solid var(--line); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 24px; margin: 12px 0 20px; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        .badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600;
          border: 1px solid currentColor; white-space: nowrap; }
        .status-complete { color: var(--ok); }
        .status-incomplete, .severity-high { color: var(--alert); }
        .severity-medium { color: var(--warn); }
        .severity-low, .severity-info { color: var(--muted); }
        .special { color: var(--alert); }
        .banner { border: 1px solid var(--alert); color: var(--alert); padding: 8px 12px; border-radius: 4px;
          margin: 12px 0; }
        pre { background: var(--band); border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px;
          margin: 4px 0; overflow-x: auto; white-space: pre; }
        details { border: 1px solid var(--line); border-radius: 4px; margin: 8px 0; padding: 0 12px; }
        details[open] { padding-bottom: 8px; }
        summary { cursor: pointer; padding: 8px 0; font-weight: 600; }
        summary .note { font-weight: 400; color: var(--muted); }
        .owner { margin-bottom: 24px; }
        figure.chart { margin: 8px 0 16px; }
        figure.chart svg { width: 100%; height: auto; display: block; }
        .legend { display: flex; gap: 24px; color: var(--muted); margin: 4px 0; }
        .swatch { display: inline-block; width: 18px; height: 3px; vertical-align: middle; margin-right: 6px; }
        .swatch.findings { background: var(--accent); }
        .swatch.violations { background: var(--alert); }
        svg .grid { stroke: var(--line); stroke-width: 1; }
        svg .axis-label { fill: var(--muted); font-size: 12px; }
        svg .series { fill: none; stroke-width: 2; }
        svg .series.findings { stroke: var(--accent); }
        svg .series.violations { stroke: var(--alert); stroke-dasharray: 6 4; }
        svg .point { stroke-width: 2; }
        svg .point.findings { fill: var(--accent); stroke: var(--accent); }
        svg .point.violations { fill: var(--alert); stroke: var(--alert); }
        svg .point.incomplete { fill: #fff; }
        footer.page { margin-top: 40px; padding-bottom: 24px; color: var(--muted); border-top: 1px solid var(--line); }
        @media print {
          body { font-size: 11pt; }
          nav { display: none; }
          header.page, main, footer.page { max-width: none; padding: 0; }
          thead th, pre { background: none; }
          details { border: none; padding: 0; }
          details::details-content { content-visibility: visible; display: contents; }
          table, pre, figure.chart { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
