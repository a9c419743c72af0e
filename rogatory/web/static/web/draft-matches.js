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
  // The sentences come translated from the page (see templatetags/deconfliction.py).
  var texts = JSON.parse(document.getElementById("draft-matches-texts").textContent);
  var plural = new Intl.PluralRules(document.documentElement.lang || "en");
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

  // A translated pattern with %(name)s placeholders, filled with text nodes or elements.
  function fill(pattern, parts) {
    var nodes = [];
    pattern.split(/%\((\w+)\)s/).forEach(function (piece, index) {
      if (index % 2) {
        var part = parts[piece] === undefined ? "" : parts[piece];
        nodes.push(typeof part === "string" ? document.createTextNode(part) : part);
      } else if (piece) {
        nodes.push(document.createTextNode(piece));
      }
    });
    return nodes;
  }

  function line(match) {
    var item = document.createElement("li");
    var code = text("code", match.value);
    code.dir = "ltr";
    var parts = {
      type: (texts.types || {})[match.identifier_type] || match.identifier_type,
      value: code,
      unit: text("strong", match.unit_name),
      code: match.unit_code
    };
    if (match.visible) {
      var link = text("a", match.our_reference);
      link.href = "/requests/" + encodeURIComponent(match.request_id) + "/";
      parts.reference = link;
    }
    item.append.apply(item, fill(match.visible ? texts.visible : texts.hidden, parts));
    if (match.provider) {
      item.append(" ");
      item.append.apply(item, fill(texts.provider, {provider: match.provider}));
    }
    var state = (texts.states || {})[match.state] || match.state;
    item.append(", " + (match.date || "—") + ", " + state + ". ");
    var reach = [match.contact_name, match.contact_email, match.contact_phone].filter(Boolean);
    if (match.contact_name) {
      var contact = document.createElement("span");
      contact.className = "muted";
      contact.append.apply(contact, fill(texts.contact, {reach: reach.join(" · ")}));
      item.appendChild(contact);
    }
    return item;
  }

  function show(matches) {
    list.replaceChildren.apply(list, matches.map(line));
    if (matches.length) {
      var pattern = texts.count[plural.select(matches.length)] || texts.count.other;
      status.replaceChildren.apply(status, fill(pattern, {count: String(matches.length)}));
    } else {
      status.textContent = texts.none;
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
      status.textContent = texts.empty;
      return;
    }
    status.textContent = texts.checking;
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
        status.textContent = result.answer.detail || texts.failed;
      }
    }).catch(function () {
      if (mine === sequence) {
        status.textContent = texts.unreachable;
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
