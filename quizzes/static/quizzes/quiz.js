// Quiz taking: small enhancements only. Everything works without JavaScript; the server decides.
(function () {
    "use strict";

    // One submission per rendered page: a double click sends one post. The buttons are disabled after the
    // browser has read the one pressed (its name and value go with the post).
    document.querySelectorAll("form.quiz-form").forEach(function (form) {
        form.addEventListener("submit", function () {
            var buttons = form.querySelectorAll("[data-submit-once]");
            window.setTimeout(function () {
                buttons.forEach(function (button) { button.disabled = true; });
            }, 0);
        });
    });

    // The clip a button belongs to: its question's own on a page of several, else the page's one clip.
    function clipFor(element) {
        var question = element.closest("[data-position]");
        return (question && question.querySelector("video")) || document.getElementById("quiz-clip");
    }

    // "Play from 0:31": seek to the moment the question asks about.
    document.querySelectorAll("[data-seek-clip]").forEach(function (button) {
        button.addEventListener("click", function () {
            var clip = clipFor(button);
            if (!clip) { return; }
            clip.currentTime = Math.max(0, parseFloat(button.getAttribute("data-seek-clip")) - 2);
            clip.play();
        });
    });

    // "Use the video's current time": copy the playhead into the time field.
    document.querySelectorAll("[data-mark-moment]").forEach(function (button) {
        button.addEventListener("click", function () {
            var clip = clipFor(button);
            var input = document.getElementById(button.getAttribute("data-mark-moment"));
            if (!clip || !input) { return; }
            clip.pause();
            input.value = clip.currentTime.toFixed(1);
            input.focus();
        });
    });

    // The question panel of a quiz taken freely: its links (and "Finish attempt…") save the page's answers and
    // flags on the way, as the page's buttons do. Opened in a new tab, a link stays a plain link.
    var pageForm = document.querySelector("form.quiz-page-form");
    if (pageForm) {
        document.querySelectorAll("a[data-go]").forEach(function (link) {
            link.addEventListener("click", function (event) {
                if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                    return;
                }
                event.preventDefault();
                var go = pageForm.querySelector("input[type=hidden][name=go]");
                if (!go) {
                    go = document.createElement("input");
                    go.type = "hidden";
                    go.name = "go";
                    pageForm.appendChild(go);
                }
                go.value = link.getAttribute("data-go");
                if (pageForm.requestSubmit) {
                    pageForm.requestSubmit();
                } else {
                    pageForm.submit();
                }
            });
        });
    }

    // Autosave: a few seconds after the last change (and when the page is left or the time is up) each answer
    // changed on the page is saved as a draft. The server keeps drafts apart from answers: when time runs out it
    // submits the draft in the answer's place; reopening the page shows it in the field. A page of several
    // questions (free navigation) has a block per question ([data-position]); the question page taken in order is
    // one block, its position in the form's hidden field.
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
        if (!csrf) { return idle; }
        var DELAY = 3000;
        var RETRY = 15000;
        var KEEPALIVE_LIMIT = 60000; // bytes: browsers refuse larger keepalive bodies
        // A question's answer field ("answer", on a page "q3-answer"); a matching question has one select per item
        // ("answer_0", "answer_1", ...), saved together as the list of the matches chosen, in the items' order.
        var ANSWER = /(^|-)answer(_\d+)?$/;
        var MATCH_ITEM = /answer_\d+$/;
        var sequence = 0;
        var stopped = false;

        function blocks() {
            var questions = form.querySelectorAll("[data-position]");
            if (questions.length) {
                return Array.prototype.map.call(questions, function (question) {
                    return { root: question, position: parseInt(question.getAttribute("data-position"), 10) };
                });
            }
            var positionInput = form.querySelector("input[name=position]");
            return positionInput ? [{ root: form, position: parseInt(positionInput.value, 10) }] : [];
        }

        function clock(date) {
            var lang = document.documentElement.lang || undefined;
            try {
                return date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
            } catch (error) {
                return date.toTimeString().slice(0, 5);
            }
        }

        function saver(block) {
            var fields = Array.prototype.filter.call(block.root.querySelectorAll("[name]"), function (field) {
                return ANSWER.test(field.name);
            });
            if (!fields.length) { return null; }
            var status = block.root.querySelector("[data-autosave-status]");
            var timer = null;
            var dirty = false;
            var done = false;
            var lastSent = 0;

            function value() {
                var first = fields[0];
                if (first.type === "checkbox") {
                    return fields.filter(function (f) { return f.checked; }).map(function (f) { return f.value; });
                }
                if (first.type === "radio") {
                    var chosen = fields.filter(function (f) { return f.checked; });
                    return chosen.length ? chosen[0].value : null;
                }
                if (MATCH_ITEM.test(first.name)) {
                    return fields.map(function (f) { return f.value; });
                }
                return first.value;
            }

            function say(text) {
                if (status && status.textContent !== text) { status.textContent = text; }
            }

            function schedule(delay) {
                window.clearTimeout(timer);
                timer = window.setTimeout(function () { save(false); }, delay);
            }

            function failed(retry) {
                say(gettext("Could not save the draft; your answer is still here."));
                if (retry && !stopped && !done) {
                    dirty = true;
                    schedule(RETRY);
                }
            }

            function save(leaving) {
                window.clearTimeout(timer);
                timer = null;
                if (!dirty || stopped || done) { return; }
                dirty = false;
                // Each save carries a larger number than the last (and than any earlier page's), so the server
                // never lets a late or replayed save overwrite a newer draft.
                sequence = Math.max(sequence + 1, Date.now());
                var body = JSON.stringify({ position: block.position, client_sequence: sequence, answer: value() });
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
                lastSent = sent;
                fetch(url, options).then(function (response) {
                    return response.json().catch(function () { return {}; }).then(function (data) {
                        if (response.ok) {
                            if (sent === lastSent) {
                                say(interpolate(gettext("Draft saved %(time)s"), { time: clock(new Date()) }, true));
                            }
                        } else if (data.code === "time_up" || data.code === "finished" || data.code === "final") {
                            done = true;
                            say(data.error || gettext("Could not save the draft; your answer is still here."));
                        } else if (data.code !== "stale") {
                            failed(response.status >= 500);
                        }
                    });
                }).catch(function () { failed(true); });
            }

            function changed(event) {
                if (event.target && event.target.name && !ANSWER.test(event.target.name)) { return; }
                dirty = true;
                schedule(DELAY);
            }

            block.root.addEventListener("input", changed);
            block.root.addEventListener("change", changed);
            return { save: save, stop: function () { window.clearTimeout(timer); } };
        }

        var savers = blocks().map(saver).filter(Boolean);
        if (!savers.length) { return idle; }
        function saveAll(leaving) { savers.forEach(function (s) { s.save(leaving); }); }
        form.addEventListener("submit", function () {
            // The answers themselves are on their way: they win over any draft.
            stopped = true;
            savers.forEach(function (s) { s.stop(); });
        });
        window.addEventListener("pagehide", function () { saveAll(true); });
        document.addEventListener("visibilitychange", function () {
            if (document.visibilityState === "hidden") { saveAll(true); }
        });
        return { flush: function () { saveAll(false); } };
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
