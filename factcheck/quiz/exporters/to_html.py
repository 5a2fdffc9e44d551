"""``--format html``: one self-contained page that trainees can take on a phone.

No network requests: the styles and the script are inline, and a Content-Security-Policy
(``default-src 'none'``) forbids the page to load anything. Every piece of quiz text is
HTML-escaped (:func:`html.escape`), and data for scoring travels in escaped ``data-``
attributes, never inside the ``<script>``, so no quote can end the script or open markup.
The answer key, explanation and quotes of each item travel encoded in its ``data-key``
(:func:`_payload`), so they are not readable in the page source; the script decodes them
offline and writes the feedback with ``textContent`` only.

Accessibility: each question is a ``<fieldset>`` with a ``<legend>``; every input has a
``<label>``; everything is native form controls, so it works with the keyboard alone;
results are announced through ``aria-live`` regions.

Marking a cloze answer folds it the way :func:`factcheck.quiz.answer_key` does (NFD with
combining marks removed, curly quotes and dashes made plain, case folded, punctuation
dropped, spaces collapsed) and compares it with the keys of the accepted answers
computed in Python.

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import base64
import html
import json

from ..distractors import answer_key
from ..items import BLANK, CHOICE_TYPES, Item, ItemType, Quiz

__all__ = ["render_html", "render"]


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _statement(text: str) -> str:
    return '<span class="blank" aria-label="blank">_____</span>'.join(_e(p) for p in text.split(BLANK))


_CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#111;background:#fff}
fieldset{border:1px solid #999;border-radius:.5rem;margin:1.2rem 0;padding:.8rem 1rem}
legend{font-weight:600;padding:0 .3rem}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:4px solid #888;background:#f4f4f4}
label{display:block;padding:.35rem 0;cursor:pointer}
input[type=text]{font:inherit;padding:.3rem;width:min(100%,24rem)}
select{font:inherit;margin-right:.5rem}
button{font:inherit;padding:.4rem 1rem;margin-top:.5rem;cursor:pointer}
:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.feedback{margin-top:.6rem}
.feedback[hidden]{display:none}
.right{color:#0a6b2d;font-weight:600}
.wrong{color:#a4000f;font-weight:600}
.score{position:sticky;top:0;background:#fff;padding:.4rem 0;border-bottom:1px solid #ccc;font-weight:600}
.source{font-size:.9rem;color:#333}
#summary table{border-collapse:collapse;margin:.5rem 0}
#summary td,#summary th{border:1px solid #999;padding:.2rem .6rem;text-align:left}
.key{display:none}
@media print{
 body{max-width:none;font-size:12pt}
 .score,button,.status,#summary,.feedback{display:none!important}
 fieldset{break-inside:avoid;page-break-inside:avoid;border:1px solid #000}
 input[type=text]{border:0;border-bottom:1px solid #000}
 .key{display:block;break-before:page;page-break-before:always}
}
"""

# The script reads only data-* attributes and the trainee's input; it builds feedback
# with textContent/cloned templates, never with innerHTML.
_JS = r"""
(function () {
  "use strict";
  var answered = 0, right = 0;
  var total = document.querySelectorAll("fieldset.item").length;
  var scoreEl = document.getElementById("score");
  function key(s) {
    s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    s = s.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
    s = s.replace(/[\u2010-\u2015\u2212]/g, "-").toLowerCase();
    s = s.replace(/[^\p{L}\p{N}\s]/gu, " ");
    return s.split(/\s+/).filter(Boolean).join(" ");
  }
  function data(item) {  // the item's encoded key (see _payload in to_html.py)
    if (item._data) { return item._data; }
    var bin = atob(item.getAttribute("data-key")), mask = new TextEncoder().encode("factcheck|" + item.id);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i) ^ mask[i % mask.length]; }
    item._data = JSON.parse(new TextDecoder("utf-8").decode(bytes));
    return item._data;
  }
  function fill(item) {  // feedback built with textContent only
    var d = data(item), fb = item.querySelector(".feedback");
    fb.querySelector(".answer").textContent = d.answer;
    fb.querySelector(".explanation").textContent = d.explanation;
    var box = fb.querySelector(".quotes");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    for (var i = 0; i < d.quotes.length; i++) {
      var q = document.createElement("blockquote");
      q.className = "source";
      q.appendChild(document.createTextNode(d.quotes[i][0]));
      q.appendChild(document.createElement("br"));
      q.appendChild(document.createTextNode("\u2014 " + d.quotes[i][1]));
      box.appendChild(q);
    }
  }
  function show(item, ok, chosen) {
    fill(item);
    var fb = item.querySelector(".feedback");
    var verdict = fb.querySelector(".verdict");
    verdict.textContent = ok ? "Correct." : "Not quite.";
    verdict.className = "verdict " + (ok ? "right" : "wrong");
    fb.hidden = false;
    answered += 1; if (ok) { right += 1; }
    save(item.id, chosen);
    item.setAttribute("data-result", ok ? "right" : "wrong");
    results.push([item.getAttribute("data-number"), item.getAttribute("data-type"), ok ? "right" : "wrong",
                  chosen || ""]);
    var controls = item.querySelectorAll("input, select, button.check");
    for (var i = 0; i < controls.length; i++) { controls[i].disabled = true; }
    scoreEl.textContent = "Score: " + right + " / " + answered + " answered (" + total + " questions)";
    fb.focus();
    if (answered === total) { summarise(); }
  }
  var results = [];
  // progress survives a reload: the answers given, per page (its items' keys identify it)
  var store = null, storeKey = "factcheck-quiz:" + document.querySelectorAll("fieldset.item").length + ":" +
    Array.prototype.map.call(document.querySelectorAll("fieldset.item"),
                             function (f) { return f.getAttribute("data-key").slice(0, 12); }).join("");
  try { store = window.localStorage; } catch (e) { store = null; }
  var restoring = false;
  function saved() {
    try { return JSON.parse((store && store.getItem(storeKey)) || "{}"); } catch (e) { return {}; }
  }
  function save(id, chosen) {
    if (!store || restoring) { return; }
    var all = saved(); all[id] = chosen === undefined ? "" : String(chosen);
    try { store.setItem(storeKey, JSON.stringify(all)); } catch (e) { /* full or denied: no progress kept */ }
  }
  function restore() {
    var all = saved(), ids = Object.keys(all);
    restoring = true;
    for (var i = 0; i < ids.length; i++) {
      var item = document.getElementById(ids[i]);
      if (!item || item.hasAttribute("data-result")) { continue; }
      var kind = item.getAttribute("data-kind"), value = all[ids[i]];
      if (kind === "choice") {
        var radio = item.querySelector('input[type=radio][value="' + value.replace(/[^a-z]/g, "") + '"]');
        if (!radio) { continue; }
        radio.checked = true;
      } else if (kind === "cloze") {
        item.querySelector("input[type=text]").value = value;
      } else {
        var given = value.split(" ");
        for (var p = 0; p < given.length; p++) {
          var sel = item.querySelector('select[data-option="' + given[p].replace(/[^a-z]/g, "") + '"]');
          if (sel) { sel.value = String(p + 1); }
        }
      }
      check(item);
    }
    restoring = false;
  }
  function csvCell(s) { s = String(s); return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
  function csv() {
    var rows = [["question", "type", "result", "answer given"]].concat(
      results.slice().sort(function (a, b) { return a[0] - b[0]; }));
    return rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }
  window.factcheckResultsCSV = csv;
  function summarise() {  // the score per item type, and the results as a CSV download
    var box = document.getElementById("summary"), body = box.querySelector("tbody");
    var per = {}, order = [];
    for (var i = 0; i < results.length; i++) {
      var t = results[i][1];
      if (!per[t]) { per[t] = [0, 0]; order.push(t); }
      per[t][1] += 1; if (results[i][2] === "right") { per[t][0] += 1; }
    }
    order.sort();
    while (body.firstChild) { body.removeChild(body.firstChild); }
    for (var j = 0; j < order.length; j++) {
      var tr = document.createElement("tr"), a = document.createElement("td"), b = document.createElement("td");
      a.textContent = order[j]; b.textContent = per[order[j]][0] + " / " + per[order[j]][1];
      tr.appendChild(a); tr.appendChild(b); body.appendChild(tr);
    }
    box.querySelector(".total").textContent = "Score: " + right + " / " + total;
    box.hidden = false;
  }
  document.getElementById("download").addEventListener("click", function () {
    var link = document.createElement("a");
    link.href = "data:text/csv;charset=utf-8," + encodeURIComponent(csv());
    link.download = "quiz-results.csv";
    document.body.appendChild(link); link.click(); document.body.removeChild(link);
  });
  function check(item) {
    var kind = item.getAttribute("data-kind");
    var status = item.querySelector(".status");
    if (kind === "choice") {
      var picked = item.querySelector("input[type=radio]:checked");
      if (!picked) { status.textContent = "Choose an answer first."; return; }
      show(item, picked.value === data(item).correct, picked.value);
    } else if (kind === "cloze") {
      var value = item.querySelector("input[type=text]").value;
      if (!value.trim()) { status.textContent = "Write an answer first."; return; }
      var accepted = data(item).accepted;
      show(item, accepted.indexOf(key(value)) !== -1, value);
    } else if (kind === "timeline") {
      var order = data(item).order;
      var selects = item.querySelectorAll("select");
      var ok = true, seen = {}, given = [];
      for (var j = 0; j < selects.length; j++) {
        var v = selects[j].value;
        if (!v) { status.textContent = "Give every event a position first."; return; }
        if (seen[v]) { status.textContent = "Use each position once."; return; }
        seen[v] = true;
        given[parseInt(v, 10) - 1] = selects[j].getAttribute("data-option");
        if (order[parseInt(v, 10) - 1] !== selects[j].getAttribute("data-option")) { ok = false; }
      }
      show(item, ok, given.join(" "));
    }
    status.textContent = "";
  }
  document.getElementById("quiz").addEventListener("submit", function (ev) { ev.preventDefault(); });
  (function () {  // the printed answer key, from the encoded keys
    var list = document.querySelector("section.key ol"), all = document.querySelectorAll("fieldset.item");
    for (var i = 0; i < all.length; i++) {
      var li = document.createElement("li");
      li.textContent = data(all[i]).answer;
      list.appendChild(li);
    }
  })();
  var boxes = document.querySelectorAll("fieldset.item input[type=text]");
  for (var t = 0; t < boxes.length; t++) {
    boxes[t].addEventListener("keydown", function (ev) {  // Enter in a text box checks it
      if (ev.key === "Enter") {
        ev.preventDefault();
        var item = ev.target.closest("fieldset.item");
        if (!item.hasAttribute("data-result")) { check(item); }
      }
    });
  }
  var buttons = document.querySelectorAll("button.check");
  for (var b = 0; b < buttons.length; b++) {
    buttons[b].addEventListener("click", function (ev) {
      check(ev.target.closest("fieldset.item"));
    });
  }
  restore();
})();
"""


def _controls(item: Item) -> str:
    name = f"{item.id}-answer"
    if item.type in CHOICE_TYPES:
        return "".join(
            f'<label for="{_e(item.id)}-{_e(o.id)}"><input type="radio" id="{_e(item.id)}-{_e(o.id)}" '
            f'name="{_e(name)}" value="{_e(o.id)}"> <b>{_e(o.id)})</b> {_statement(o.text)}</label>'
            for o in item.options)
    if item.type is ItemType.cloze:
        return (f'<label for="{_e(item.id)}-text">Your answer</label>'
                f'<input type="text" id="{_e(item.id)}-text" name="{_e(name)}" autocomplete="off">')
    rows = []
    positions = "".join(f'<option value="{i}">{i}</option>' for i in range(1, len(item.options) + 1))
    for o in item.options:
        sid = f"{item.id}-{o.id}"
        rows.append(f'<label for="{_e(sid)}"><select id="{_e(sid)}" data-option="{_e(o.id)}">'
                    f'<option value="">position</option>{positions}</select> <b>{_e(o.id)})</b> '
                    f'{_statement(o.text)}</label>')
    return "".join(rows)


def _answer_text(item: Item) -> str:
    if item.type is ItemType.timeline:
        return "Order: " + ", ".join(item.order)
    if item.type is ItemType.cloze:
        return "Answer: " + item.answer
    right = item.correct_options[0]
    return f"Answer: {right.id}) {right.text}"


def _payload(item: Item) -> str:
    """What scoring and feedback need (the key, accepted answers, order, the explanation and
    the quotes), encoded so that the answers are not readable in the page source: UTF-8 JSON,
    each byte XOR-ed with the bytes of a mask made from the item id, then Base64. Not a secret
    from a determined reader (the page decodes it offline), only from a glance."""
    data: dict[str, object] = {"answer": _answer_text(item), "explanation": item.explanation,
                               "quotes": [[c.quote, c.source] for c in item.citations]}
    if item.type in CHOICE_TYPES:
        data["correct"] = item.correct_options[0].id
    elif item.type is ItemType.cloze:
        data["accepted"] = sorted({answer_key(a) for a in item.accepted})
    else:
        data["order"] = list(item.order)
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    mask = _mask(item.id)
    return base64.b64encode(bytes(b ^ mask[i % len(mask)] for i, b in enumerate(raw))).decode("ascii")


def _mask(item_id: str) -> bytes:
    return ("factcheck|" + item_id).encode("utf-8")


def _item(n: int, item: Item) -> str:
    attrs = {"class": "item", "id": item.id, "data-type": item.type.value, "data-number": str(n),
             "data-kind": "choice" if item.type in CHOICE_TYPES else
             "cloze" if item.type is ItemType.cloze else "timeline",
             "data-key": _payload(item)}
    attr_text = " ".join(f'{k}="{_e(v)}"' for k, v in attrs.items())
    statement = f"<blockquote>{_statement(item.statement)}</blockquote>" if item.statement else ""
    return (f"<fieldset {attr_text}><legend>{n}. {_e(item.prompt)}</legend>{statement}"
            f"{_controls(item)}"
            f'<button type="button" class="check">Check answer {n}</button>'
            f'<p class="status" role="status" aria-live="polite"></p>'
            f'<div class="feedback" tabindex="-1" hidden aria-live="polite">'
            f'<p><span class="verdict"></span> <span class="answer"></span></p>'
            f'<p class="explanation"></p><div class="quotes"></div></div></fieldset>\n')


def _key_section(quiz: Quiz) -> str:
    """The answer key, shown only in print, on a page of its own after the questions (filled
    by the script from the encoded keys, so it is not in the page source either)."""
    return '<section class="key" aria-hidden="true"><h2>Answer key</h2><ol></ol></section>\n'


def render_html(quiz: Quiz) -> str:
    items = "".join(_item(n, item) for n, item in enumerate(quiz.items, 1))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>Verification quiz (version {quiz.seed})</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>Verification quiz</h1>\n<p>{len(quiz.items)} questions, each built from facts checked against "
        "the source articles. "
        "Answer a question, then press its button to see the explanation and the source.</p>\n"
        f'<p class="score" id="score" role="status" aria-live="polite">Score: 0 / 0 answered '
        f"({len(quiz.items)} questions)</p>\n<form id=\"quiz\">\n{items}</form>\n"
        '<section id="summary" hidden aria-live="polite"><h2>Your results</h2><p class="total"></p>'
        "<table><thead><tr><th>Question type</th><th>Right</th></tr></thead><tbody></tbody></table>"
        '<button type="button" id="download">Download results (CSV)</button></section>\n'
        f"{_key_section(quiz)}"
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )


#: The format's renderer, under the name every output wing uses (see ``factcheck.quiz.exporters``).
render = render_html
