// The data export's progress: asks how far the archive is every two seconds, moves the bar, and reloads the
// page when it is ready (to show the download link) or has failed.
(function () {
  "use strict";
  const root = document.querySelector("[data-export][data-polling]");
  if (!root) {
    return;
  }
  const bar = root.querySelector("progress");
  const state = root.querySelector("[data-export-state]");

  function poll() {
    fetch(root.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((data) => {
        bar.value = data.percent;
        bar.textContent = `${data.percent} %`;
        if (state.textContent !== data.status_display) {
          state.textContent = data.status_display;
        }
        if (data.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(() => window.setTimeout(poll, 5000));
  }
  window.setTimeout(poll, 1000);
})();
