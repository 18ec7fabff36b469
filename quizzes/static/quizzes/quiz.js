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

    // Autosave: a few seconds after the last change (and when the page is left or the time is up) the answer
    // on the page is saved as a draft. The server keeps drafts apart from answers: when time runs out it submits
    // the draft in the answer's place; reopening the page shows it in the field.
    var gettext = window.gettext || function (text) { return text; };
    var interpolate = window.interpolate || function (format, values) {
        return format.replace(/%\((\w+)\)s/g, function (match, name) { return String(values[name]); });
    };
    var autosave = (function () {
        var form = document.querySelector("form.quiz-form[data-autosave-url]");
        var idle = { flush: function () {} };
        if (!form || !window.fetch || !window.JSON) { return idle; }
        var url = form.getAttribute("data-autosave-url");
        var csrf = form.querySelector("input[name=csrfmiddlewaretoken]");
        var positionInput = form.querySelector("input[name=position]");
        var status = form.querySelector("[data-autosave-status]");
        var fields = form.querySelectorAll("[name=answer]");
        if (!csrf || !positionInput || !fields.length) { return idle; }
        var DELAY = 3000;
        var RETRY = 15000;
        var KEEPALIVE_LIMIT = 60000; // bytes: browsers refuse larger keepalive bodies
        var position = parseInt(positionInput.value, 10);
        var sequence = 0;
        var timer = null;
        var dirty = false;
        var stopped = false;

        function value() {
            var first = fields[0];
            if (first.type === "checkbox") {
                return Array.prototype.filter.call(fields, function (f) { return f.checked; })
                    .map(function (f) { return f.value; });
            }
            if (first.type === "radio") {
                var chosen = Array.prototype.filter.call(fields, function (f) { return f.checked; });
                return chosen.length ? chosen[0].value : null;
            }
            return first.value;
        }

        function say(text) {
            if (status && status.textContent !== text) { status.textContent = text; }
        }

        function clock(date) {
            var lang = document.documentElement.lang || undefined;
            try {
                return date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
            } catch (error) {
                return date.toTimeString().slice(0, 5);
            }
        }

        function schedule(delay) {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () { save(false); }, delay);
        }

        function failed(retry) {
            say(gettext("Could not save the draft; your answer is still here."));
            if (retry && !stopped) {
                dirty = true;
                schedule(RETRY);
            }
        }

        function save(leaving) {
            window.clearTimeout(timer);
            timer = null;
            if (!dirty || stopped) { return; }
            dirty = false;
            // Each save carries a larger number than the last (and than any earlier page's), so the server
            // never lets a late or replayed save overwrite a newer draft.
            sequence = Math.max(sequence + 1, Date.now());
            var body = JSON.stringify({ position: position, client_sequence: sequence, answer: value() });
            var options = {
                method: "POST",
                body: body,
                credentials: "same-origin",
                headers: { "Content-Type": "application/json", "X-CSRFToken": csrf.value },
            };
            if (leaving && new Blob([body]).size < KEEPALIVE_LIMIT) {
                options.keepalive = true; // the request outlives the page
            }
            var sent = sequence;
            fetch(url, options).then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (data) {
                    if (response.ok) {
                        if (sent === sequence) {
                            say(interpolate(gettext("Draft saved %(time)s"), { time: clock(new Date()) }, true));
                        }
                    } else if (data.code === "time_up" || data.code === "finished") {
                        stopped = true;
                        say(data.error || gettext("Could not save the draft; your answer is still here."));
                    } else if (data.code !== "stale") {
                        failed(response.status >= 500);
                    }
                });
            }).catch(function () { failed(true); });
        }

        function changed() {
            dirty = true;
            schedule(DELAY);
        }

        form.addEventListener("input", changed);
        form.addEventListener("change", changed);
        form.addEventListener("submit", function () {
            // The answer itself is on its way: it wins over any draft.
            stopped = true;
            window.clearTimeout(timer);
        });
        window.addEventListener("pagehide", function () { save(true); });
        document.addEventListener("visibilitychange", function () {
            if (document.visibilityState === "hidden") { save(true); }
        });
        return { flush: function () { save(false); } };
    })();

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
            if (left === 0) {
                autosave.flush(); // the last keystrokes reach the server within its grace period
            }
            if (left > 0) {
                window.setTimeout(tick, 1000);
            }
        };
        tick();
    }
})();
