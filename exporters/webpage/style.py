"""The stylesheet of plancheck's web pages: calm, neutral, after the NL Design System.

Every colour and the font come from the design tokens (CSS custom properties --pc-*, see
.tokens), so a municipality's theme is its token file. System fonts only (no font file is
loaded), a visible focus indicator on every focusable element (a black outline, links on a
yellow background), text that reflows at 320 CSS pixels: measure tables stack their label
above the text on narrow screens, wide data tables and the timeline scroll inside a box of
their own. Print: no navigation, no link colours, tables kept whole where they fit.
"""

from __future__ import annotations

from .tokens import Tokens

BASE = """
*,*::before,*::after{box-sizing:border-box}
html{font-family:var(--pc-font-family);color:var(--pc-color-text);
background:var(--pc-color-background);-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-size:1.125rem;line-height:1.6;overflow-wrap:break-word}
img,svg{max-width:100%}
h1,h2,h3,h4,h5{line-height:1.25;margin:1.8em 0 .5em;font-weight:700}
h1{font-size:2rem;margin-top:.5em}
h2{font-size:1.6rem;padding-bottom:.25rem;border-bottom:1px solid var(--pc-color-primary)}
h3{font-size:1.3rem}
h4{font-size:1.125rem}
p,ul,ol,dl,table{margin:0 0 1em}
li{margin:.2em 0}
li>ul,li>ol{margin:.2em 0}
a{color:var(--pc-color-link);text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:.15em}
:focus-visible{outline:3px solid var(--pc-color-focus);outline-offset:2px}
a:focus-visible{outline:3px solid var(--pc-color-focus);outline-offset:0;
background:var(--pc-color-focus-background);color:var(--pc-color-text);text-decoration:none;
box-shadow:0 0 0 3px var(--pc-color-focus-background)}
code{font-size:.95em;overflow-wrap:anywhere}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;
clip-path:inset(50%);white-space:nowrap;border:0}
.skip-link{position:absolute;left:.5rem;top:-20rem;z-index:10;padding:.5rem 1rem;
background:var(--pc-color-focus-background);color:var(--pc-color-text)}
.skip-link:focus,.skip-link:focus-visible{top:.5rem}
.site-header{border-bottom:1px solid var(--pc-color-muted)}
.site-header__bar{max-width:64rem;margin:0 auto;padding:.9rem 1rem;display:flex;
flex-wrap:wrap;align-items:center;gap:.4rem 1rem}
.site-header__logo{height:3.5rem;width:auto}
.site-header__names{display:flex;flex-direction:column}
.site-header__org{font-weight:700;font-size:1.125rem}
.site-header__title{font-size:1rem}
.site-nav{background:var(--pc-color-primary)}
.site-nav ul{list-style:none;max-width:64rem;margin:0 auto;padding:0 1rem;display:flex;
flex-wrap:wrap;gap:0 1.5rem}
.site-nav li{margin:0}
.site-nav a{display:inline-block;padding:.55rem .1rem .35rem;color:var(--pc-color-primary-text);
font-weight:600;text-decoration:none;border-bottom:.25rem solid transparent}
.site-nav a:hover{text-decoration:underline}
.site-nav a[aria-current=page]{border-bottom-color:var(--pc-color-primary-text)}
.site-nav a:focus-visible{color:var(--pc-color-text);border-bottom-color:var(--pc-color-focus)}
main{display:block;max-width:64rem;margin:0 auto;padding:1rem 1rem 3rem}
.site-footer{background:var(--pc-color-primary);color:var(--pc-color-primary-text);
margin-top:2rem}
.site-footer p{max-width:64rem;margin:0 auto;padding:1rem;font-size:1rem}
.site-footer a{color:var(--pc-color-primary-text)}
.lead{font-size:1.25rem}
.meta{margin:0 0 1em}
.note{background:var(--pc-color-muted);border-left:.3rem solid var(--pc-color-primary);
padding:.7rem 1rem}
.note--warning{border-left-color:var(--pc-color-text)}
.table{border-collapse:collapse;width:100%}
.table caption{text-align:left;font-weight:700;padding:.3rem 0}
.table th,.table td{border:1px solid #8c959f;padding:.4rem .6rem;text-align:left;
vertical-align:top}
.table th{background:var(--pc-color-muted)}
.table td>:last-child,.table th>:last-child{margin-bottom:0}
.scroll-box{overflow-x:auto;max-width:100%;margin:0 0 1.2rem}
.scroll-box:focus-visible{outline-offset:2px}
.back-to-top{font-size:1rem}
"""

PLAN = """
.title-block{margin:1rem 0 2rem}
.title-block h1{margin-bottom:.8rem}
.title-block p{margin:0}
.toc ol{list-style:none;padding-left:0;margin:0}
.toc ol ol{padding-left:2.6rem}
.toc li{margin:.25rem 0}
.toc .nr{display:inline-block;min-width:2.6rem}
.nr{display:inline-block;min-width:2.6rem}
h4 .nr,h3 .nr{min-width:3rem}
.measure h4 .nr{display:block}
.plan-toc a{display:inline-flex;text-decoration:none}
.plan-toc a>span:last-child{text-decoration:underline;text-underline-offset:.15em}
.plan-toc a:focus-visible>span:last-child{text-decoration:none}
.point-list li::marker{font-weight:600}
.measure{margin:2rem 0 2.5rem}
.measure h4{margin:0;padding:.5rem .6rem;background:var(--pc-color-muted);
border:1px solid #8c959f;border-bottom:0;font-size:1.125rem}
.measure-table{font-size:1rem}
.measure-table th{width:28%;font-weight:700}
.measure-table p{margin:0 0 .6em}
.measure-table ul,.measure-table ol{padding-left:1.3rem;margin:0 0 .6em}
.milestone{margin:0 0 .6em}
.milestone__when{font-weight:700}
.measure__links{font-size:1rem;margin:.4rem 0 0}
.footnote-ref{font-size:.75em;line-height:0;vertical-align:super}
.footnote-ref a{text-decoration:none;padding:0 .15em}
.footnotes{font-size:1rem;border-top:1px solid #8c959f;margin-top:1.5rem;padding-top:.3rem}
.footnotes ol{padding-left:1.6rem}
.planning td{text-align:center;min-width:2.4rem;padding:.3rem .2rem}
.planning th[scope=row]{white-space:nowrap}
.planning .evaluation th{font-style:italic;font-weight:400}
.planning thead th{text-align:center}
.owners dt{font-weight:700;margin-top:.8rem}
.owners dd{margin:0 0 0 1.2rem}
@media (max-width:40em){
body{font-size:1.0625rem}
h1{font-size:1.6rem}
h2{font-size:1.4rem}
.measure-table,.measure-table tbody,.measure-table tr,.measure-table th,.measure-table td{
display:block;width:100%}
.measure-table th{border-bottom:0}
.measure-table td{border-top:0}
.measure-table tr+tr th{border-top:0}
}
"""

TIMELINE = """
.timeline-box{border:1px solid #8c959f;padding:.3rem}
.timeline{display:block;max-width:none;font-family:var(--pc-font-family)}
.timeline text{fill:var(--pc-color-text);font-size:13px}
.timeline .tl-year{font-weight:700;font-size:14px}
.timeline .tl-grid{stroke:#c8ccd0;stroke-width:1}
.timeline .tl-grid--year{stroke:#5f6b76}
.timeline .tl-row:nth-child(odd) .tl-band{fill:var(--pc-color-muted)}
.timeline .tl-band{fill:transparent}
.timeline .tl-mark{fill:var(--pc-color-primary);stroke:var(--pc-color-text);stroke-width:1}
.timeline .tl-mark--decision{fill:var(--pc-color-background);stroke:var(--pc-color-primary);stroke-width:2.5}
.timeline .tl-mark--evaluation{fill:var(--pc-color-text)}
.timeline .tl-period{fill:var(--pc-color-primary);fill-opacity:.35;stroke:var(--pc-color-primary);stroke-width:1.5}
.timeline .tl-ongoing{fill:url(#tl-hatch);stroke:var(--pc-color-text);stroke-width:1;stroke-dasharray:4 3}
.timeline .tl-external{stroke:var(--pc-color-text);stroke-width:2;stroke-dasharray:7 4}
.timeline .tl-builds{stroke:var(--pc-color-text);stroke-width:1.5;stroke-dasharray:2 3;fill:none}
.timeline .tl-span{stroke:var(--pc-color-text);stroke-width:1.5}
.timeline .tl-ring{fill:none;stroke:var(--pc-color-text);stroke-width:1.5}
.timeline .tl-today{stroke:#b3261e;stroke-width:3}
.timeline .tl-today-label{fill:#b3261e;font-weight:700}
.timeline a text{fill:var(--pc-color-link);text-decoration:underline}
.timeline a:focus-visible{outline:3px solid var(--pc-color-focus)}
.timeline a:focus-visible text{fill:var(--pc-color-text)}
.timeline a:focus-visible .tl-focus{fill:var(--pc-color-focus-background)}
.timeline .tl-focus{fill:transparent}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.4rem;list-style:none;padding:0;font-size:1rem}
.legend li{display:flex;align-items:center;gap:.4rem;margin:0}
.legend svg{flex:none}
details{margin:1rem 0}
summary{cursor:pointer;font-weight:600}
.milestones-table{font-size:1rem}
.milestones-table td:first-child{white-space:nowrap}
"""

CALENDARS = """
.feed{border:1px solid #8c959f;padding:.8rem 1rem;margin:1rem 0}
.feed h3{margin-top:0}
.feed p{margin:.3rem 0}
.subscribe{margin:.6rem 0 .2rem}
.subscribe ul{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.4rem}
.subscribe li{margin:0}
.button-link{display:inline-block;padding:.25rem .7rem;border:2px solid var(--pc-color-link);
text-decoration:none}
.address{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .6rem;margin:.4rem 0}
.address code{background:var(--pc-color-muted);padding:.1rem .3rem}
.copy-button{font:inherit;font-size:1rem;padding:.2rem .7rem;border:2px solid var(--pc-color-text);
background:var(--pc-color-background);color:var(--pc-color-text);cursor:pointer}
.copy-button:focus-visible{background:var(--pc-color-focus-background)}
.milestones{margin:.4rem 0 0;padding-left:1.2rem}
.milestones time,.ongoing{font-weight:600}
.jump-list{columns:2 18rem;padding-left:1.2rem}
"""

PRINT = """
@page{size:A4;margin:18mm 16mm 16mm}
@media print{
html{font-size:11pt}
body{font-size:11pt}
.skip-link,.site-nav,.no-print,.copy-button{display:none!important}
.site-header{border:0}
.site-footer{background:none;color:var(--pc-color-text);border-top:1px solid #8c959f}
.site-footer a{color:inherit}
main{max-width:none;padding:0}
a,.plan-toc a>span:last-child{color:inherit;text-decoration:none}
.scroll-box{overflow:visible}
h2,h3,h4{break-after:avoid}
.measure h4{break-after:avoid}
.measure-table tr,.planning,.feed{break-inside:avoid}
.planning{font-size:9pt}
}
"""


def stylesheet(tokens: Tokens) -> str:
    """The whole stylesheet: the tokens, then the parts (the same tokens give the same text)."""
    root = ":root{" + tokens.css_properties() + "}"
    return "\n".join(part.strip() for part in (root, BASE, PLAN, TIMELINE, CALENDARS, PRINT)) + "\n"
