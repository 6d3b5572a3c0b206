import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule, useLanguage } from "./catalogue.mjs";

const { describeAuthor, describeEntry, kindLabel } = await consoleModule("logbook-text.js");
const { setStationTimeZone } = await consoleModule("format.js");

const titles = { en: "Burglary Alarm — zone 3 stockroom", fr: "Alarme intrusion — zone 3 réserve" };
const contact = "4C1D2E3F-0000-4000-8000-000000000001";
const callContacts = { kind: "callContacts", required: true, onNoAnswer: "retry" };

/** An entry as the API serves it: details as canonical JSON, the summary in the server's English. */
function entry(kind, summary, details, authorName = "karim") {
  return { kind, summary, authorName, at: "2026-12-02T01:04:07.000Z", details: details === undefined ? "{}" : JSON.stringify(details) };
}

const alarmChange = (command, facts = {}) => ({ alarmTitles: titles, command, state: "taken", holder: "Karim", ...facts });
const event = (outcome, facts = {}) => ({
  signal: 41, account: "1234", code: "BA", description: { en: "Burglary Alarm", fr: "Alarme intrusion" }, zone: 3, outcome, alarmTitles: titles, ...facts,
});

// One entry per kind the server writes, its details shaped as the Swift code writes them, and what a French
// operator reads.
const french = [
  [entry("alarm.opened", "1234 BA Burglary Alarm zone 3: new alarm, priority 60", event("opened", { priority: 60 }), "system"),
    "Alarme intrusion, zone 3 (transmetteur 1234) : nouvelle alarme, priorité 60"],
  [entry("alarm.event", "1234 BA Burglary Alarm zone 4: joined the open alarm, priority 70", event("joined", { zone: 4, priority: 70 }), "system"),
    "Alarme intrusion, zone 4 (transmetteur 1234) : rejoint l'alarme en cours, priorité 70"],
  [entry("alarm.restore", "1234 BR Burglary Restore zone 3: restore",
    event("restore", { code: "BR", description: { en: "Burglary Restore", fr: "Fin d'alarme intrusion" } }), "system"),
    "Fin d'alarme intrusion, zone 3 (transmetteur 1234) : retour au calme"],
  [entry("signal.logged", "1234 OP Opening user 2: logged (normalOpening)",
    { signal: 42, account: "1234", code: "OP", description: { en: "Opening", fr: "Mise à l'arrêt" }, user: 2, outcome: "logged", reason: "normalOpening" }, "system"),
    "Mise à l'arrêt, utilisateur 2 (transmetteur 1234) : consigné sans alarme (mise à l'arrêt dans les horaires)"],
  [entry("signal.logged", "1234 NULL: logged (linkCheck)", { signal: 43, account: "1234", token: "NULL", linkCheck: true }, "system"),
    "Transmetteur 1234 : test cyclique reçu"],
  [entry("signal.refused", "frame from 10.0.0.9:4012 refused: badCRC (answered nothing)",
    { signal: 44, peer: "10.0.0.9:4012", error: "badCRC" }, "system"),
    "Trame de 10.0.0.9:4012 refusée : somme de contrôle (CRC) fausse"],
  [entry("alarm.aggravated", "Fire Alarm: aggravated from Burglary Alarm (priority 60 → 90)", {
    alarmTitles: { en: "Fire Alarm", fr: "Alarme incendie" }, fromTitle: "Burglary Alarm", fromTitles: { en: "Burglary Alarm", fr: "Alarme intrusion" },
    fromCategory: "burglary", fromPriority: 60, toTitle: "Fire Alarm", toCategory: "fire", toPriority: 90, code: "FA", zone: 7, confirmed: false,
  }, "system"), "Alarme incendie : alarme aggravée, auparavant « Alarme intrusion » (priorité 60 → 90)"],
  [entry("alarm.taken", "Burglary Alarm — zone 3 stockroom: taken", alarmChange("taken")), "Alarme intrusion — zone 3 réserve : prise en compte"],
  [entry("alarm.released", "Burglary Alarm — zone 3 stockroom: released to the queue", alarmChange("released", { state: "new" })),
    "Alarme intrusion — zone 3 réserve : remise en file"],
  [entry("alarm.transferred", "Burglary Alarm — zone 3 stockroom: transferred to Julie", alarmChange("transferred", { transferredTo: "Julie" })),
    "Alarme intrusion — zone 3 réserve : transférée à Julie"],
  [entry("alarm.activity", "Burglary Alarm — zone 3 stockroom: action recorded", alarmChange("activity")),
    "Alarme intrusion — zone 3 réserve : action consignée"],
  [entry("alarm.dispatched", "Burglary Alarm — zone 3 stockroom: dispatch requested", alarmChange("dispatched")),
    "Alarme intrusion — zone 3 réserve : intervention demandée"],
  [entry("alarm.awaitingRestore", "Burglary Alarm — zone 3 stockroom: awaiting restore", alarmChange("awaitingRestore")),
    "Alarme intrusion — zone 3 réserve : attente du retour au calme"],
  [entry("alarm.parked", "Burglary Alarm — zone 3 stockroom: awaiting restore, someone on site — Guard Dupont, reminder in 30 min: door forced",
    alarmChange("parked", { note: "Guard Dupont, reminder in 30 min: door forced" })),
    "Alarme intrusion — zone 3 réserve : attente du retour au calme avec mesure conservatoire — sur place : Guard Dupont, rappel dans 30 min, door forced"],
  [entry("alarm.returned", "Burglary Alarm — zone 3 stockroom: back from awaiting restore — the guard left the site",
    alarmChange("returned", { note: "the guard left the site", cause: "guardLeft" }), "station"),
    "Alarme intrusion — zone 3 réserve : fin de l'attente, retour en file — l'agent d'intervention a quitté le site"],
  [entry("alarm.closed", "Burglary Alarm — zone 3 stockroom: closed with FA-USR (user error)",
    alarmChange("closed", { state: "closed", closureCode: "FA-USR", closureComment: "user error" })),
    "Alarme intrusion — zone 3 réserve : clôturée avec le code FA-USR (user error)"],
  [entry("alarm.closed", "Receiver down: closed with PROBLEM-ENDED — the problem ended before anyone took the alarm", {
    alarmTitles: { en: "Receiver down", fr: "Récepteur arrêté" }, command: "closed", state: "closed", closureCode: "FIN-DEFAUT",
    note: "the problem ended before anyone took the alarm", cause: "problemEnded",
  }, "station"), "Récepteur arrêté : clôturée avec le code FIN-DEFAUT — le problème a cessé avant toute prise en compte"],
  [entry("alarm.escalated", "Burglary Alarm — zone 3 stockroom: escalated to supervisors — not taken in time",
    alarmChange("escalated", { note: "not taken in time" }), "station"),
    "Alarme intrusion — zone 3 réserve : non prise en compte à temps, escaladée aux chefs de poste"],
  [entry("alarm.deadManReleased", "Burglary Alarm — zone 3 stockroom: returned to the queue: no activity from its operator — Karim inactive 300 s",
    alarmChange("deadManReleased", { note: "Karim inactive 300 s" }), "station"),
    "Alarme intrusion — zone 3 réserve : remise en file, aucune activité de son opérateur (homme mort)"],
  [entry("alarm.deadManWarning", "Burglary Alarm — zone 3 stockroom: Karim has done nothing for 247 s (dead-man check)",
    { alarmTitles: titles, holder: "Karim", idleSeconds: 247 }, "system"),
    "Alarme intrusion — zone 3 réserve : Karim sans action depuis 4 min 07 (homme mort)"],
  [entry("alarm.step", "Burglary Alarm — zone 3 stockroom: step 2 callContacts, skipped: nobody to call", {
    alarmTitles: titles, step: callContacts, procedureTitle: "Intrusion", skippedReason: "nobody to call", by: "Karim", at: "2026-12-02T01:04:07.000Z",
  }), "Alarme intrusion — zone 3 réserve : étape 2, Appel des contacts — passée : nobody to call"],
  [entry("alarm.step", "Burglary Alarm — zone 3 stockroom: step 2 callContacts, attempt 1: noAnswer, called Menuiserie Perrin, 04 78 00 00 02", {
    alarmTitles: titles, step: callContacts, procedureTitle: "Intrusion",
    attempts: [{ call: "noAnswer", contactID: contact, called: "Menuiserie Perrin, 04 78 00 00 02" }],
  }), "Alarme intrusion — zone 3 réserve : étape 2, Appel des contacts — tentative 1 : pas de réponse, Menuiserie Perrin, 04 78 00 00 02"],
  [entry("alarm.step", "Burglary Alarm — zone 3 stockroom: step 1 callback, call answered, called Julie Martel, code word duress", {
    alarmTitles: titles, step: { kind: "callback", required: true }, procedureTitle: "Intrusion",
    outcome: { call: "answered", contactID: contact, called: "Julie Martel", codeWord: "duress" },
  }), "Alarme intrusion — zone 3 réserve : étape 1, Contre-appel du site — appel : répond, Julie Martel, mot de passe : code 2"],
  [entry("alarm.step", "Burglary Alarm — zone 3 stockroom: step 3 callPublicService, reference PN-77", {
    alarmTitles: titles, step: { kind: "callPublicService", required: true, publicService: "police" }, procedureTitle: "Intrusion",
    outcome: { reference: "PN-77", verification: "positive" },
  }), "Alarme intrusion — zone 3 réserve : étape 3, Appel des services publics (Police 17) — levée de doute : positive, réf. PN-77"],
  [entry("alarm.dispatch", "Burglary Alarm — zone 3 stockroom: guard onSite (G-12) — late by 5 min (contract 20 min) — door forced",
    { alarmTitles: titles, service: "guard", milestone: "onSite", reference: "G-12", note: "door forced", lateByMinutes: 5 }),
    "Alarme intrusion — zone 3 réserve : Agent d'intervention, sur place — réf. G-12, arrivé avec 5 min de retard sur le contrat, door forced"],
  [entry("callback.codeWordChecked", "code word of Julie Martel checked: duress"), "Mot de passe de Julie Martel vérifié : code 2"],
  [entry("config.created", "site Pharmacie du Centre created", {
    kind: "sites", id: "0D8B0000-0000-4000-8000-000000000002", after: { name: "Pharmacie du Centre" }, secretsChanged: [],
  }, "admin"), "Sites : création « Pharmacie du Centre »"],
  [entry("config.updated", "transmitter account 1234 updated", {
    kind: "transmitters", id: "0D8B0000-0000-4000-8000-000000000003", before: { account: "1234" }, after: { account: "1234" }, secretsChanged: ["aesKey"],
  }, "admin"), "Transmetteurs : modification « transmetteur 1234 » — 1 secret changé (jamais écrit ici)"],
  [entry("config.deleted", "zone 3 stockroom deleted", {
    kind: "zones", id: "0D8B0000-0000-4000-8000-000000000004", before: { number: 3, description: "réserve" }, secretsChanged: [],
  }, "admin"), "Zones : suppression « zone 3 réserve »"],
  [entry("user.created", "user julie created (operator)", { after: { username: "julie", displayName: "Julie", role: "operator", active: true } }, "admin"),
    "Utilisateur Julie créé (opérateur)"],
  [entry("user.updated", "user julie updated", {
    before: { username: "julie", displayName: "Julie", role: "operator", active: true },
    after: { username: "julie", displayName: "Julie", role: "supervisor", active: false },
  }, "admin"), "Utilisateur Julie modifié (rôle : opérateur → chef de poste, compte désactivé)"],
  [entry("user.passwordChanged", "password of julie changed", undefined, "admin"), "Mot de passe de julie changé"],
  [entry("session.login", "karim signed in"), "karim s'est connecté"],
  [entry("session.loginFailed", "failed sign-in of karim, locked until 2026-12-02T01:19:07.000Z"),
    "Échec de connexion de karim — compte verrouillé jusqu'à 02:19:07 UTC+1"],
  [entry("session.logout", "karim signed out"), "karim s'est déconnecté"],
  [entry("session.expired", "session of karim expired"), "Session de karim expirée"],
  [entry("manual.note", "Ronde faite, RAS"), "Ronde faite, RAS"],
  [entry("manual.call", "M. Perrin : arrivée tardive ce soir"), "M. Perrin : arrivée tardive ce soir"],
  [entry("manual.incident", "Coupure électrique du bâtiment"), "Coupure électrique du bâtiment"],
  [entry("shift.takenOver", "Karim takes over: 2 open alarm(s), 1 temporary instruction(s) — headset replaced", {
    stationTime: "2026-12-02T01:04:07.000Z", receivers: [], openAlarms: 2, awaitingRestore: 0, activeInstructions: [{ text: "Gardien absent" }],
    onShift: [], items: [], note: "headset replaced",
  }), "karim prend le poste : 2 alarmes en cours, 1 consigne provisoire — headset replaced"],
  [entry("shift.handedOver", "Karim hands over: 3 alarm(s) opened, 1 closed — RAS, relève assurée", {
    operatorName: "karim", from: "2026-12-01T21:00:00.000Z", until: "2026-12-02T05:00:00.000Z", alarmsOpened: 3, alarmsClosed: 1, stepsRecorded: 4,
    handled: [{ alarmID: contact, titles, category: "burglary", receivedAt: "2026-12-01T22:00:00.000Z", closedAt: "2026-12-01T22:20:00.000Z", closureCode: "FA-USR" }],
    stillOpen: [], dispatches: [], instructions: [], stationFaults: [], written: [], handOverNotes: "RAS, relève assurée",
  }), "karim termine son service : 1 alarme clôturée, 0 alarme encore ouverte — RAS, relève assurée"],
  [entry("station.started", "station started", undefined, "system"), "Station démarrée"],
  [entry("station.stopped", "station stopped", undefined, "system"), "Station arrêtée"],
  [entry("station.demoTraffic", "demo traffic paused by karim", { paused: true }), "Trafic de démonstration mis en pause"],
];

test("every kind the server writes reads as a French sentence from its details", () => {
  useLanguage("fr");
  setStationTimeZone("Europe/Paris");
  for (const [given, expected] of french) assert.equal(describeEntry(given), expected, given.kind);
});

test("no sentence shows an identifier: no UUID, no camelCase enumeration, no raw kind", () => {
  useLanguage("fr");
  for (const [given] of french) {
    const text = describeEntry(given);
    assert.doesNotMatch(text, /[0-9A-F]{8}-[0-9A-F]{4}/i, given.kind);
    assert.doesNotMatch(text, /\b(callContacts|callPublicService|noAnswer|onSite|duress|guardLeft|problemEnded|normalOpening|badCRC)\b/, given.kind);
  }
});

test("an English console reads the same facts in English", () => {
  useLanguage("en");
  const [closed] = french.find(([given]) => given.kind === "alarm.closed");
  assert.equal(describeEntry(closed), "Burglary Alarm — zone 3 stockroom: closed with code FA-USR (user error)");
  const [dispatch] = french.find(([given]) => given.kind === "alarm.dispatch");
  assert.match(describeEntry(dispatch), /^Burglary Alarm — zone 3 stockroom: Guard, on site/);
  useLanguage("fr");
});

test("details missing or of an unknown shape, and kinds added later, read as the stored summary", () => {
  useLanguage("fr");
  assert.equal(describeEntry(entry("alarm.taken", "Old Alarm: taken")), "Old Alarm: taken");
  assert.equal(describeEntry(entry("alarm.dispatch", "Old Alarm: guard teleported", { service: "guard", milestone: "teleported" })), "Old Alarm: guard teleported");
  assert.equal(describeEntry({ ...entry("alarm.step", "Old Alarm: step 1 callback"), details: "not json" }), "Old Alarm: step 1 callback");
  assert.equal(describeEntry(entry("video.clipSaved", "clip saved", { clip: 3 })), "clip saved");
  assert.equal(describeEntry(entry("user.passwordChanged", "password reset by an import")), "password reset by an import");
  // A hand-over written when the report only counted entries per kind.
  const counted = { operatorName: "karim", from: "2026-12-01T21:00:00.000Z", alarmsClosed: 2, entriesByKind: { "alarm.closed": 2 }, notes: [] };
  assert.equal(describeEntry(entry("shift.handedOver", "karim hands over: 2 alarm(s) opened, 2 closed — RAS", counted)), "karim hands over: 2 alarm(s) opened, 2 closed — RAS");
});

test("an alarm's title without titles in its details is the summary's first part", () => {
  useLanguage("fr");
  assert.equal(describeEntry(entry("alarm.taken", "Burglary Alarm — zone 3: taken", { command: "taken", state: "taken" })), "Burglary Alarm — zone 3 : prise en compte");
});

test("the station's own entries are signed Station, a person's by their name; kinds by a label, never their identifier", () => {
  useLanguage("fr");
  assert.equal(describeAuthor(entry("station.started", "", undefined, "system")), "Station");
  assert.equal(describeAuthor(entry("alarm.returned", "", undefined, "station")), "Station");
  assert.equal(describeAuthor(entry("alarm.taken", "", undefined, "karim")), "karim");
  assert.equal(kindLabel("alarm.taken"), "Prise en compte");
  assert.equal(kindLabel("video.clipSaved"), "Autre");
  useLanguage("en");
  assert.equal(describeAuthor(entry("station.started", "", undefined, "system")), "Station");
  useLanguage("fr");
});
