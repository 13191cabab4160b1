// The sandbox page: acts as a roster member through the sandbox's API, polls for what changed.
// Every text from the bot or a person is inserted with textContent, never as HTML.
"use strict";

const T = JSON.parse(document.getElementById("texts").textContent);
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

let as = params.get("as");
let state = null;
let generation = null;
let shownChat = "";
let shownGroup = "";
let resetting = false;

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.entries(props || {}).forEach(([k, v]) => {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("data-") || k.startsWith("aria-") || k === "role") node.setAttribute(k, v);
    else node[k] = v;
  });
  children.forEach((c) => c && node.append(c));
  return node;
}

async function get(path) {
  const response = await fetch(path, { cache: "no-store" });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

async function post(path, body) {
  const response = await fetch(path, { method: "POST", body, credentials: "same-origin" });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.error || String(response.status));
  return answer;
}

function form(fields) {
  const body = new URLSearchParams();
  Object.entries(fields).forEach(([k, v]) => body.append(k, v));
  return body;
}

function offline(text) {
  $("offline").hidden = !text;
  $("offline").textContent = text || "";
}

// ---- state: people, clock, tour, sample -------------------------------------------------

async function refreshState() {
  try {
    const next = await get("/sandbox/api/state");
    if (generation !== null && next.generation !== generation) {
      location.reload();
      return;
    }
    generation = next.generation;
    if (!resetting) offline(null);
    const before = JSON.stringify(state);
    state = next;
    if (before !== JSON.stringify(next)) renderState();
  } catch (e) {
    offline(resetting ? T["resetting"] : T["offline"]);
  }
}

function renderState() {
  renderPeople();
  $("clock-now").textContent = state.now;
  $("next-due").textContent = state.nextDue ? T["next-due"] + " " + state.nextDue : T["clock-none"];
  renderDeadlines();
  renderTour();
  renderSample();
  renderGroupHead();
  renderChatHead();
}

function renderPeople() {
  const list = $("people");
  const focused = document.activeElement && document.activeElement.dataset.person;
  list.replaceChildren(
    ...state.people.map((p) => {
      const badge = !p.canRegister
        ? el("span", { class: "badge never", text: T["cannot-register"] })
        : el("span", { class: p.registered ? "badge on" : "badge", text: p.registered ? T["registered"] : T["not-registered"] });
      const button = el(
        "button",
        { type: "button", class: "person", "data-person": p.id, "aria-pressed": String(p.id === as) },
        el("span", { class: "name", text: p.name }),
        el("span", { class: "meta", text: [p.division, p.roles].filter(Boolean).join(" · ") }),
        badge
      );
      button.addEventListener("click", () => choose(p.id));
      return el("li", {}, button);
    })
  );
  if (focused) {
    const again = list.querySelector(`[data-person="${CSS.escape(focused)}"]`);
    if (again) again.focus();
  }
}

function renderDeadlines() {
  const select = $("deadline");
  const wanted = state.deadlines.map((d) => "deadline:" + d.key).join();
  if (select.dataset.keys === wanted) return;
  select.dataset.keys = wanted;
  select.replaceChildren(...state.deadlines.map((d) => el("option", { value: "deadline:" + d.key, text: d.label + " (" + d.at + ")" })));
}

function renderTour() {
  $("tour").replaceChildren(
    ...state.tour.map((s) =>
      el("li", { class: s.done ? "done" : "", "data-step": s.key, "data-done": String(s.done) },
        el("span", { text: s.text }),
        s.done ? el("span", { class: "visually-hidden", text: " ✓" }) : null)
    )
  );
}

function renderSample() {
  const sample = state.sample;
  $("sample-status").textContent = sample.state === "idle" ? "" : sample.text;
  $("sample").disabled = sample.state === "running";
}

function renderGroupHead() {
  $("group-sub").textContent = state.group ? state.group.title : T["no-group"];
}

function renderChatHead() {
  const person = state.people.find((p) => p.id === as);
  $("chat-sub").textContent = person ? person.name + " · " + person.division : T["pick-first"];
  $("composer").setAttribute("aria-disabled", String(!person));
  $("input").disabled = !person;
}

function choose(id) {
  as = id;
  const url = new URL(location.href);
  url.searchParams.set("as", id);
  history.replaceState(null, "", url);
  shownChat = "";
  closeMenu();
  if (state) renderState();
  showPane("chat");
  refreshChat();
  $("input").focus();
}

// ---- chats ---------------------------------------------------------------------------------

async function refreshChat() {
  if (!as) {
    drawEmpty($("messages"), T["pick-first"]);
    return;
  }
  try {
    const chat = await get("/sandbox/api/chat?as=" + encodeURIComponent(as));
    const text = JSON.stringify(chat);
    if (text === shownChat) return;
    shownChat = text;
    drawMessages($("messages"), chat, true);
    drawReplyKeyboard(chat.replyKeyboard);
    currentCommands = chat.commands;
    if (!$("menu").hidden) drawMenu();
  } catch (e) {
    /* refreshState says when the sandbox is gone */
  }
}

async function refreshGroup() {
  if (!state || !state.group) {
    drawEmpty($("group-messages"), T["no-group"]);
    return;
  }
  try {
    const chat = await get("/sandbox/api/chat?group=true");
    const text = JSON.stringify(chat);
    if (text === shownGroup) return;
    shownGroup = text;
    drawMessages($("group-messages"), chat, false);
  } catch (e) {
    /* as above */
  }
}

function drawEmpty(box, text) {
  box.replaceChildren(...(text ? [el("p", { class: "empty", text })] : []));
}

function extension(name) {
  const dot = (name || "").lastIndexOf(".");
  return dot < 0 ? "TỆP" : name.slice(dot + 1, dot + 5).toUpperCase();
}

function drawMessages(box, chat, mine) {
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  if (chat.messages.length === 0) {
    drawEmpty(box, mine ? T["empty-chat"] : "");
    return;
  }
  box.replaceChildren(...chat.messages.map((m) => bubble(m, mine)));
  if (atBottom || box.dataset.drawn !== "yes") box.scrollTop = box.scrollHeight;
  box.dataset.drawn = "yes";
}

function bubble(m, mine) {
  const inner = el("div", { class: "bubble" });
  if (m.fileUrl && m.photo) {
    inner.append(el("img", { class: "photo", src: m.fileUrl, alt: m.fileName || "" }));
  } else if (m.fileUrl) {
    inner.append(el("a", { class: "file", href: m.fileUrl, target: "_blank", rel: "noopener", title: T["open-file"] },
      el("span", { class: "icon", text: extension(m.fileName), "aria-hidden": "true" }), el("span", { text: m.fileName })));
  }
  if (m.text) inner.append(document.createTextNode(m.text));
  if (m.edited) inner.append(el("span", { class: "edited", text: T["edited"] }));
  const node = el("div", { class: "msg " + (m.fromBot ? "bot" : "user"), "data-message": String(m.id) }, inner);
  if (m.buttons && m.buttons.length) node.append(keyboard(m, mine));
  return node;
}

function keyboard(m, mine) {
  return el("div", { class: "kb" },
    ...m.buttons.map((row) =>
      el("div", { class: "kb-row" },
        ...row.map((b) => {
          const button = el("button", { type: "button", text: b.text, disabled: !mine || !b.callbackData });
          button.addEventListener("click", () => press(m.id, b.callbackData, button));
          return button;
        }))));
}

async function press(messageId, data, button) {
  button.disabled = true;
  try {
    await post("/sandbox/api/press", form({ as, message: messageId, data }));
  } catch (e) {
    offline(e.message);
    setTimeout(() => offline(null), 4000);
  }
  setTimeout(refreshChat, 150);
}

function drawReplyKeyboard(rows) {
  const box = $("reply-keyboard");
  box.hidden = !rows.length;
  box.replaceChildren(
    ...rows.map((row) =>
      el("div", { class: "kb-row" },
        ...row.map((b) => {
          const button = el("button", { type: "button", text: b.text });
          button.addEventListener("click", () => (b.requestContact ? shareContact() : send(b.text)));
          return button;
        }))));
}

async function shareContact() {
  try {
    await post("/sandbox/api/contact", form({ as }));
  } catch (e) {
    offline(e.message);
  }
  setTimeout(refreshChat, 150);
}

// ---- composing: text, menu, files ----------------------------------------------------------

let currentCommands = [];

async function send(text) {
  if (!as || !text.trim()) return;
  try {
    await post("/sandbox/api/send", form({ as, text }));
  } catch (e) {
    offline(e.message);
    setTimeout(() => offline(null), 4000);
  }
  setTimeout(refreshChat, 150);
}

function drawMenu() {
  const typed = $("input").value.trim();
  const filter = typed.startsWith("/") ? typed.slice(1).toLowerCase() : "";
  const shown = currentCommands.filter((c) => c.command.startsWith(filter));
  $("menu").replaceChildren(
    ...shown.map((c) => {
      const item = el("button", { type: "button", role: "menuitem" },
        el("span", { class: "cmd", text: "/" + c.command }), el("span", { class: "desc", text: c.description }));
      item.addEventListener("click", () => {
        $("input").value = "";
        closeMenu();
        send("/" + c.command);
        $("input").focus();
      });
      return item;
    })
  );
  $("menu").hidden = shown.length === 0;
  $("menu-button").setAttribute("aria-expanded", String(!$("menu").hidden));
}

function closeMenu() {
  $("menu").hidden = true;
  $("menu-button").setAttribute("aria-expanded", "false");
}

$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = $("input").value;
  $("input").value = "";
  closeMenu();
  send(text);
});

$("input").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("composer").requestSubmit();
  } else if (event.key === "Escape") {
    closeMenu();
  }
});

$("input").addEventListener("input", () => {
  const value = $("input").value;
  if (value.startsWith("/") && !/\s/.test(value)) drawMenu();
  else closeMenu();
});

$("menu-button").addEventListener("click", () => {
  if ($("menu").hidden) {
    drawMenu();
    const first = $("menu").querySelector("button");
    if (first) first.focus();
  } else {
    closeMenu();
  }
});

$("attach-button").addEventListener("click", () => as && $("file").click());

$("file").addEventListener("change", async () => {
  const file = $("file").files[0];
  if (!file || !as) return;
  const body = new FormData();
  body.append("as", as);
  body.append("file", file, file.name);
  try {
    await post("/sandbox/api/attach", body);
  } catch (e) {
    offline(e.message);
    setTimeout(() => offline(null), 4000);
  }
  $("file").value = "";
  setTimeout(refreshChat, 150);
});

// ---- clock, sample data, reset, tabs -------------------------------------------------------

async function moveClock(move) {
  try {
    await post("/sandbox/api/clock", form({ move }));
  } catch (e) {
    offline(e.message);
  }
  await refreshState();
  document.body.dataset.clockMoves = String(Number(document.body.dataset.clockMoves || 0) + 1);
  setTimeout(refreshChat, 300);
}

document.querySelectorAll("[data-move]").forEach((b) => b.addEventListener("click", () => moveClock(b.dataset.move)));
$("deadline-go").addEventListener("click", () => moveClock($("deadline").value));

$("sample").addEventListener("click", async () => {
  $("sample").disabled = true;
  $("sample-status").textContent = T["sample-running"];
  try {
    await post("/sandbox/api/sample", new URLSearchParams());
  } catch (e) {
    $("sample-status").textContent = e.message;
  }
  refreshState();
});

$("reset").addEventListener("click", async () => {
  if (!confirm(T["reset-confirm"])) return;
  resetting = true;
  offline(T["resetting"]);
  try {
    await post("/sandbox/api/reset", new URLSearchParams());
  } catch (e) {
    offline(e.message);
  }
});

function showPane(name) {
  document.body.dataset.pane = name;
  document.querySelectorAll("[data-tab]").forEach((t) => t.setAttribute("aria-pressed", String(t.dataset.tab === name)));
}

document.querySelectorAll("[data-tab]").forEach((t) => t.addEventListener("click", () => showPane(t.dataset.tab)));
showPane(as ? "chat" : "people");

refreshState().then(refreshChat).then(refreshGroup);
setInterval(refreshState, 1500);
setInterval(refreshChat, 700);
setInterval(refreshGroup, 1500);
