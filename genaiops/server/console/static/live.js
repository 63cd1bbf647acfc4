// genaiops console: live pages. The page names its event stream in <body data-live="/live/...?since=...">;
// when the server says the page's data changed, reload it, or (data-live-mode="notice", a page with a form
// being filled) show the notice asking to reload. Without JavaScript the pages work as they are.
(function () {
  "use strict";
  var body = document.body;
  var url = body && body.getAttribute("data-live");
  if (!url || !window.EventSource) {
    return;
  }
  var mode = body.getAttribute("data-live-mode") || "reload";
  var source = new EventSource(url);
  source.addEventListener("changed", function () {
    source.close();
    if (mode === "notice") {
      var notice = document.getElementById("live-notice");
      if (notice) {
        notice.hidden = false;
      }
    } else {
      window.location.reload();
    }
  });
  source.addEventListener("end", function () {
    source.close();
  });
})();
