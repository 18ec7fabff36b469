// The question import's progress page: asks how far the import is every second and a half, moves the bar,
// and reloads the page when the import has finished, to show what was imported.
(function () {
  "use strict";
  const root = document.querySelector("[data-import-progress][data-polling]");
  if (!root) {
    return;
  }
  const bar = root.querySelector("progress");
  const count = root.querySelector("[data-import-count]");
  const state = root.querySelector("[data-import-state]");
  const template = count.textContent.trim();

  function poll() {
    fetch(root.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((data) => {
        bar.max = data.total;
        bar.value = data.done;
        bar.textContent = `${data.done}/${data.total}`;
        count.textContent = template.replace(/^\d+/, String(data.done));
        if (state.textContent !== data.status_display) {
          state.textContent = data.status_display;
        }
        if (data.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1500);
        }
      })
      .catch(() => window.setTimeout(poll, 5000));
  }
  window.setTimeout(poll, 1500);
})();
