import { parseDocument } from "yaml";
const d = parseDocument("measures:\n  - id: [unclosed\n", { prettyErrors: true });
for (const e of d.errors) console.log(JSON.stringify(e.message), e.linePos);
