// Records a response in the browser (MediaRecorder) and uploads it in chunks that survive a dropped
// connection: after a failed chunk it asks the server how much arrived and carries on from there.
// Where recording is impossible, it says so and opens the file upload instead. No third-party code.
(function () {
    "use strict";
    var root = document.querySelector("[data-recorder]");
    var unavailable = document.querySelector("[data-recorder-unavailable]");
    var fallback = document.getElementById("upload-file");
    if (!root) { return; }

    function impossible(message) {
        root.hidden = true;
        if (unavailable) {
            if (message) { unavailable.textContent = message; }
            unavailable.hidden = false;
        }
        if (fallback) { fallback.open = true; }
    }

    if (!window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        impossible();
        return;
    }
    root.hidden = false;

    var maxSeconds = parseInt(root.dataset.maxSeconds, 10);
    var maxBytes = parseInt(root.dataset.maxBytes, 10);
    var csrf = root.querySelector("[name=csrfmiddlewaretoken]").value;
    var preview = root.querySelector("[data-preview]");
    var playback = root.querySelector("[data-playback]");
    var indicator = root.querySelector("[data-indicator]");
    var timer = root.querySelector("[data-timer]");
    var countdown = root.querySelector("[data-countdown]");
    var progress = root.querySelector("[data-progress]");
    var statusLine = root.querySelector("[data-status]");
    var buttons = {};
    root.querySelectorAll("[data-action]").forEach(function (button) { buttons[button.dataset.action] = button; });

    var stream = null, recorder = null, parts = [], blob = null, ticking = null, startedAt = 0;

    function show(names) {
        Object.keys(buttons).forEach(function (name) { buttons[name].hidden = names.indexOf(name) === -1; });
    }
    function say(message) { statusLine.textContent = message; }
    // The messages come translated from the page (data-msg-* attributes).
    function text(name) { return root.dataset["msg" + name.charAt(0).toUpperCase() + name.slice(1)] || ""; }
    function mode() { return root.querySelector("[name=mode]:checked").value; }
    function mimeType(video) {
        var wanted = video
            ? ["video/webm;codecs=vp8,opus", "video/webm", "video/mp4"]
            : ["audio/webm;codecs=opus", "audio/webm", "audio/mp4", "audio/ogg"];
        for (var i = 0; i < wanted.length; i += 1) {
            if (MediaRecorder.isTypeSupported(wanted[i])) { return wanted[i]; }
        }
        return "";
    }
    function stopStream() {
        if (stream) { stream.getTracks().forEach(function (track) { track.stop(); }); }
        stream = null;
    }
    function clock(seconds) {
        var s = Math.floor(seconds);
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
    }

    function begin() {
        var video = mode() === "video";
        show([]);
        say("");
        navigator.mediaDevices.getUserMedia({ audio: true, video: video })
            .then(function (got) {
                stream = got;
                playback.hidden = true;
                preview.hidden = !video;
                preview.srcObject = video ? stream : null;
                if (video) { preview.play(); }
                var count = 3;
                countdown.hidden = false;
                countdown.textContent = String(count);
                var step = window.setInterval(function () {
                    count -= 1;
                    if (count > 0) { countdown.textContent = String(count); return; }
                    window.clearInterval(step);
                    countdown.hidden = true;
                    record(video);
                }, 1000);
            })
            .catch(function () {
                impossible();
            });
    }

    function record(video) {
        parts = [];
        var type = mimeType(video);
        recorder = type ? new MediaRecorder(stream, { mimeType: type }) : new MediaRecorder(stream);
        recorder.addEventListener("dataavailable", function (event) {
            if (event.data && event.data.size) { parts.push(event.data); }
        });
        recorder.addEventListener("stop", finished);
        recorder.start(1000);
        startedAt = Date.now();
        indicator.hidden = false;
        timer.textContent = "0:00";
        ticking = window.setInterval(function () {
            var elapsed = (Date.now() - startedAt) / 1000;
            timer.textContent = clock(elapsed);
            if (elapsed >= maxSeconds) { stop(); say(text("max")); }
        }, 250);
        show(["stop"]);
        buttons.stop.focus();
    }

    function stop() {
        if (recorder && recorder.state !== "inactive") { recorder.stop(); }
        window.clearInterval(ticking);
        indicator.hidden = true;
    }

    function finished() {
        stopStream();
        preview.srcObject = null;
        preview.hidden = true;
        blob = new Blob(parts, { type: recorder.mimeType || "video/webm" });
        playback.src = URL.createObjectURL(blob);
        playback.hidden = false;
        if (blob.size > maxBytes) {
            say(text("tooLarge"));
            show(["again"]);
            return;
        }
        say(text("review"));
        show(["again", "submit"]);
        buttons.submit.focus();
    }

    function post(url, body, headers) {
        headers = headers || {};
        headers["X-CSRFToken"] = csrf;
        return fetch(url, { method: "POST", body: body, headers: headers, credentials: "same-origin" });
    }

    function upload() {
        show([]);
        progress.hidden = false;
        progress.value = 0;
        say(text("uploading"));
        var form = new FormData();
        form.append("size", String(blob.size));
        form.append("name", mode() === "video" ? "recording.webm" : "recording-audio.webm");
        post(root.dataset.startUrl, form)
            .then(function (response) {
                return response.json().then(function (data) {
                    if (!response.ok) { throw new Error(data.error || text("startFailed")); }
                    return data;
                });
            })
            .then(function (state) { sendFrom(state, state.received, 0); })
            .catch(function (error) { say(error.message); show(["again", "submit"]); });
    }

    function sendFrom(state, offset, failures) {
        progress.value = Math.round((offset / blob.size) * 100);
        if (offset >= blob.size) {
            say(text("processing"));
            window.location.assign(state.submission_url);
            return;
        }
        var piece = blob.slice(offset, Math.min(offset + state.chunk_bytes, blob.size));
        post(state.chunk_url, piece, { "Upload-Offset": String(offset), "Content-Type": "application/octet-stream" })
            .then(function (response) {
                return response.json().then(function (data) {
                    if (response.status === 409) { return data.expected_offset; }
                    if (!response.ok) { throw new Error(data.error || text("lost")); }
                    return data.received;
                });
            })
            .then(function (received) { sendFrom(state, received, 0); })
            .catch(function () {
                // A dropped connection: wait, ask how far the upload got, carry on from there.
                if (failures >= 8) {
                    say(text("failing"));
                    show(["again", "submit"]);
                    return;
                }
                say(text("lost"));
                window.setTimeout(function () {
                    fetch(state.chunk_url, { credentials: "same-origin" })
                        .then(function (response) { return response.json(); })
                        .then(function (data) { say(text("uploading")); sendFrom(state, data.received, failures + 1); })
                        .catch(function () { sendFrom(state, offset, failures + 1); });
                }, Math.min(1000 * Math.pow(2, failures), 15000));
            });
    }

    buttons.start.addEventListener("click", begin);
    buttons.stop.addEventListener("click", stop);
    buttons.again.addEventListener("click", function () { blob = null; playback.hidden = true; begin(); });
    buttons.submit.addEventListener("click", upload);
    show(["start"]);
}());
