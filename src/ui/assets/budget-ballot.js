// Progressive enhancement for the citizen budget. On the ballot it keeps the one-line running total
// live while the voter ticks projects or gives points (without this file the "Update the total"
// button does the same on the server). On the receipt page it adds buttons to copy and to print the
// receipt (without this file the download form and the browser's own print still work).
document.addEventListener("DOMContentLoaded", () => {
  enhanceBallot();
  enhanceReceipt();
});

function fill(template, values) {
  return (template || "").replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

function enhanceBallot() {
  const form = document.getElementById("ballot-form");
  const box = document.querySelector("[data-ballot-total]");
  if (!(form instanceof HTMLFormElement) || !(box instanceof HTMLElement)) return;
  const text = box.querySelector("[data-total-text]");
  const bar = box.querySelector("[data-total-bar]");
  const over = form.querySelector("[data-total-over]");
  const locale = box.dataset.locale === "en" ? "en-GB" : "de-DE";
  const euros = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const limitMoney = Number(box.dataset.limitMoney || 0);
  const limitCount = Number(box.dataset.limitCount || 0);
  const limitPoints = Number(box.dataset.limitPoints || 0);
  const points = box.dataset.type === "points";

  function line(count, cost, given) {
    if (points) {
      const base = fill(box.dataset.tPoints, { used: given, limit: limitPoints });
      return given > limitPoints ? `${base} · ${fill(box.dataset.tPointsOver, { over: given - limitPoints })}` : base;
    }
    const parts = [fill(box.dataset.tCount, { count, limit: limitCount })];
    if (limitMoney) {
      parts.push(
        cost > limitMoney
          ? fill(box.dataset.tOver, { over: euros.format(cost - limitMoney) })
          : fill(box.dataset.tLeft, { left: euros.format(limitMoney - cost) }),
      );
    }
    return parts.join(" · ");
  }

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
    if (text) text.textContent = line(count, cost, given);
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
}

function enhanceReceipt() {
  const tools = document.querySelector("[data-receipt-tools]");
  const code = document.getElementById("receipt-code");
  if (!(tools instanceof HTMLElement) || !code) return;
  const status = tools.querySelector("[data-receipt-status]");
  const say = (message) => {
    if (status) status.textContent = message || "";
  };
  const button = (label, onClick) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "button button-secondary";
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  };
  const row = tools.querySelector("[data-receipt-buttons]") || tools;
  if (navigator.clipboard && window.isSecureContext) {
    row.prepend(
      button(tools.dataset.copyLabel, () => {
        navigator.clipboard.writeText((code.textContent || "").trim()).then(
          () => say(tools.dataset.copied),
          () => say(tools.dataset.copyFailed),
        );
      }),
    );
  }
  row.append(button(tools.dataset.printLabel, () => window.print()));
}
