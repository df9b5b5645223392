// `npm run schema`: writes public/scenario.schema.json from the valibot definition.
// A unit test fails when the shipped file and the definition disagree.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../src/engine/scenario/jsonSchema.ts';

writeFileSync(new URL('../public/scenario.schema.json', import.meta.url), scenarioJsonSchemaText());
console.log('wrote public/scenario.schema.json');
