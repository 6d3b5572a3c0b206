// Finding a site from what a caller says: its name, account number, address, or any phone number
// (the site's or a contact's). Sites, transmitters and contacts are searched together.
import { api } from "../api.js";

export async function findSites(query) {
  const q = encodeURIComponent(query.trim());
  if (!q) return [];
  const [sites, transmitters, contacts] = await Promise.all(
    ["sites", "transmitters", "contacts"].map((kind) => api("GET", `/api/v1/${kind}?q=${q}&limit=50`)));
  const found = new Map(sites.items.map((site) => [site.id, site]));
  const missing = [...new Set([...transmitters.items, ...contacts.items].map((item) => item.siteID))].filter((id) => !found.has(id));
  for (const site of await Promise.all(missing.slice(0, 50).map((id) => api("GET", `/api/v1/sites/${id}`)))) found.set(site.id, site);
  return [...found.values()];
}
