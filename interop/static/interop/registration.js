// LTI Dynamic Registration's close message: tells the platform the registration is over, so it closes its dialog.
// The confirmation page runs in a window of its own (our admin is never framed), opened from the page the platform
// framed; that page passes the message on to the platform.
const CLOSE = { subject: "org.imsglobal.lti.close" };

if (document.querySelector("[data-registration-done]")) {
  const platform = window.opener || (window.parent !== window ? window.parent : null);
  platform?.postMessage(CLOSE, "*");
}

if (document.querySelector("[data-registration-start]") && window.parent !== window) {
  window.addEventListener("message", (event) => {
    if (event.origin === window.location.origin && event.data?.subject === CLOSE.subject) {
      window.parent.postMessage(CLOSE, "*");
    }
  });
}
