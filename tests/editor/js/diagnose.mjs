// Drive yaml-language-server over stdio LSP like an editor does: initialize with the YAML
// extension's settings, open each document given, and print the diagnostics the server
// publishes for it. Usage: node diagnose.mjs FILE... ; prints JSON {uri: [diagnostic, ...]}.
// With --ask FILE:LINE:CHARACTER:METHOD (0-based, METHOD hover or completion), also what the
// server answers there, under "asked" in the same order.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const server = require.resolve("yaml-language-server/bin/yaml-language-server");
const args = process.argv.slice(2);
const asks = [];
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--ask") {
    const [file, line, character, method] = args[++i].split(":");
    asks.push({ uri: pathToFileURL(resolve(file)).href, line: Number(line), character: Number(character), method });
  } else files.push(resolve(args[i]));
}
const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });

let nextId = 1;
const pending = new Map();
const results = new Map();
const waiting = new Set(files.map((f) => pathToFileURL(f).href));

function send(message) {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((ok) => pending.set(id, ok));
}
const settings = {
  yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, format: { enable: false } },
};

let buffer = Buffer.alloc(0);
child.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const head = buffer.indexOf("\r\n\r\n");
    if (head < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())[1]);
    if (buffer.length < head + 4 + length) return;
    const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString("utf8"));
    buffer = buffer.subarray(head + 4 + length);
    handle(message);
  }
});

function handle(message) {
  if (message.id !== undefined && pending.has(message.id) && message.method === undefined) {
    pending.get(message.id)(message.result);
    pending.delete(message.id);
  } else if (message.method === "workspace/configuration") {
    send({ id: message.id, result: message.params.items.map((i) => (i.section ? settings[i.section] ?? null : settings)) });
  } else if (message.id !== undefined && message.method) {
    send({ id: message.id, result: null }); // client/registerCapability and the like
  } else if (message.method === "textDocument/publishDiagnostics") {
    const { uri, diagnostics } = message.params;
    // the server first publishes before the schema is loaded; keep the last list
    results.set(uri, diagnostics);
    if (waiting.has(uri)) settle(uri);
  }
}

const timers = new Map();
function settle(uri) {
  clearTimeout(timers.get(uri));
  timers.set(uri, setTimeout(() => { waiting.delete(uri); if (waiting.size === 0) finish(); }, 1500));
}
let finishing = false;
async function finish() {
  if (finishing) return;
  finishing = true;
  const asked = [];
  for (const ask of asks) {
    const params = { textDocument: { uri: ask.uri }, position: { line: ask.line, character: ask.character } };
    asked.push(await request(`textDocument/${ask.method}`, params));
  }
  process.stdout.write(JSON.stringify({ ...Object.fromEntries(results), asked }, null, 1) + "\n");
  child.kill();
  process.exit(0);
}
setTimeout(() => { process.stderr.write("timeout waiting for diagnostics\n"); finish(); }, 60000);

const root = pathToFileURL(process.cwd()).href;
await request("initialize", {
  processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: "plan" }],
  capabilities: {
    workspace: { configuration: true },
    textDocument: {
      publishDiagnostics: {},
      hover: { contentFormat: ["markdown", "plaintext"] },
      completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] } },
    },
  },
  initializationOptions: {},
});
send({ method: "initialized", params: {} });
send({ method: "workspace/didChangeConfiguration", params: { settings } });
for (const file of files) {
  send({ method: "textDocument/didOpen", params: { textDocument: { uri: pathToFileURL(file).href, languageId: "yaml", version: 1, text: readFileSync(file, "utf8") } } });
}
