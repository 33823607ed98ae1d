// The site in a real browser: headless Chromium driven by puppeteer-core, axe-core injected.
//
// usage: node check_site.mjs CONFIG.json
// CONFIG: {"chromium": "/usr/bin/chromium", "artifacts": DIR, "widths": [1280, 320],
//          "pages": [{"name": "plan", "path": "/abs/site/index.html", "shots": ["#sel", ...]}],
//          "pdf": ["timeline"], "nojs": ["calendars"]}
// Prints one JSON object: per page and width the axe violations (WCAG 2.1 A/AA tags), the
// horizontal overflow, focus visibility of every element reached by Tab, the requests to
// anything but the site's own files; screenshots (desktop, phone, print) and PDFs go to
// CONFIG.artifacts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const MAX_TABS = 400;

const config = JSON.parse(readFileSync(process.argv[2], "utf-8"));

async function open(browser, page, width, { javascript = true, media = "screen" } = {}) {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(javascript);
  await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await tab.emulateMediaType(media);
  const foreign = [];
  await tab.setRequestInterception(true);
  tab.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("file://") || url.startsWith("data:") || url.startsWith("about:")) {
      request.continue();
    } else {
      foreign.push(url);
      request.abort();
    }
  });
  await tab.goto("file://" + page.path, { waitUntil: "load" });
  return { tab, foreign };
}

async function axe(tab) {
  await tab.addScriptTag({ path: AXE });
  return tab.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      summary: v.nodes.slice(0, 2).map((n) => n.failureSummary),
    }));
  }, TAGS);
}

async function overflow(tab, width) {
  return tab.evaluate((width) => {
    const root = document.documentElement;
    // what sticks out beyond the viewport, outside a scroll box of its own
    const wide = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest(".scroll-box")) continue;
      const box = el.getBoundingClientRect();
      if (box.width && box.right > width + 0.5) {
        wide.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(box.right)}`);
      }
    }
    const boxes = [...document.querySelectorAll(".scroll-box")].map((b) => ({
      label: b.getAttribute("aria-label") || b.getAttribute("aria-labelledby"),
      scrolls: b.scrollWidth > b.clientWidth,
      right: Math.round(b.getBoundingClientRect().right),
    }));
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: wide.slice(0, 10), boxes };
  }, width);
}

async function focus(tab) {
  // Tab through the page; each focused element must show an outline or a box shadow
  await tab.evaluate(() => {
    document.activeElement && document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  const seen = [];
  const invisible = [];
  let first = null;
  for (let i = 0; i < MAX_TABS; i++) {
    await tab.keyboard.press("Tab");
    const info = await tab.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow && style.boxShadow !== "none";
      const label = (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 50);
      const again = el.hasAttribute("data-tab-seen");
      el.setAttribute("data-tab-seen", "");
      return {
        again,
        tag: el.tagName.toLowerCase(),
        cls: el.getAttribute("class") || "",
        label,
        visible: Boolean(outline || shadow),
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        key: el.outerHTML.slice(0, 160),
      };
    });
    if (info === null) break;
    if (first === null) first = info;
    if (info.again) break; // wrapped around
    seen.push(info.key);
    if (!info.visible) invisible.push(info);
  }
  return { count: seen.length, first, invisible: invisible.slice(0, 10) };
}

async function shoot(tab, page, width, kind) {
  const file = path.join(config.artifacts, `site-${page.name}-${kind}.png`);
  const height = await tab.evaluate(() => document.documentElement.scrollHeight);
  const clipHeight = Math.min(height, page.maxHeight || 2400);
  await tab.screenshot({ path: file, clip: { x: 0, y: 0, width, height: clipHeight } });
  const shots = [file];
  for (const [i, selector] of (page.shots || []).entries()) {
    const element = await tab.$(selector);
    if (!element) continue;
    const part = path.join(config.artifacts, `site-${page.name}-${kind}-${i + 1}.png`);
    await element.screenshot({ path: part });
    shots.push(part);
  }
  return shots;
}

const browser = await puppeteer.launch({
  executablePath: config.chromium,
  headless: true,
  args: ["--no-sandbox", "--headless=new", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const out = { pages: {}, nojs: {}, pdf: {} };
try {
  for (const page of config.pages) {
    out.pages[page.name] = {};
    for (const width of config.widths) {
      const { tab, foreign } = await open(browser, page, width);
      const result = {
        violations: await axe(tab),
        overflow: await overflow(tab, width),
        focus: await focus(tab),
        title: await tab.title(),
      };
      result.shots = await shoot(tab, page, width, width >= 1000 ? "desktop" : "phone");
      result.foreign = foreign;
      out.pages[page.name][width] = result;
      await tab.close();
    }
    // print: the screen of the print style, and the PDF as Chromium prints it
    const { tab } = await open(browser, page, 1123, { media: "print" });
    const shot = path.join(config.artifacts, `site-${page.name}-print.png`);
    await tab.screenshot({ path: shot, clip: { x: 0, y: 0, width: 1123, height: 1400 } });
    if ((config.pdf || []).includes(page.name)) {
      const pdf = path.join(config.artifacts, `site-${page.name}.pdf`);
      await tab.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      out.pdf[page.name] = pdf;
    }
    await tab.close();
    if ((config.nojs || []).includes(page.name)) {
      const { tab: plain } = await open(browser, page, 1280, { javascript: false });
      out.nojs[page.name] = await plain.evaluate(() => ({
        buttons: [...document.querySelectorAll("button[data-copy]")].map((b) => b.hidden || b.offsetParent === null),
        addresses: [...document.querySelectorAll("code[id^=adres-]")].map((c) => c.offsetParent !== null && c.textContent.length > 0),
        links: document.querySelectorAll("a[href]").length,
      }));
      await plain.close();
      const { tab: scripted } = await open(browser, page, 1280);
      out.nojs[page.name + "+js"] = await scripted.evaluate(() => ({
        buttons: [...document.querySelectorAll("button[data-copy]")].map((b) => b.hidden),
      }));
      await scripted.close();
    }
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out, null, 1));
