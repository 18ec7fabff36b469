// The rating page: comment on the moment playing (button or the M key on the player), seek to comments.
(function () {
    "use strict";
    var media = document.querySelector("[data-recording]");
    var form = document.querySelector("[data-comment-form]");
    if (!media) { return; }
    var seconds = form ? form.querySelector("[name=seconds]") : null;
    var text = form ? form.querySelector("[name=text]") : null;
    var takeMoment = function () {
        if (!seconds) { return; }
        seconds.value = media.currentTime.toFixed(1);
        media.pause();
        text.focus();
    };
    var now = form ? form.querySelector("[data-now]") : null;
    if (now) { now.addEventListener("click", takeMoment); }
    media.addEventListener("keydown", function (event) {
        if (event.key === "m" || event.key === "M") {
            event.preventDefault();
            takeMoment();
        }
    });
    document.querySelectorAll("[data-seek]").forEach(function (button) {
        button.addEventListener("click", function () {
            media.currentTime = parseFloat(button.dataset.seek);
            media.focus();
        });
    });
}());
