// The guard against words written outside the wording layer. It reads the TypeScript syntax tree,
// not lines, so the rule is exact:
//
// 1. Message positions: the arguments of `new SomethingError(…)` (not the bare Error/TypeError/
//    RangeError of a bug), the value of a `message:` or `describe:` property, and the arguments of
//    `process.stdout.write`, `process.stderr.write` and `console.*`.
// 2. The text of a message is what reaches the reader unchanged: string and template literals,
//    joined by `+`, chosen by `?:`, `??` or `||`, in parentheses or under `as`. Arguments of a call
//    inside a message (`W.fileMissing('x')`, `n.toLocaleString('id-ID')`, `join(dir, 'sop')`) are
//    keys, codes and paths, not text; so are property names (`Y['Show help']`).
// 3. Indonesian: a word (3+ letters) that the Indonesian side of the wording tables uses and the
//    English side does not. The vocabulary comes from src/wording/ itself, so it grows with the
//    tables and needs no list here; keyword lists, file-name stems and the YAML `init` writes are
//    never in a message position, so they need no exception either.
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Finding {
  file: string;
  line: number;
  text: string;
}

const WORD = /\p{L}{3,}/gu;
const BUG_ERRORS = new Set(['Error', 'TypeError', 'RangeError']);

export function sourceFiles(root: string, skip: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (p !== skip) walk(p);
      } else if (p.endsWith('.ts')) out.push(p);
    }
  };
  walk(root);
  return out;
}

const parse = (name: string, text: string) => ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);

function literalTexts(node: ts.Node, into: string[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) into.push(node.text);
  else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) into.push(node.text);
  ts.forEachChild(node, (c) => literalTexts(c, into));
}

/** Words of the Indonesian tables that the English tables never use. */
export function indonesianVocabulary(wordingFiles: string[]): Set<string> {
  const id = new Set<string>();
  const en = new Set<string>();
  for (const file of wordingFiles) {
    const sf = parse(file, readFileSync(file, 'utf8'));
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && (node.name.text === 'id' || node.name.text === 'en') && ts.isObjectLiteralExpression(node.initializer)) {
        const texts: string[] = [];
        literalTexts(node.initializer, texts);
        const set = node.name.text === 'id' ? id : en;
        for (const t of texts) for (const w of t.toLowerCase().match(WORD) ?? []) set.add(w);
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  for (const w of en) id.delete(w);
  return id;
}

/** The literal pieces of a message's text (rule 2). */
function messageTexts(node: ts.Expression, out: ts.Node[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node);
  else if (ts.isTemplateExpression(node)) {
    out.push(node.head);
    for (const s of node.templateSpans) {
      messageTexts(s.expression, out);
      out.push(s.literal);
    }
  } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) messageTexts(node.expression, out);
  else if (ts.isConditionalExpression(node)) {
    messageTexts(node.whenTrue, out);
    messageTexts(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
      messageTexts(node.left, out);
      messageTexts(node.right, out);
    }
  }
}

const isOutput = (callee: ts.Expression): boolean => {
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const target = callee.expression;
  if (ts.isIdentifier(target) && target.text === 'console') return true;
  return callee.name.text === 'write' && ts.isPropertyAccessExpression(target) && (target.name.text === 'stdout' || target.name.text === 'stderr');
};

/** The message expressions of a file (rule 1). */
function messagePositions(sf: ts.SourceFile): ts.Expression[] {
  const out: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text.endsWith('Error') && !BUG_ERRORS.has(node.expression.text)) {
      out.push(...(node.arguments ?? []));
    } else if (ts.isCallExpression(node) && isOutput(node.expression)) {
      out.push(...node.arguments);
    } else if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && (node.name.text === 'message' || node.name.text === 'describe')) {
      out.push(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Indonesian words written into messages outside the wording layer. */
export function findIndonesianLiterals(file: string, text: string, vocabulary: Set<string>, root = ''): Finding[] {
  const sf = parse(file, text);
  const findings: Finding[] = [];
  for (const position of messagePositions(sf)) {
    const pieces: ts.Node[] = [];
    messageTexts(position, pieces);
    // One finding per message, at its first Indonesian piece.
    const texts = pieces.map((p) => (p as ts.LiteralLikeNode).text);
    const first = texts.findIndex((t) => (t.toLowerCase().match(WORD) ?? []).some((w) => vocabulary.has(w)));
    if (first < 0) continue;
    const line = sf.getLineAndCharacterOfPosition(pieces[first]!.getStart(sf)).line + 1;
    findings.push({ file: root ? relative(root, file) : file, line, text: texts.join('…') });
  }
  return findings;
}
