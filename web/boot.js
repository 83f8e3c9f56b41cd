// Lector's boot script. lector-prerender inlines it right after the
// pre-rendered page (scripts/add_csp.py allows it by its hash), so it runs
// before the first paint:
//  1. shows the pre-rendered view the URL's hash asks for (the library or an
//     article); the server only ever sees the page's own URL;
//  2. gives the app a root element outside the document (window.lectorAppRoot,
//     see src/lib.rs) and swaps it in for the pre-rendered page as soon as
//     the app shows a view of its own: one step, nothing moves, and the page
//     never holds two copies of anything;
//  3. registers the service worker (web/sw.js) and offers "Reload to update"
//     when a newer version of the site has been downloaded.
(function () {
  "use strict";
  var pre = document.getElementById("prerendered");
  var app = null;
  if (pre) {
    app = document.createElement("div");
    app.id = "app";
    window.lectorAppRoot = app;
  }

  function wanted() {
    var article = /^#\/article\/([^?\/#]+)/.exec(location.hash);
    if (article) return "article:" + decodeURIComponent(article[1]);
    return /^(#\/?)?$/.test(location.hash) ? "library" : "";
  }

  function pick() {
    if (!pre) return;
    var want = wanted();
    var views = pre.querySelectorAll("[data-prerender]");
    for (var i = 0; i < views.length; i++) {
      var show = views[i].getAttribute("data-prerender") === want;
      views[i].hidden = !show;
      if (show) document.title = views[i].getAttribute("data-title");
    }
  }

  function onHashChange() {
    pick();
    window.scrollTo(0, 0);
  }

  // The app is ready to take over once its <main> shows something other
  // than "Loading the article…" or an article whose highlights are still
  // coming (the analyzer's data streams in beside the code): the article
  // with its highlights, the library, or a message.
  function appReady() {
    var main = app && app.querySelector("main");
    return !!(main && main.firstElementChild && !main.querySelector(".loading, .highlights-pending"));
  }

  function swap() {
    if (!pre) return;
    observer.disconnect();
    window.removeEventListener("hashchange", onHashChange);
    pre.replaceWith(app);
    pre = null;
    // A deep link to an annotation scrolled while the app was off the page,
    // which does nothing: scroll again now that it is on screen.
    var linked = /[?&]annotation=([0-9a-fA-F-]+)/.exec(location.hash);
    if (linked) {
      var mark = document.querySelector('mark[data-annotation-id="' + linked[1] + '"]') ||
        document.getElementById("orphan-" + linked[1]);
      if (mark) mark.scrollIntoView({ block: "center" });
    }
    // Likewise a link to a passage (?at=, a search result).
    var passage = document.querySelector(".passage-flash");
    if (!linked && passage) passage.scrollIntoView({ block: "center" });
  }

  var observer = new MutationObserver(function () {
    if (appReady()) swap();
  });
  if (pre && app) {
    pick();
    window.addEventListener("hashchange", onHashChange);
    observer.observe(app, { childList: true, subtree: true });
  }

  if (!("serviceWorker" in navigator)) return;
  var updating = false;

  function offerUpdate(worker) {
    if (document.querySelector(".update-notice")) return;
    var notice = document.createElement("div");
    notice.className = "update-notice";
    notice.setAttribute("role", "status");
    var text = document.createElement("p");
    text.textContent = "A newer version of Lector is available.";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Reload to update";
    button.addEventListener("click", function () {
      updating = true;
      worker.postMessage("skip-waiting");
    });
    notice.appendChild(text);
    notice.appendChild(button);
    document.body.appendChild(notice);
  }

  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (updating) location.reload();
  });
  // After the page has loaded, so caching for offline never competes with
  // the first visit's own downloads.
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("sw.js").then(function (registration) {
      function follow(worker) {
        if (!worker) return;
        worker.addEventListener("statechange", function () {
          if (worker.state === "installed" && navigator.serviceWorker.controller) offerUpdate(worker);
        });
      }
      // The browser may have found the new version before this ran.
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      follow(registration.installing);
      registration.addEventListener("updatefound", function () { follow(registration.installing); });
    }, function () {
      // No service worker (private mode, blocked): the site works online.
    });
  });
})();
