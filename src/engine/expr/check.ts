// Load-time questions about a parsed formula: which names and steps it reads, and which of
// them the scenario does not declare (each occurrence located, so the editor can mark it).
import type { Formula, FormulaError, Node } from './types.ts';
import { ROUND_NAME } from './functions.ts';

function visit(node: Node, onNode: (node: Node) => void): void {
  onNode(node);
  switch (node.kind) {
    case 'unary':
      visit(node.arg, onNode);
      return;
    case 'binary':
      visit(node.left, onNode);
      visit(node.right, onNode);
      return;
    case 'call':
      for (const arg of node.args) visit(arg, onNode);
      return;
  }
}

/** Every node, sorted by where it stands in the source (an operator stands after its left operand). */
function nodesOf(f: Formula): Node[] {
  const nodes: Node[] = [];
  visit(f.ast, (n) => nodes.push(n));
  return nodes.sort((a, b) => position(a) - position(b));
}

function position(node: Node): number {
  return node.kind === 'accuracy' ? node.stepAt : node.at;
}

/** Every value name the formula reads (dotted names included), once each, in order of appearance. */
export function formulaNames(f: Formula): string[] {
  const names = nodesOf(f).flatMap((n) => (n.kind === 'name' ? [n.name] : []));
  return [...new Set(names)];
}

/** Step ids passed to accuracy(), once each, in order of appearance. */
export function formulaSteps(f: Formula): string[] {
  const steps = nodesOf(f).flatMap((n) => (n.kind === 'accuracy' ? [n.step] : []));
  return [...new Set(steps)];
}

/** One located error per occurrence of an unknown name or step, in source order. */
export function checkFormula(
  f: Formula,
  isKnownName: (name: string) => boolean,
  isKnownStep?: (id: string) => boolean,
): FormulaError[] {
  const errors: FormulaError[] = [];
  for (const n of nodesOf(f)) {
    if (n.kind === 'name' && !isKnownName(n.name) && n.name === ROUND_NAME) {
      errors.push({ code: 'function-without-call', index: n.at, length: n.length, params: { fn: n.name } });
    } else if (n.kind === 'name' && !isKnownName(n.name)) {
      errors.push({ code: 'unknown-name', index: n.at, length: n.length, params: { name: n.name } });
    }
    if (n.kind === 'accuracy' && isKnownStep && !isKnownStep(n.step)) {
      errors.push({ code: 'unknown-step', index: n.stepAt, length: n.step.length, params: { step: n.step } });
    }
  }
  return errors;
}
