// WCAG 2 contrast of every visible text on the page against the background it is drawn on; returns the
// elements under AA (4.5:1, or 3:1 for large text). Test-only: run by test_accessibility.py.
const luminance = ([r, g, b]) => {
  const channel = (value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const rgba = (text) => (text.match(/[\d.]+/g) ?? []).map(Number);
const background = (element) => {
  for (let node = element; node; node = node.parentElement) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color.length === 3 || (color.length === 4 && color[3] > 0.5)) return color.slice(0, 3);
  }
  return rgba(getComputedStyle(document.body).backgroundColor).slice(0, 3);
};
const failures = [];
for (const element of document.querySelectorAll("body *")) {
  const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
  if (!ownText || !element.checkVisibility?.() || element.closest(".visually-hidden, [aria-hidden=true]")) continue;
  const style = getComputedStyle(element);
  const fore = rgba(style.color).slice(0, 3);
  const back = background(element);
  const [light, dark] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
  const ratio = (light + 0.05) / (dark + 0.05);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  if (ratio < (large ? 3 : 4.5)) failures.push(`${element.tagName}.${element.className} "${element.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
}
return failures;
