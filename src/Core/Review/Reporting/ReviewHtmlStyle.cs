namespace Jixiao.Core.Review.Reporting;

/// <summary>The report's inline style sheet: a quiet government-form look, severity colours only for findings.</summary>
internal static class ReviewHtmlStyle
{
    public const string Css = """
        :root { --line: #d0d5dd; --muted: #667085; --bg: #f5f6f8; --blue: #1f5fbf;
          --error: #c62828; --error-bg: #fdecea; --warning: #b26a00; --warning-bg: #fff4e0;
          --info: #1f5fbf; --info-bg: #e8f0fc; --ok: #2e7d32; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: #1d2939; font: 14px/1.6 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
        header.top { background: #fff; border-bottom: 1px solid var(--line); padding: 16px 32px; }
        header.top h1 { margin: 0; font-size: 20px; font-weight: 600; }
        header.top p { margin: 4px 0 0; color: var(--muted); }
        main { max-width: 1200px; margin: 0 auto; padding: 24px 32px; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 16px 20px; margin-bottom: 20px; }
        h2 { font-size: 17px; margin: 0 0 12px; }
        h3 { font-size: 15px; margin: 0 0 10px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
        th { background: #f0f2f5; font-weight: 600; }
        table.fields th { width: 12%; white-space: nowrap; }
        table.fields td { width: 38%; }
        table.indicators { margin-top: 12px; }
        table.indicators td.l1, table.indicators td.l2 { background: #fafbfc; white-space: nowrap; }
        table.indicators td.value { white-space: nowrap; }
        table.indicators td.review { width: 42%; }
        tr.row-error td.name { box-shadow: inset 3px 0 0 var(--error); }
        tr.row-warning td.name { box-shadow: inset 3px 0 0 var(--warning); }
        tr.row-info td.name { box-shadow: inset 3px 0 0 var(--info); }
        table.counts { width: auto; min-width: 420px; }
        table.counts td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .finding { border-left: 3px solid var(--line); padding: 4px 8px; margin: 4px 0; background: #fafbfc; }
        .finding.error { border-color: var(--error); background: var(--error-bg); }
        .finding.warning { border-color: var(--warning); background: var(--warning-bg); }
        .finding.info { border-color: var(--info); background: var(--info-bg); }
        .badge { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 12px; margin-right: 6px; }
        .badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
        .rule { color: var(--muted); font-family: ui-monospace, Consolas, monospace; font-size: 12px; }
        .fix, .why, .pos { color: var(--muted); font-size: 13px; }
        .fix::before { content: "建议："; }
        .ok { color: var(--ok); }
        .muted { color: var(--muted); }
        nav.toc ul { margin: 0; padding-left: 20px; }
        section.document { margin-top: 28px; }
        article.sheet { page-break-inside: avoid; }
        @media print { body { background: #fff; } .card { border: none; padding: 0; } header.top { border: none; } }
        """;
}
