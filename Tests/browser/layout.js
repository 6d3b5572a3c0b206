// What a screen pass looks for on the page as drawn: the page scrolling sideways, text cut by its box or spilling
// out of it, a button or heading of the top bar wrapping, and words a person should never read (internal
// identifiers, UUIDs, "(s)" plurals, English words). Test-only: run by test_screen_pass.py; returns one line per fault.
const faults = [];
const root = document.documentElement;
if (root.scrollWidth > root.clientWidth + 1) faults.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
const describe = (element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.className && typeof element.className === "string" ? `.${element.className.trim().replace(/\s+/g, ".")}` : ""} "${element.textContent.trim().slice(0, 40)}"`;
const hidden = (element) => !element.checkVisibility() || element.closest(".visually-hidden, [aria-hidden=true], dialog:not([open])");
for (const element of document.querySelectorAll("body *")) {
  if (hidden(element)) continue;
  const style = getComputedStyle(element);
  if (style.display === "inline" || style.display === "contents") continue;
  const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
  // A box that scrolls on purpose (a table's wrapper, a list) is not a fault; text that spills or is cut is.
  const scrolls = ["auto", "scroll"].includes(style.overflowX);
  if (ownText && !scrolls && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
    // An ellipsis is a choice only when the full text is a hover away.
    if (!(style.textOverflow === "ellipsis" && (element.title || element.closest("[title]")))) faults.push(`text overflows its box: ${describe(element)} ${element.scrollWidth} > ${element.clientWidth}`);
  }
  if (ownText && element.matches("button, .topbar a")) {
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3;
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    if (element.getBoundingClientRect().height - padding > lineHeight * 1.6) faults.push(`wraps onto two lines: ${describe(element)}`);
  }
}
const text = document.body.innerText;
const patterns = [
  [/\b[a-z]+[A-Z][A-Za-z]*\b/g, "an internal identifier"],
  [/\b(?:Enter|Escape|Esc|Tab|Backspace)\b/g, "a key's English name"],
  // Words the station or the server writes in English, which no French sentence of the demo's data holds.
  [/\b(?:the|not|with|and|taken|closed|skipped|escalated|released|attempt|called|restored?|Report|Burglary|Alarm|must|needs)\b/g,
    "an English word"],
  [/\b(?:alarm|signal|manual|shift|dispatch|step|station|site|user|logbook)\.[a-z][A-Za-z.]*\b/g, "an internal kind"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "a UUID"],
  [/\w\((?:s|e|es|x)\)/g, "a plural left to the reader"],
  [/\b(?:Europe|America|Indian|Pacific|Africa|Asia|Atlantic)\/[A-Za-z_]+/g, "a time zone's key"],
];
for (const [pattern, what] of patterns) for (const match of new Set(text.match(pattern) ?? [])) faults.push(`${what} on screen: ${match}`);
return faults;
