export { harvestMaterial, type Material } from './material.ts';
export { createRandom, mixSeed, type Random } from './random.ts';
export { mastheadOn, slotOf, type Slot } from './schedule.ts';
export {
  cutParagraph,
  synthesizeArchive,
  synthesizeIssue,
  type SynthesisOptions,
  type SyntheticIssue,
} from './synthesize.ts';
