// Feed many candidate files (base64 strings on stdin, as a JSON list) to the page's own parser.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const module = path.resolve(process.argv[2]);
const { parseAnswersFile } = await import(pathToFileURL(module).href);
const inputs = JSON.parse(readFileSync(0, "utf8"));
const decoder = new TextDecoder("utf-8"); // as File.text() decodes: invalid bytes become U+FFFD
const replies = inputs.map((b64) => {
  try {
    return parseAnswersFile(decoder.decode(Buffer.from(b64, "base64")));
  } catch (error) {
    return { crashed: String(error) };
  }
});
process.stdout.write(JSON.stringify(replies));
