// `npm run lab -- …`: runs the pre-built CLI (scripts/build-cli.mjs), bundling it first when
// src/ changed since the last run, so a teacher's command starts in plain Node, without tsx.
import { pathToFileURL } from 'node:url';
import { ensureCli } from './build-cli.mjs';

await import(pathToFileURL(await ensureCli()).href);
