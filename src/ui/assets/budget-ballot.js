// Progressive enhancement for the citizen-budget ballot: keeps the running total live while the
// voter ticks projects or gives points. Without this file the "Update the total" button does the
// same on the server.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("ballot-form");
  const box = document.querySelector("[data-ballot-total]");
  if (!(form instanceof HTMLFormElement) || !(box instanceof HTMLElement)) return;
  const text = box.querySelector("[data-total-text]");
  const bar = box.querySelector("[data-total-bar]");
  const over = box.querySelector("[data-total-over]");
  const locale = box.dataset.locale === "en" ? "en-GB" : "de-DE";
  const euros = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const limitMoney = Number(box.dataset.limitMoney || 0);
  const limitCount = Number(box.dataset.limitCount || 0);
  const limitPoints = Number(box.dataset.limitPoints || 0);
  const points = box.dataset.type === "points";

  function update() {
    let count = 0;
    let cost = 0;
    let given = 0;
    for (const input of form.querySelectorAll("input[data-cost]:checked")) {
      count += 1;
      cost += Number(input.getAttribute("data-cost") || 0);
    }
    for (const input of form.querySelectorAll("input[data-points]")) {
      const value = Number(input.value || 0);
      if (Number.isFinite(value) && value > 0) given += value;
    }
    const problems = [];
    if (points) {
      if (given > limitPoints) problems.push(box.dataset.overPoints);
    } else {
      if (limitCount && count > limitCount) problems.push(box.dataset.overCount);
      if (limitMoney && cost > limitMoney) problems.push(box.dataset.overMoney);
    }
    const template = box.dataset.template || "";
    if (text) {
      text.textContent = template
        .replace("{count}", String(count))
        .replace("{cost}", euros.format(cost))
        .replace("{left}", euros.format(Math.max(0, limitMoney - cost)))
        .replace("{used}", String(given));
    }
    const used = points ? given : limitMoney ? cost : count;
    const limit = points ? limitPoints : limitMoney || limitCount;
    if (bar instanceof HTMLMeterElement) bar.value = Math.min(used, Math.max(limit, 1));
    box.classList.toggle("over", problems.length > 0);
    if (over instanceof HTMLElement) {
      over.hidden = problems.length === 0;
      over.textContent = problems.join(" ");
    }
  }
  form.addEventListener("change", update);
  form.addEventListener("input", update);
});
