// Lint the bundled AsyncAPI document with the AsyncAPI Initiative's parser (@asyncapi/parser, its
// Spectral ruleset included): make lint-stream, part of make test. Offline: no remote $refs.
// Usage: node scripts/lint_asyncapi.mjs generated/asyncapi.yaml
import { readFileSync } from 'node:fs';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/lint_asyncapi.mjs <asyncapi.yaml>');
  process.exit(2);
}
const parser = new Parser({ __unstable: { resolver: { resolvers: [] } } });
const { document, diagnostics } = await parser.parse(readFileSync(file, 'utf8'), { source: file });
const names = ['error', 'warning', 'info', 'hint'];
let failing = 0;
for (const d of diagnostics) {
  // Errors and warnings fail: the description is small enough to keep clean.
  if (d.severity <= DiagnosticSeverity.Warning) failing += 1;
  const where = d.path.length ? d.path.join('/') : '(root)';
  console.log(`${file}: ${names[d.severity]} ${d.code}: ${d.message} at ${where}`);
}
if (!document || failing) {
  console.log(`${file}: ${failing} problem(s)`);
  process.exit(1);
}
const messages = document.components().messages().length;
console.log(`${file}: valid AsyncAPI ${document.version()}, ${messages} messages`);
