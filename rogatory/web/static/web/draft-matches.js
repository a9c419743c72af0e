// The request form's "already asked elsewhere" box: as identifier rows are typed, ask
// POST /api/identifiers/matches (session + CSRF token, like any form post) and redraw the list.
// Every value is written with textContent, never as HTML.
(function () {
  "use strict";
  var box = document.getElementById("draft-matches");
  var form = document.querySelector("form.request-form");
  if (!box || !form || !box.dataset.url) {
    return;
  }
  var status = box.querySelector(".draft-matches-status");
  var list = box.querySelector(".matches");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]");
  var url = box.dataset.url + (box.dataset.requestId ? "?request_id=" + encodeURIComponent(box.dataset.requestId) : "");
  var lastSent = null;
  var sequence = 0;
  var timer = null;

  function identifiers() {
    var found = [];
    form.querySelectorAll(".data-item").forEach(function (row) {
      function field(name) {
        var element = row.querySelector("[name$='-" + name + "']");
        return element ? element.value.trim() : "";
      }
      var remove = row.querySelector("input[name$='-DELETE']");
      var value = field("value");
      if ((remove && remove.checked) || !value) {
        return;
      }
      var item = {
        type: field("identifier_type"),
        value: value,
        observed_at: field("observed_at"),
        time_zone: field("time_zone")
      };
      var port = field("port");
      if (/^\d{1,5}$/.test(port)) {
        item.port = Number(port);
      }
      if (field("period_start")) {
        item.period_start = field("period_start");
      }
      if (field("period_end")) {
        item.period_end = field("period_end");
      }
      found.push(item);
    });
    return found;
  }

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function line(match) {
    var item = document.createElement("li");
    item.appendChild(document.createTextNode(match.identifier_type + " "));
    var code = text("code", match.value);
    code.dir = "ltr";
    item.appendChild(code);
    item.appendChild(document.createTextNode(" is already in "));
    if (match.visible) {
      var link = text("a", match.our_reference);
      link.href = "/requests/" + encodeURIComponent(match.request_id) + "/";
      item.appendChild(link);
    } else {
      item.appendChild(document.createTextNode("a request"));
    }
    item.appendChild(document.createTextNode(" of "));
    item.appendChild(text("strong", match.unit_name));
    var rest = " (" + match.unit_code + ")" + (match.provider ? " to " + match.provider : "") +
      ", " + (match.date || "—") + ", " + match.state + ". ";
    item.appendChild(document.createTextNode(rest));
    var reach = [match.contact_name, match.contact_email, match.contact_phone].filter(Boolean);
    if (match.contact_name) {
      item.appendChild(text("span", "Contact: " + reach.join(" · "), "muted"));
    }
    return item;
  }

  function show(matches) {
    list.replaceChildren.apply(list, matches.map(line));
    if (matches.length) {
      status.textContent = matches.length + (matches.length === 1 ? " match" : " matches") +
        ": coordinate before acting.";
    } else {
      status.textContent = "No other request carries these identifiers.";
    }
  }

  function check() {
    var items = identifiers();
    var body = JSON.stringify(items);
    if (body === lastSent) {
      return;
    }
    lastSent = body;
    var mine = ++sequence;
    if (!items.length) {
      list.replaceChildren();
      status.textContent = "Type an identifier to see whether another request already carries it.";
      return;
    }
    status.textContent = "Checking…";
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": token ? token.value : ""},
      body: body
    }).then(function (response) {
      return response.json().then(function (answer) {
        return {ok: response.ok, answer: answer};
      });
    }).then(function (result) {
      if (mine !== sequence) {
        return; // a newer check is on its way
      }
      if (result.ok) {
        show(result.answer);
      } else {
        list.replaceChildren();
        status.textContent = result.answer.detail || "The check failed.";
      }
    }).catch(function () {
      if (mine === sequence) {
        status.textContent = "The check could not reach the server; it runs again as you type.";
        lastSent = null;
      }
    });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 500);
  }

  form.addEventListener("input", function (event) {
    if (event.target.closest(".data-item")) {
      later();
    }
  });
  form.addEventListener("change", function (event) {
    if (event.target.closest(".data-item")) {
      later();
    }
  });
  if (box.dataset.checked) {
    lastSent = JSON.stringify(identifiers()); // the server drew the box for these rows
  } else {
    check();
  }
}());
