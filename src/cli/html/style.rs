//! The page's styles: one `<style>` element, since the page is a file opened
//! from disk (no server, no CSP of the portal's applies) and must make no
//! request. GOV.UK's colours; print on A4 with every report on a new page.

/// The stylesheet of the overview and the receipt.
pub(super) const CSS: &str = "\
@page{size:A4;margin:10mm}
html{font-family:system-ui,-apple-system,\"Segoe UI\",Arial,sans-serif;color:#0b0c0c;background:#fff;line-height:1.4}
body{margin:0}
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{font-size:1.9rem;margin:0 0 .5rem}
h2{font-size:1.45rem;margin:2rem 0 .5rem}
h3{font-size:1.15rem;margin:1.25rem 0 .4rem}
a{color:#1d70b8}
a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.95rem}
caption{text-align:left;font-weight:700;padding:.3rem 0}
th,td{border-bottom:1px solid #b1b4b6;padding:.35rem .6rem .35rem 0;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #0b0c0c}
tfoot th,tfoot td{border-top:2px solid #0b0c0c;font-weight:700}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.file{font-weight:400;font-size:.85rem;color:#505a5f;word-break:break-all}
.worst th[scope=row],.worst td{background:#fef5f4}
.worst th[scope=row]{box-shadow:inset 5px 0 0 #d4351c;padding-left:.6rem}
.tag{display:inline-block;margin-top:.2rem;padding:0 .3rem;border:2px solid #942514;color:#942514;font-size:.8rem;text-transform:uppercase}
.budget{white-space:nowrap;font-variant-numeric:tabular-nums}
.bar{display:block;width:6rem;height:.6rem;margin:.2rem 0}
.bar .track{fill:#f3f2f1;stroke:#b1b4b6;stroke-width:.5}
.ok .fill{fill:#1d70b8}
.near .fill{fill:#f47738}
.over .fill{fill:#d4351c}
.bar .limit{fill:#0b0c0c}
.flag{color:#942514}
.budget .flag,.budget .flag-near{display:block}
.flag-near{color:#6f3700}
.unusable{color:#942514}
.verdict{font-weight:700}
.verdict.invalid{color:#942514}
.verdict.valid{color:#00703c}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
dt{font-weight:700}
dd{margin:0;word-break:break-all}
code{font-size:.85em;color:#505a5f}
.note{font-size:.9rem;color:#505a5f}
.report{border-top:4px solid #1d70b8;margin-top:2rem}
@media print{
html{font-size:9pt}
main{max-width:none;padding:0}
a{color:inherit;text-decoration:none}
.report{break-before:page;border-top:0}
table{break-inside:auto}
tr{break-inside:avoid}
.bar{width:4.5rem}
.bar,.worst th[scope=row],.worst td{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
";
