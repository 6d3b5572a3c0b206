// The names of the event categories in every language of the console, for the queue's search: an operator finds a
// fire by "incendie" as by "fire", whichever language his console speaks. i18n.js gives the current language only,
// so the category names are read from both catalogues here.
const catalogues = await Promise.all(["fr", "en"].map(async (code) => {
  const response = await fetch(`/i18n/${code}.json`, { credentials: "same-origin" });
  return response.ok ? await response.json() : {};
}));

/** The category's names in every language, or its identifier when no catalogue names it. */
export function categoryNames(category) {
  const names = catalogues.map((catalogue) => catalogue[`category.${category}`]).filter(Boolean);
  return names.length ? names : [category];
}
