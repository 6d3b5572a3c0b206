// Server-sent events as the station writes them on /api/v1/stream: blocks separated by a blank line, each with
// `id:`, `event:` and `data:` lines. Pure, so that it is tested without a browser (Tests/console).

/** Splits what has arrived into whole blocks and the incomplete rest, kept for the next chunk. */
export function splitBlocks(buffer) {
  const blocks = [];
  let rest = buffer;
  let boundary;
  while ((boundary = rest.indexOf("\n\n")) >= 0) {
    blocks.push(rest.slice(0, boundary));
    rest = rest.slice(boundary + 2);
  }
  return { blocks, rest };
}

/** One block's fields: `{ id, name, data }`, or `null` when it carries no id or no data (a comment, a keep-alive). */
export function parseBlock(block) {
  let id = null;
  let name = null;
  let data = "";
  for (const line of block.split("\n")) {
    if (line.startsWith("id: ")) id = line.slice(4);
    else if (line.startsWith("event: ")) name = line.slice(7);
    else if (line.startsWith("data: ")) data += line.slice(6);
  }
  if (id === null || !data) return null;
  return { id: Number(id), name, data };
}
