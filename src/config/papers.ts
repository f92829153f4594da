/**
 * The paper profiles an issue file can name in its front matter (`paper: city-paper`), and the
 * archive's own. Adding a paper is a new file in src/config/papers/ and a line here.
 */
import type { PaperProfile } from '../lib/schema.ts';
import { cityPaper } from './papers/city-paper.ts';
import { datongPingcheng } from './papers/datong-pingcheng.ts';

export const PAPER_PROFILES: Readonly<Record<string, PaperProfile>> = {
  [cityPaper.id]: cityPaper,
  [datongPingcheng.id]: datongPingcheng,
};

/** The archive's paper: issue files without a `paper:` key are read with its conventions. */
export const DEFAULT_PAPER = datongPingcheng.id;

export const PAPER_IDS = Object.keys(PAPER_PROFILES);
