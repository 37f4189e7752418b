// Progressive enhancement only: every page works without this file.
// On wide screens the header menu is always open (site.css shows it without JavaScript, too).
document.addEventListener("DOMContentLoaded", () => {
  const menu = document.querySelector("[data-site-menu]");
  if (menu instanceof HTMLDetailsElement && window.matchMedia("(min-width: 56rem)").matches) menu.open = true;
});
// After a failed submit, move focus to the error summary so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-error-summary]");
  if (summary instanceof HTMLElement) summary.focus();
});
// Pages that are made to be printed offer a print button (the browser's own print works without it).
document.addEventListener("DOMContentLoaded", () => {
  for (const holder of document.querySelectorAll("[data-print-button]")) {
    if (!(holder instanceof HTMLElement)) continue;
    holder.hidden = false;
    holder.querySelector("button")?.addEventListener("click", () => window.print());
  }
});
