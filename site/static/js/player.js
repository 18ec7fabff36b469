/*
 * Role-play player: chapter list that seeks the video, the active chapter marked,
 * captions on/off remembered across videos, a searchable transcript, and ?t= deep links.
 * Works without this script too: the video keeps its native controls and captions.
 */
(function () {
    "use strict";

    // Translations from Django's JavaScript catalog (/jsi18n/, loaded by base.html); English if it did not load.
    var gettext = window.gettext || function (text) { return text; };
    var ngettext = window.ngettext || function (singular, plural, n) { return n === 1 ? singular : plural; };
    var interpolate = window.interpolate || function (format, values) {
        return format.replace(/%\(\s*([^)]+)\s*\)s/g, function (match, name) { return String(values[name]); });
    };

    var CAPTIONS_KEY = "player.captions";

    function captionsWanted() {
        try {
            return window.localStorage.getItem(CAPTIONS_KEY) !== "off";
        } catch (e) {
            return true;
        }
    }

    function rememberCaptions(on) {
        try {
            window.localStorage.setItem(CAPTIONS_KEY, on ? "on" : "off");
        } catch (e) {
            /* private browsing: the choice lasts for this page only */
        }
    }

    function setCaptions(player, on) {
        var video = player.querySelector("[data-player-video]");
        var button = player.querySelector("[data-captions-toggle]");
        if (!video) return;
        for (var i = 0; i < video.textTracks.length; i++) {
            video.textTracks[i].mode = on ? "showing" : "hidden";
        }
        if (button) {
            button.setAttribute("aria-pressed", on ? "true" : "false");
            button.textContent = on ? button.dataset.labelOn : button.dataset.labelOff;
        }
    }

    function seek(video, seconds, play) {
        video.currentTime = seconds;
        if (play) {
            var started = video.play();
            if (started && started.catch) started.catch(function () { /* autoplay refused: stay paused */ });
        }
    }

    function markChapter(player, time) {
        var chapters = player.querySelectorAll("[data-chapter]");
        var active = null;
        chapters.forEach(function (chapter) {
            if (parseFloat(chapter.dataset.chapter) <= time + 0.05) active = chapter;
        });
        chapters.forEach(function (chapter) {
            if (chapter === active) chapter.setAttribute("aria-current", "true");
            else chapter.removeAttribute("aria-current");
        });
    }

    function filterTranscript(player, input) {
        var query = input.value.trim().toLowerCase();
        var lines = player.querySelectorAll(".transcript__lines li");
        var count = player.querySelector("[data-transcript-count]");
        var shown = 0;
        lines.forEach(function (line) {
            var text = line.querySelector("[data-transcript-text]");
            var plain = text.dataset.plain || text.textContent;
            text.dataset.plain = plain;
            var match = !query || line.textContent.toLowerCase().indexOf(query) !== -1;
            line.hidden = !match;
            if (match) shown++;
            text.textContent = plain;
            if (query && match) {
                var at = plain.toLowerCase().indexOf(query);
                if (at !== -1) {
                    var mark = document.createElement("mark");
                    mark.textContent = plain.substr(at, query.length);
                    text.textContent = "";
                    text.append(plain.slice(0, at), mark, plain.slice(at + query.length));
                }
            }
        });
        if (count) {
            count.textContent = query
                ? interpolate(ngettext("%(count)s line matches", "%(count)s lines match", shown), { count: shown }, true)
                : "";
        }
    }

    function setUp(player) {
        var video = player.querySelector("[data-player-video]");
        var toggle = player.querySelector("[data-captions-toggle]");
        if (toggle) {
            toggle.dataset.labelOn = gettext("Captions on");
            toggle.dataset.labelOff = gettext("Captions off");
            toggle.addEventListener("click", function () {
                var on = toggle.getAttribute("aria-pressed") !== "true";
                rememberCaptions(on);
                document.querySelectorAll("[data-player]").forEach(function (other) { setCaptions(other, on); });
            });
        }
        if (video) {
            setCaptions(player, captionsWanted());
            video.addEventListener("loadedmetadata", function () { setCaptions(player, captionsWanted()); });
            video.addEventListener("timeupdate", function () { markChapter(player, video.currentTime); });
            player.querySelectorAll("[data-seek]").forEach(function (button) {
                button.addEventListener("click", function () {
                    seek(video, parseFloat(button.dataset.seek), true);
                    markChapter(player, parseFloat(button.dataset.seek));
                });
            });
            player.querySelectorAll(".transcript__lines li[data-start]").forEach(function (line) {
                line.tabIndex = 0;
                line.title = gettext("Play from here");
                function go() { seek(video, parseFloat(line.dataset.start), true); }
                line.addEventListener("click", go);
                line.addEventListener("keydown", function (event) {
                    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); go(); }
                });
            });
        }
        var filter = player.querySelector("[data-transcript-filter]");
        if (filter) filter.addEventListener("input", function () { filterTranscript(player, filter); });
    }

    function followDeepLink() {
        var params = new URLSearchParams(window.location.search);
        var t = parseFloat(params.get("t"));
        var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
        if (!target || isNaN(t)) return;
        var video = target.querySelector("[data-player-video]");
        if (!video) return;
        var go = function () { seek(video, t, false); markChapter(target, t); };
        if (video.readyState >= 1) go();
        else video.addEventListener("loadedmetadata", go, { once: true });
        target.scrollIntoView();
    }

    /*
     * Watch reports: on a module page served to an enrolled trainee (data-watch-url), each video tells the
     * server which parts have actually been played on this visit (its played ranges, so skipping ahead does
     * not count). The server checks the report against the signed token the page was served with, and adds
     * the parts to those played on earlier visits.
     */
    function playedRanges(video) {
        var ranges = [];
        for (var i = 0; i < video.played.length; i++) {
            ranges.push([+video.played.start(i).toFixed(2), +video.played.end(i).toFixed(2)]);
        }
        return JSON.stringify(ranges);
    }

    function playedSeconds(video) {
        var total = 0;
        for (var i = 0; i < video.played.length; i++) total += video.played.end(i) - video.played.start(i);
        return total;
    }

    function markWatched(clip) {
        var item = document.querySelector('[data-clip-status="' + clip + '"]');
        if (!item || item.dataset.watched === "true") return;
        item.dataset.watched = "true";
        item.textContent = "✓ " + interpolate(gettext("Watched: %(title)s"), { title: item.dataset.title || "" }, true);
    }

    function reportWatching(article) {
        var url = article.dataset.watchUrl;
        article.querySelectorAll("[data-player]").forEach(function (player) {
            var video = player.querySelector("[data-player-video]");
            if (!video || player.id.indexOf("clip-") !== 0) return;
            var clip = player.id.slice("clip-".length);
            var sent = 0;
            var done = false;
            function send() {
                var watched = playedSeconds(video);
                if (done || watched < sent + 0.5) return;
                sent = watched;
                var body = new URLSearchParams({
                    token: article.dataset.watchToken,
                    clip: clip,
                    ranges: playedRanges(video),
                    duration: (isFinite(video.duration) ? video.duration : 0).toFixed(2),
                });
                fetch(url, {
                    method: "POST",
                    body: body,
                    credentials: "same-origin",
                    keepalive: true,
                    headers: { "X-CSRFToken": article.dataset.csrf },
                }).then(function (response) {
                    return response.ok ? response.json() : null;
                }).then(function (data) {
                    if (data && data.complete) {
                        done = true;
                        markWatched(clip);
                    }
                }).catch(function () { /* offline: the next report carries every part played */ });
            }
            video.addEventListener("timeupdate", function () { if (playedSeconds(video) - sent >= 5) send(); });
            video.addEventListener("pause", send);
            video.addEventListener("ended", send);
            document.addEventListener("visibilitychange", function () {
                if (document.visibilityState === "hidden") send();
            });
        });
    }

    document.querySelectorAll("[data-player]").forEach(setUp);
    document.querySelectorAll("[data-watch-url]").forEach(reportWatching);
    followDeepLink();
})();
