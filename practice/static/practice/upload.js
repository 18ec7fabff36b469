// The file upload says at once when a chosen file is over the size limit, before anything is sent.
(function () {
    "use strict";
    document.querySelectorAll("form[data-max-bytes]").forEach(function (form) {
        var input = form.querySelector("input[type=file]");
        var warning = form.querySelector("[data-file-too-large]");
        var submit = form.querySelector("button[type=submit]");
        var max = parseInt(form.dataset.maxBytes, 10);
        if (!input || !warning) { return; }
        input.addEventListener("change", function () {
            var file = input.files && input.files[0];
            var tooLarge = Boolean(file && file.size > max);
            warning.textContent = tooLarge ? form.dataset.msgTooLarge : "";
            warning.hidden = !tooLarge;
            submit.disabled = tooLarge;
            if (tooLarge) { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
        });
    });
}());
