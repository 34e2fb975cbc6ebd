// Parses PowerShell command lines with tree-sitter's PowerShell grammar (run from the build by
// io.rdpdoctor.knowledge.PowerShellGrammarTest). Reads one JSON array from stdin, each item
// {"text": "...", "tokens": true|false}, and writes one JSON array to stdout, each item
// {"errors": [{"type", "row", "column", "text", "next"}], "tokens": [[type, text, expands], ...]}:
// errors are the tree's ERROR and MISSING nodes ("next": the character where the node starts); tokens (when asked for) are the leaves in order,
// a string literal being one leaf, "expands" when it holds a variable or a subexpression.
'use strict';
const { Parser, Language } = require('web-tree-sitter');

function errors(source, node, out) {
  if (node.isError || node.isMissing) {
    out.push({ type: node.isMissing ? 'MISSING ' + node.type : 'ERROR', row: node.startPosition.row,
      column: node.startPosition.column, text: node.text.slice(0, 80),
      next: source.slice(node.startIndex, node.startIndex + 1) });
    if (node.isMissing) return;
  }
  if (!node.hasError && !node.isMissing) return;
  for (const c of node.children) errors(source, c, out);
}

function expands(node) {
  for (const c of node.namedChildren) {
    if (c.type === 'variable' || c.type === 'sub_expression' || expands(c)) return true;
  }
  return false;
}

function tokens(node, out) {
  if (node.type === 'string_literal') {
    out.push([node.firstChild ? node.firstChild.type : node.type, node.text, expands(node)]);
  } else if (node.childCount === 0) {
    if (node.type !== 'command_argument_sep' && node.text.trim() !== '') out.push([node.type, node.text, false]);
  } else {
    for (const c of node.children) tokens(c, out);
  }
}

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const items = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  await Parser.init();
  const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  const results = items.map((item) => {
    const tree = parser.parse(item.text);
    const result = { errors: [] };
    if (tree.rootNode.hasError) errors(item.text, tree.rootNode, result.errors);
    if (item.tokens) {
      result.tokens = [];
      tokens(tree.rootNode, result.tokens);
    }
    tree.delete();
    return result;
  });
  // Run with node --liftoff-only (PowerShellGrammar.java): optimizing the grammar's WebAssembly
  // costs many seconds of CPU, even after the answer is written.
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(2);
});
