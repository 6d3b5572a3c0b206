import { api, rememberSession } from "./api.js";
import { applyLanguage, t } from "./i18n.js";
import { applyTheme } from "./theme.js";

applyTheme();
applyLanguage();
const form = document.getElementById("login-form");
const error = document.getElementById("login-error");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  error.textContent = "";
  try {
    const info = await api("POST", "/api/v1/session", {
      username: form.username.value.trim().toLowerCase(),
      password: form.password.value,
    });
    rememberSession(info);
    location.assign("/");
  } catch (failure) {
    error.textContent = failure.code === "locked" ? t("login.locked") : failure.status ? t("login.failed") : t("login.unavailable");
    form.password.select();
  }
});
