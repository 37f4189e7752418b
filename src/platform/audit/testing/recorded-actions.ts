import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/**
 * Finds, by reading the source, every action code the application can write to the audit log, so a
 * test can demand a name for each. An audit entry is an object literal with `action` and
 * `objectType`; its action is a string, a choice between strings, or a parameter or constant that
 * leads to strings. Anything else is reported as unresolved, so the test fails rather than missing
 * an action silently.
 */
export interface RecordedActions {
  actions: Map<string, string>;
  unresolved: string[];
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "testing" && entry.name !== "node_modules") files.push(...sourceFiles(path));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      files.push(path);
    }
  }
  return files;
}

function propertyNamed(node: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return node.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === name);
}

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

export function recordedAuditActions(root: string): RecordedActions {
  const files = sourceFiles(root).map((path) => {
    const text = readFileSync(path, "utf8");
    const kind = path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  });
  const calls: ts.CallExpression[] = [];
  const entries: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) calls.push(node);
    if (ts.isObjectLiteralExpression(node) && propertyNamed(node, "objectType")) {
      const action = propertyNamed(node, "action");
      // `action: entry.action` passes on an entry made elsewhere (found there); `action: text(…)` and
      // `action: auditLog.action` are column declarations and selections, not entries.
      const passedOn = (e: ts.Expression) => ts.isPropertyAccessExpression(e) || ts.isCallExpression(e);
      if (action && ts.isPropertyAssignment(action) && !passedOn(action.initializer)) entries.push(action.initializer);
      if (action && ts.isShorthandPropertyAssignment(action)) entries.push(action.name);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(file);

  const actions = new Map<string, string>();
  const unresolved: string[] = [];
  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    return `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };

  const resolve = (expr: ts.Expression, depth: number): void => {
    if (depth > 5) {
      unresolved.push(where(expr));
      return;
    }
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
      if (!actions.has(expr.text)) actions.set(expr.text, where(expr));
      return;
    }
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) {
      resolve(expr.expression, depth);
      return;
    }
    if (ts.isConditionalExpression(expr)) {
      resolve(expr.whenTrue, depth);
      resolve(expr.whenFalse, depth);
      return;
    }
    if (ts.isIdentifier(expr) && resolveIdentifier(expr, depth)) return;
    unresolved.push(where(expr));
  };

  // A name is followed to its constant's value, or to the arguments of every call of its function.
  const resolveIdentifier = (id: ts.Identifier, depth: number): boolean => {
    for (let scope: ts.Node | undefined = id.parent; scope; scope = scope.parent) {
      if (ts.isFunctionLike(scope)) {
        const index = scope.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
        if (index >= 0) {
          const name = functionName(scope);
          const uses = calls.filter((call) => calleeName(call) === name && call.arguments.length > index);
          if (!name || uses.length === 0) return false;
          for (const call of uses) resolve(call.arguments[index] as ts.Expression, depth + 1);
          return true;
        }
      }
      if (ts.isBlock(scope) || ts.isSourceFile(scope)) {
        for (const statement of scope.statements) {
          if (!ts.isVariableStatement(statement)) continue;
          for (const declaration of statement.declarationList.declarations) {
            if (ts.isIdentifier(declaration.name) && declaration.name.text === id.text && declaration.initializer) {
              resolve(declaration.initializer, depth + 1);
              return true;
            }
          }
        }
      }
    }
    return false;
  };

  for (const entry of entries) resolve(entry, 0);
  return { actions, unresolved };
}
