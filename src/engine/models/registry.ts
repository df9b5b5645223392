// The built-in simulation models, by the id a scenario names in `model.type`.
import type { SimulationModel } from './types.ts';
import { cascadeModel } from './cascade.ts';
import { ladderModel } from './ladder.ts';
import { switchingModel } from './switching.ts';

const MODELS: Record<string, SimulationModel> = {
  [cascadeModel.id]: cascadeModel,
  [ladderModel.id]: ladderModel,
  [switchingModel.id]: switchingModel,
};

export const MODEL_IDS = Object.keys(MODELS);

export function getModel(id: string): SimulationModel | null {
  return MODELS[id] ?? null;
}
