// The submission page: waits for processing to finish, and lets comment timestamps seek the recording.
(function () {
    "use strict";
    var status = document.querySelector("[data-poll]");
    if (status) {
        var poll = function () {
            fetch(status.dataset.poll, { credentials: "same-origin" })
                .then(function (response) { return response.json(); })
                .then(function (data) {
                    if (data.status === "ready" || data.status === "failed") { window.location.reload(); }
                    else { window.setTimeout(poll, 2000); }
                })
                .catch(function () { window.setTimeout(poll, 5000); });
        };
        window.setTimeout(poll, 1500);
    }
    var media = document.querySelector("[data-recording]");
    document.querySelectorAll("[data-seek]").forEach(function (button) {
        button.addEventListener("click", function () {
            if (!media) { return; }
            media.currentTime = parseFloat(button.dataset.seek);
            media.play();
            media.focus();
        });
    });
}());
