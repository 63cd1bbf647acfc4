// genaiops console: the chat page. Posts the chat form to ACTION/stream and shows the desk's replies as they
// stream (server-sent events over fetch: EventSource cannot POST). Text is set with textContent, never HTML.
// Without JavaScript (or fetch streams) the form posts normally and the page shows the whole turn.
(function () {
  "use strict";
  var form = document.getElementById("chat-form");
  var log = document.getElementById("chat-log");
  if (!form || !log || !window.fetch || !window.ReadableStream || !window.TextDecoder) {
    return;
  }
  var text = document.getElementById("chat-text");
  var button = form.querySelector("button");

  function add(author, kind, said) {
    var box = document.createElement("div");
    box.className = "msg " + (author === "desk" ? "desk" : "person") + " k-" + kind;
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = author;
    var pre = document.createElement("pre");
    pre.textContent = said;
    box.appendChild(who);
    box.appendChild(pre);
    log.appendChild(box);
    box.scrollIntoView({block: "end"});
  }

  function handle(block) {
    var event = "message";
    var data = "";
    block.split("\n").forEach(function (line) {
      if (line.indexOf("event:") === 0) {
        event = line.slice(6).trim();
      } else if (line.indexOf("data:") === 0) {
        data += line.slice(5).trim();
      }
    });
    if (event === "reply" && data) {
      var reply = JSON.parse(data);
      add("desk", reply.kind, reply.text);
    }
  }

  form.addEventListener("submit", function (submitted) {
    submitted.preventDefault();
    var said = text.value;
    var body = new URLSearchParams(new FormData(form));
    add("you", "request", said);
    text.value = "";
    button.disabled = true;
    fetch(form.action + "/stream", {method: "POST", body: body, credentials: "same-origin"}).then(function (answer) {
      if (!answer.ok || !answer.body) {
        return answer.text().then(function (page) {
          add("desk", "error", "the desk refused (" + answer.status + "); reload the page");
        });
      }
      var reader = answer.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            return;
          }
          buffer += decoder.decode(chunk.value, {stream: true});
          var blocks = buffer.split("\n\n");
          buffer = blocks.pop();
          blocks.forEach(handle);
          return pump();
        });
      }
      return pump();
    }).catch(function () {
      add("desk", "error", "the connection failed; reload the page");
    }).then(function () {
      button.disabled = false;
      text.focus();
    });
  });
})();
