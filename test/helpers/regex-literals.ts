import ts from 'typescript';

/** A regular expression written in a source file, with where it stands. */
export interface FoundRegex {
  file: string;
  line: number;
  regex: RegExp;
}

/**
 * Every regular expression a TypeScript source writes: regex literals, and `new RegExp`
 * / `RegExp` calls whose pattern is a string literal. Read with the TypeScript parser,
 * so no pattern is missed or misread.
 */
export function regexLiterals(source: string, file = 'source.ts'): FoundRegex[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const out: FoundRegex[] = [];
  const line = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf('/');
      out.push({ file, line: line(node), regex: new RegExp(text.slice(1, end), text.slice(end + 1)) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern)) {
        const f = flags && ts.isStringLiteralLike(flags) ? flags.text : '';
        out.push({ file, line: line(node), regex: new RegExp(pattern.text, f) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
