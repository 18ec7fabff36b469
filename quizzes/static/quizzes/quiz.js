// Quiz taking: small enhancements only. Everything works without JavaScript; the server decides.
(function () {
    "use strict";

    // One submission per rendered question: a double click sends one post.
    document.querySelectorAll("form.quiz-form").forEach(function (form) {
        form.addEventListener("submit", function () {
            var button = form.querySelector("[data-submit-once]");
            if (button) {
                window.setTimeout(function () { button.disabled = true; }, 0);
            }
        });
    });

    var clip = document.getElementById("quiz-clip");

    // "Play from 0:31": seek to the moment the question asks about.
    document.querySelectorAll("[data-seek-clip]").forEach(function (button) {
        button.addEventListener("click", function () {
            if (!clip) { return; }
            clip.currentTime = Math.max(0, parseFloat(button.getAttribute("data-seek-clip")) - 2);
            clip.play();
        });
    });

    // "Use the video's current time": copy the playhead into the time field.
    document.querySelectorAll("[data-mark-moment]").forEach(function (button) {
        button.addEventListener("click", function () {
            var input = document.getElementById(button.getAttribute("data-mark-moment"));
            if (!clip || !input) { return; }
            clip.pause();
            input.value = clip.currentTime.toFixed(1);
            input.focus();
        });
    });

    // Countdown display. The server enforces the limit; this only shows it.
    var timer = document.querySelector(".quiz-timer");
    if (timer) {
        var value = timer.querySelector(".quiz-timer__value");
        var end = Date.now() + parseInt(timer.getAttribute("data-seconds-left"), 10) * 1000;
        var tick = function () {
            var left = Math.max(0, Math.round((end - Date.now()) / 1000));
            var minutes = Math.floor(left / 60);
            var seconds = left % 60;
            value.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
            if (left === 60) {
                timer.setAttribute("role", "alert");
            }
            if (left > 0) {
                window.setTimeout(tick, 1000);
            }
        };
        tick();
    }
})();
