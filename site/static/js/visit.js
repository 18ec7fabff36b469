/*
 * "Continue where you left off": a module page served to an enrolled trainee (data-seen-url) tells the server
 * that the trainee has opened it, at most once every few minutes per module and tab. Serving the page records
 * nothing by itself; the server keeps the same limit whatever the browser sends.
 */
(function () {
    "use strict";

    var EVERY = 5 * 60 * 1000;

    function due(key) {
        try {
            var last = parseInt(window.sessionStorage.getItem(key) || "0", 10);
            if (Date.now() - last < EVERY) return false;
            window.sessionStorage.setItem(key, String(Date.now()));
        } catch (e) {
            /* storage refused: send, and let the server's limit apply */
        }
        return true;
    }

    document.querySelectorAll("[data-seen-url]").forEach(function (article) {
        if (!due("visit:" + article.dataset.seenUrl)) return;
        fetch(article.dataset.seenUrl, {
            method: "POST",
            body: new URLSearchParams({ token: article.dataset.watchToken }),
            credentials: "same-origin",
            keepalive: true,
            headers: { "X-CSRFToken": article.dataset.csrf },
        }).catch(function () { /* offline: the next visit says so */ });
    });
})();
