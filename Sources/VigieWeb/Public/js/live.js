// The live feed: /api/v1/stream read with fetch (EventSource cannot listen to every event name, and the
// kinds are open-ended), resumed after a break from the last sequence seen, so nothing is missed.
const listeners = { entry: new Set(), state: new Set(), resync: new Set() };
let lastSequence = null;
let state = "connecting";
let retryDelay = 1000;

export function connectionState() {
  return state;
}

/** `entry` (each logbook event), `state` (connecting / live / offline), `resync` (after a break, or when the
 * server says this console fell too far behind and must reload). */
export function on(kind, listener) {
  listeners[kind].add(listener);
  return () => listeners[kind].delete(listener);
}

function setState(next) {
  if (next === state) return;
  state = next;
  for (const listener of listeners.state) listener(state);
}

/** Starts reading after `sequence` (the logbook's last entry when the console loaded its data). */
export function start(sequence) {
  lastSequence = sequence;
  read();
}

async function read() {
  try {
    const headers = { Accept: "text/event-stream" };
    if (lastSequence !== null) headers["Last-Event-ID"] = String(lastSequence);
    const response = await fetch("/api/v1/stream", { headers, credentials: "same-origin", cache: "no-store" });
    if (response.status === 401) {
      location.assign("/login.html");
      return;
    }
    if (!response.ok || !response.body) throw new Error(`stream ${response.status}`);
    if (state === "offline") for (const listener of listeners.resync) listener();
    setState("live");
    retryDelay = 1000;
    await consume(response.body.getReader());
  } catch {
    // A network failure or a server restart: the loop below retries.
  }
  setState("offline");
  setTimeout(read, retryDelay);
  retryDelay = Math.min(retryDelay * 2, 15000);
}

async function consume(reader) {
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let boundary;
    while ((boundary = buffer.indexOf("\n\n")) >= 0) {
      dispatch(buffer.slice(0, boundary));
      buffer = buffer.slice(boundary + 2);
    }
  }
}

function dispatch(block) {
  let id = null;
  let name = null;
  let data = "";
  for (const line of block.split("\n")) {
    if (line.startsWith("id: ")) id = line.slice(4);
    else if (line.startsWith("event: ")) name = line.slice(7);
    else if (line.startsWith("data: ")) data += line.slice(6);
  }
  if (id === null || !data) return;
  lastSequence = Number(id);
  // The server cut the previous stream because this console read too slowly: what it missed is not replayed,
  // the console reloads its state instead, and the stream goes on from the latest entry.
  if (name === "stream.reset") {
    for (const listener of listeners.resync) listener();
    return;
  }
  const event = JSON.parse(data);
  for (const listener of listeners.entry) listener(event);
}
