// Dark by default (control rooms are dark); light on request, remembered per browser.
export function applyTheme() {
  document.documentElement.dataset.theme = localStorage.getItem("vigie.theme") === "light" ? "light" : "dark";
}

export function toggleTheme() {
  localStorage.setItem("vigie.theme", document.documentElement.dataset.theme === "dark" ? "light" : "dark");
  applyTheme();
}
