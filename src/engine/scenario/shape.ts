// Step two of loading: plain data → a typed Scenario, or every shape problem at once
// (unknown fields, wrong types, missing translations), each translated into our own codes.
import * as v from 'valibot';
import type { ScenarioIssue } from './issues.ts';
import type { ScenarioIssueCode } from './messages.ts';
import type { Locator } from './locate.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';

type ValibotIssue = v.BaseIssue<unknown>;

const unquote = (s: string) => s.replace(/^"(.*)"$/, '$1');

function toCodeAndParams(issue: ValibotIssue, path: (string | number)[]): { code: ScenarioIssueCode; params: Record<string, string | number> } {
  const expected = issue.expected ?? '';
  const received = issue.received;
  const last = path[path.length - 1];
  switch (issue.type) {
    case 'strict_object':
      if (expected === 'never') return { code: 'unknown-field', params: { field: String(last) } };
      if (last === 'zh-CN' || last === 'en') return { code: 'missing-translation', params: { locale: String(last) } };
      return { code: 'missing-field', params: { field: unquote(expected) } };
    case 'min_length':
      return typeof issue.input === 'string' ? { code: 'empty-text', params: {} } : { code: 'too-few', params: { min: Number(issue.requirement) } };
    case 'max_length':
      return { code: 'too-long', params: { max: Number(issue.requirement) } };
    case 'regex':
      return { code: 'bad-name', params: { value: String(issue.input) } };
    case 'integer':
      return { code: 'not-integer', params: {} };
    case 'min_value':
      return { code: 'too-small', params: { min: Number(issue.requirement) } };
    case 'gt_value':
      return { code: 'not-positive', params: {} };
    case 'max_value':
      return { code: 'too-large', params: { max: Number(issue.requirement) } };
    case 'picklist':
    case 'variant':
    case 'literal':
      return { code: 'not-one-of', params: { expected, received } };
    case 'number':
    case 'string':
    case 'boolean':
    case 'array':
    case 'object':
    case 'union':
    case 'record':
      if (received === 'undefined' && typeof last === 'string') return { code: 'missing-field', params: { field: last } };
      return { code: 'wrong-type', params: { expected, received } };
    default:
      return { code: 'invalid', params: { detail: issue.message } };
  }
}

export type ShapeResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

export function checkShape(data: unknown, locator: Locator): ShapeResult {
  const result = v.safeParse(ScenarioSchema, data, { abortEarly: false });
  if (result.success) return { ok: true, scenario: result.output };
  const issues: ScenarioIssue[] = [];
  const seen = new Set<string>();
  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    const { code, params } = toCodeAndParams(issue, path);
    // A union failing reports once per branch; one line per place and code is enough.
    const key = `${code}|${path.join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ code, params, path, ...(code === 'unknown-field' ? locator.atKey(path) : locator.at(path)) });
  }
  return { ok: false, issues };
}
