// The live feed: /api/v1/stream read with fetch (EventSource cannot listen to every event name, and the
// kinds are open-ended), resumed after a break from the last sequence seen, so nothing is missed.
import { parseBlock, splitBlocks } from "./sse.js";

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
    const { blocks, rest } = splitBlocks(buffer + decoder.decode(value, { stream: true }));
    buffer = rest;
    for (const block of blocks) dispatch(parseBlock(block));
  }
}

function dispatch(block) {
  if (!block) return;
  lastSequence = block.id;
  // The server cut the previous stream because this console read too slowly: what it missed is not replayed,
  // the console reloads its state instead, and the stream goes on from the latest entry.
  if (block.name === "stream.reset") {
    for (const listener of listeners.resync) listener();
    return;
  }
  const event = JSON.parse(block.data);
  for (const listener of listeners.entry) listener(event);
}
