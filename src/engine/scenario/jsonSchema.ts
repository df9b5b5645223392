// The JSON Schema of the scenario format, generated from the same valibot definition
// the validator uses, for teachers' editors (VS Code YAML autocompletes and checks).
import { toJsonSchema } from '@valibot/to-json-schema';
import { ScenarioSchema } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(ScenarioSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://loyalty-lab.invalid/scenario.schema.json',
    title: 'Loyalty Lab scenario (format version 1)',
    description: 'A Loyalty Lab case. See docs/authoring.md. Checks that need the whole file (formulas, step graph) are done by `npm run lab -- validate`.',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
