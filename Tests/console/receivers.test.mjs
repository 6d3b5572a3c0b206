import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule, useLanguage } from "./catalogue.mjs";

useLanguage("fr");
const { receiversSummary } = await consoleModule("receiver-summary.js");

const receiver = (name, up, connections = 0) => ({ name, kind: "dc09", up, connections, frames: 0 });

test("the top bar says every receiver listens, or names the one that stopped", () => {
  assert.deepEqual(receiversSummary([]).state, "none");
  const allUp = receiversSummary([receiver("dc09-tcp", true, 4), receiver("dc09-udp", true)]);
  assert.equal(allUp.state, "up");
  assert.equal(allUp.text, "Récepteurs : 2/2 en service");
  assert.equal(allUp.short, "Récepteurs 2/2"); // what the top bar shows, the sentence read out
  assert.equal(receiversSummary([receiver("surgard-1", false)]).short, undefined); // a stopped one is said in full
  assert.match(allUp.title, /dc09-tcp : en service, 4 connexion/);
  const down = receiversSummary([receiver("dc09-tcp", true), receiver("surgard-1", false)]);
  assert.equal(down.state, "down");
  assert.equal(down.text, "Récepteur arrêté : surgard-1 (1/2 en service)");
});

test("a receiver under a flood says what it turned away", () => {
  const flooded = { ...receiver("dc09", true, 16), dropped: 120, refusedNotStored: 48000 };
  assert.match(receiversSummary([flooded]).title,
    /dc09 : en service, 16 connexions — trafic abusif : 120 datagrammes ignorés, 48\s000 trames refusées non conservées, 0 connexion coupée/);
  assert.doesNotMatch(receiversSummary([receiver("dc09", true)]).title, /abusif/);
});
