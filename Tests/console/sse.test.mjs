import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule } from "./catalogue.mjs";

const { parseBlock, splitBlocks } = await consoleModule("sse.js");

test("whole blocks are split off and the incomplete rest is kept for the next chunk", () => {
  const { blocks, rest } = splitBlocks('id: 7\nevent: alarm.opened\ndata: {"a":1}\n\nid: 8\ndata: {"b"');
  assert.deepEqual(blocks, ['id: 7\nevent: alarm.opened\ndata: {"a":1}']);
  assert.equal(rest, 'id: 8\ndata: {"b"');
  assert.deepEqual(splitBlocks(rest + ":2}\n\n"), { blocks: ['id: 8\ndata: {"b":2}'], rest: "" });
});

test("a block gives its sequence, its name and its data, lines joined", () => {
  assert.deepEqual(parseBlock('id: 42\nevent: stream.reset\ndata: {"x":\ndata: 1}'), { id: 42, name: "stream.reset", data: '{"x":1}' });
  assert.deepEqual(parseBlock('id: 3\ndata: {}'), { id: 3, name: null, data: "{}" });
});

test("a keep-alive or a block without id or data is nothing to dispatch", () => {
  for (const block of [": keep-alive", "data: {}", "id: 5", ""]) assert.equal(parseBlock(block), null, block);
});
