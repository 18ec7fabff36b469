// Plays an exercise's client moment as its segment only: stops at the end, "Replay" starts it again.
(function () {
    "use strict";
    document.querySelectorAll(".stimulus").forEach(function (figure) {
        var video = figure.querySelector("video");
        var replay = figure.querySelector("[data-replay]");
        if (!video) { return; }
        var start = parseFloat(video.dataset.segmentStart || "0");
        var end = video.dataset.segmentEnd ? parseFloat(video.dataset.segmentEnd) : null;
        if (end !== null) {
            video.addEventListener("timeupdate", function () {
                if (video.currentTime >= end) { video.pause(); }
            });
        }
        if (replay) {
            replay.addEventListener("click", function () {
                video.currentTime = start;
                video.play();
            });
        }
    });
}());
