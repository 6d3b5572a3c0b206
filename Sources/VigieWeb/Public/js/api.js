// The console's only door to the server: JSON in and out, the CSRF token on every change, 401 → sign-in page.
import { reasonText } from "./reason.js";

let csrfToken = sessionStorage.getItem("vigie.csrf");

export function rememberSession(info) {
  csrfToken = info.csrfToken;
  sessionStorage.setItem("vigie.csrf", csrfToken);
}

export async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const response = await fetch(path, {
    method, headers, credentials: "same-origin", body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && !path.endsWith("/session")) {
    location.assign("/login.html");
    throw new Error("unauthenticated");
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    // Refusals read in the console's language wherever they are shown.
    const error = new Error(data ? reasonText(data) : response.statusText);
    error.status = response.status;
    error.code = data?.error;
    error.fields = (data?.fields ?? []).map((field) => ({ ...field, reason: reasonText(field) }));
    error.body = data;
    throw error;
  }
  return data;
}
