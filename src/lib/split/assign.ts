/**
 * Stage 6: units → stories. Reading order decides by default: a title block or a news lead opens a
 * story and what follows belongs to it. The extractor breaks that order in known ways, which this stage
 * repairs with the page's own vocabulary (similarity.ts):
 * - paragraphs of two stories interleave, or a story resumes after another: a paragraph much closer to
 *   a story opened just before than to the current one goes back to it;
 * - a story's first paragraphs printed above its title: they move down to it;
 * - a caption between two stories goes to the one it describes, or stands alone as a photo.
 * Every move is recorded with its reason.
 */
import { endsSentence, JUMP_OUT } from './patterns.ts';
import type { Unit } from './structure.ts';
import { cosine, cosineWith, DenseVector, type SparseVector, vectorize } from './similarity.ts';

export interface Draft {
  units: Unit[];
  /** How the story was recognised. */
  opening: 'title' | 'lead' | 'continued' | 'photo';
}

export interface Move {
  line: number;
  reason: string;
}

export interface Assignment {
  drafts: Draft[];
  furniture: Unit[];
  duplicates: Unit[];
  moves: Move[];
}

/** A paragraph goes to another story only when it is this much closer to it than to its own … */
const MOVE_RATIO = 2.5;
/**
 * … and at least this close in absolute terms (cosine of TF-IDF bigram vectors). Fitted on the seeds and
 * the dev pages together (0.03–0.12 tried, 0.06 best; every page left out chose 0.06 too): below it
 * seed stories lose paragraphs to their neighbours, above it interleaved columns stay where printed.
 */
const MOVE_MIN = 0.06;
/** A caption closer than this to neither neighbour is a photograph of its own. */
const FIGURE_MIN = 0.03;
/** Where two stories' paragraphs were both cut, the continuation goes to the closer one, if this close. */
const CONTINUATION_MIN = 0.02;
/** Shorter paragraphs (list items, one-line sentences) say too little to be moved on their words alone. */
const MOVABLE_LENGTH = 24;
/** How many stories back an interleaved paragraph may belong to. */
const LOOK_BACK = 3;
/** Title lines weigh more: a headline names the story. */
const TITLE_WEIGHT = 2;

function unitText(unit: Unit): string {
  return unit.lines.map((line) => line.text).join('');
}

const isBody = (unit: Unit) => unit.kind === 'paragraph' || unit.kind === 'list' || unit.kind === 'sidebar';

/** The story's last paragraph was cut by a column break: its continuation is still to come. */
function endsOpen(story: Story): boolean {
  const last = story.draft.units.findLast((unit) => unit.kind !== 'figure' && unit.kind !== 'byline');
  if (!last || !(last.kind === 'paragraph' || last.kind === 'lead')) return false;
  return last.fragment === true || !endsSentence(last.lines[last.lines.length - 1]!.text);
}

interface Story {
  draft: Draft;
  vector: DenseVector;
  /** Body units taken so far: the first paragraphs under a title never move. */
  body: number;
}

export function assign(units: readonly Unit[]): Assignment {
  const compared = units.filter((unit) => unit.kind !== 'furniture' && unit.kind !== 'duplicate');
  const page = vectorize(
    compared.map(unitText),
    compared.map((unit) => (unit.kind === 'title' ? TITLE_WEIGHT : 1)),
  );
  const vectors = new Map(compared.map((unit, index) => [unit, page.vectors[index]!]));
  const empty: SparseVector = { terms: [], weights: [], norm: 0 };
  const vectorOf = (unit: Unit): SparseVector => vectors.get(unit) ?? empty;
  const storedStory = (opening: Draft['opening']): Story => ({
    draft: { units: [], opening },
    vector: new DenseVector(page.size),
    body: 0,
  });
  const stories: Story[] = [];
  const furniture: Unit[] = [];
  const duplicates: Unit[] = [];
  const moves: Move[] = [];
  const pendingFigures: Unit[] = [];
  let current: Story | null = null;
  let lastAnchorKind: 'title' | 'lead' | 'byline' | null = null;

  const take = (story: Story, unit: Unit) => {
    story.draft.units.push(unit);
    story.vector.add(vectorOf(unit));
    if (isBody(unit) || unit.kind === 'lead') story.body++;
  };
  /** A new story opens with this unit; figures waiting before it are placed first. */
  const open = (opening: Draft['opening'], unit: Unit) => {
    const story = storedStory(opening);
    stories.push(story);
    flushFigures(story, unit);
    take(story, unit);
    current = story;
  };
  const flushFigures = (next: Story | null, nextUnit: Unit | null) => {
    for (const figure of pendingFigures.splice(0)) {
      if ((figure.kind === 'byline' || figure.introduces) && next) take(next, figure);
      else placeFigure(figure, current, next, nextUnit);
    }
  };
  const placeFigure = (figure: Unit, before: Story | null, after: Story | null, nextUnit: Unit | null) => {
    if (!before || !after || before === after) {
      const home = before ?? after;
      if (home) take(home, figure);
      else {
        const alone = storedStory(figure.kind === 'figure' ? 'photo' : 'continued');
        stories.push(alone);
        take(alone, figure);
      }
      return;
    }
    // A photograph under a title that has no text yet is that story's (图片新闻, or the lead still to come);
    // a credit alone (本版图片均为记者X摄) is printed at the foot of the story it closes.
    const creditOnly = figure.kind === 'figure' && figure.roles.every((role) => role === 'credit');
    if (creditOnly || (before.body === 0 && before.draft.units.some((unit) => unit.kind === 'title'))) {
      take(before, figure);
      return;
    }
    const vector = vectorOf(figure);
    const toBefore = cosine(vector, before.vector);
    const toAfter = nextUnit ? cosineWith(vector, after.vector, vectorOf(nextUnit)) : cosine(vector, after.vector);
    if (Math.max(toBefore, toAfter) < FIGURE_MIN) {
      const photo = storedStory('photo');
      stories.splice(stories.indexOf(after), 0, photo);
      take(photo, figure);
      moves.push({
        line: figure.lines[0]!.no,
        reason: 'caption shares no words with the stories around it: a photograph of its own',
      });
    } else take(toAfter > toBefore ? after : before, figure);
  };

  for (const unit of units) {
    switch (unit.kind) {
      case 'furniture':
        furniture.push(unit);
        // （下转第2版）: the story above goes on on another page; text printed after it is another story's.
        if (current && JUMP_OUT.test(unit.lines[0]!.text)) {
          const jumped: Story = current;
          current = stories.findLast((story) => story !== jumped && story.draft.opening !== 'photo') ?? current;
        }
        continue;
      case 'duplicate':
        duplicates.push(unit);
        continue;
      case 'figure':
        pendingFigures.push(unit);
        continue;
      case 'title': {
        if (unit.displaced && current && !current.draft.units.some((u) => u.kind === 'title')) {
          take(current, unit);
          lastAnchorKind = 'title';
          continue;
        }
        open('title', unit);
        lastAnchorKind = 'title';
        continue;
      }
      case 'lead': {
        if (current && lastAnchorKind !== null && (current as Story).body === 0) {
          flushFigures(current, null);
          take(current, unit);
          lastAnchorKind = 'lead';
          continue;
        }
        open('lead', unit);
        lastAnchorKind = 'lead';
        continue;
      }
      case 'byline': {
        if (unit.opensStory) {
          open('lead', unit);
          lastAnchorKind = 'lead';
          continue;
        }
        flushFigures(current, null);
        // A byline above the first title of the page waits for the story it heads.
        if (current) take(current, unit);
        else pendingFigures.push(unit);
        if (lastAnchorKind === 'title') lastAnchorKind = 'byline';
        continue;
      }
      default: {
        // An editor's note over a title waits, as a byline above one does, for the story it introduces.
        if (unit.introduces) {
          pendingFigures.push(unit);
          continue;
        }
        if (unit.opensStory) {
          open('lead', unit);
          lastAnchorKind = 'lead';
          continue;
        }
        flushFigures(current, null);
        if (!current) {
          open('continued', unit);
          lastAnchorKind = null;
          continue;
        }
        const home: Story = current;
        // The text under a title, or under an intertitle the story printed, is that story's: a heading
        // introduces what follows it.
        const underIntertitle = home.draft.units[home.draft.units.length - 1]?.kind === 'intertitle';
        const anchored = (lastAnchorKind !== null && home.body === 0) || underIntertitle;
        lastAnchorKind = null;
        if (!isBody(unit) || anchored) {
          take(home, unit);
          continue;
        }
        const reading =
          stories.findLast((story) => story.draft.opening !== 'photo' && story.draft.opening !== 'continued') ?? home;
        const target =
          home !== reading && backToReadingOrder(unit, home, reading, vectorOf)
            ? reading
            : closerEarlierStory(unit, home, stories, vectorOf);
        if (target) {
          moves.push({
            line: unit.lines[0]!.no,
            reason: `reads as part of the story “${headlineOf(target.draft)}”, not the one printed above it (interleaved columns)`,
          });
          take(target, unit);
          current = target;
        } else take(home, unit);
      }
    }
  }
  flushFigures(null, null);
  moveLeadingParagraphsDown(stories, vectorOf, moves, page.size);
  const drafts = stories.map((story) => story.draft).filter((draft) => draft.units.length > 0);
  applyStoryMarkup(drafts, moves);
  return { drafts: drafts.filter((draft) => draft.units.length > 0), furniture, duplicates, moves };
}

/**
 * An earlier story this paragraph belongs to, or null. When the story above and an earlier one were
 * both cut mid-sentence, the paragraph continues one of them and the closer one wins on little
 * evidence; otherwise it takes a clear margin to leave the story it was printed in.
 */
function closerEarlierStory(
  unit: Unit,
  home: Story,
  stories: readonly Story[],
  vectorOf: (unit: Unit) => SparseVector,
): Story | null {
  const vector = vectorOf(unit);
  const own = cosine(vector, home.vector);
  const continuation = unit.kind === 'paragraph' && endsOpen(home);
  if (!continuation && unitText(unit).length < MOVABLE_LENGTH) return null;
  let best: Story | null = null;
  let bestScore = 0;
  for (const story of stories.slice(-LOOK_BACK - 1)) {
    if (story === home || story.draft.opening === 'photo') continue;
    if (continuation && !endsOpen(story)) continue;
    const score = cosine(vector, story.vector);
    if (score > bestScore) {
      best = story;
      bestScore = score;
    }
  }
  const floor = continuation ? CONTINUATION_MIN : MOVE_MIN;
  return best && bestScore >= floor && bestScore >= MOVE_RATIO * own ? best : null;
}

/**
 * After an interleaved paragraph took the reader back to an earlier story, reading order resumes as
 * soon as a paragraph reads more like the story printed around it.
 */
function backToReadingOrder(unit: Unit, home: Story, reading: Story, vectorOf: (unit: Unit) => SparseVector): boolean {
  if (unitText(unit).length < MOVABLE_LENGTH) return false;
  const vector = vectorOf(unit);
  const toReading = cosine(vector, reading.vector);
  return toReading >= CONTINUATION_MIN && toReading > cosine(vector, home.vector);
}

/**
 * A story whose first paragraphs were printed above its title: walking back from the title, paragraphs
 * of the story above that read as the story below move down, until one does not.
 */
function moveLeadingParagraphsDown(
  stories: Story[],
  vectorOf: (unit: Unit) => SparseVector,
  moves: Move[],
  size: number,
): void {
  for (let s = 1; s < stories.length; s++) {
    const above = stories[s - 1]!;
    const below = stories[s]!;
    if (below.draft.opening !== 'title' || above.draft.opening === 'photo') continue;
    const titleLine = below.draft.units[0]!.lines[0]!.no;
    const core = new DenseVector(size);
    for (const unit of below.draft.units.slice(0, 3)) core.add(vectorOf(unit));
    const units = above.draft.units;
    // A paragraph cut just above a title with no byline or lead under it runs on below the title.
    const firstBelow = below.draft.units.find((unit) => unit.kind !== 'title' && unit.kind !== 'figure');
    const cutAcross = endsOpen(above) && firstBelow?.kind === 'paragraph';
    let k = units.length - 1;
    while (k > 0) {
      const unit = units[k]!;
      if (!isBody(unit) || unit.lines[0]!.no > titleLine) break;
      const vector = vectorOf(unit);
      const toBelow = cosine(vector, core);
      const closer = toBelow >= MOVE_RATIO * cosineWith(vector, above.vector, vector, -1);
      const evidence = k === units.length - 1 && cutAcross ? toBelow > 0 : toBelow >= MOVE_MIN;
      if (!(closer && evidence)) break;
      k--;
    }
    const moved = units.splice(k + 1);
    for (const unit of moved) {
      above.vector.add(vectorOf(unit), -1);
      moves.push({
        line: unit.lines[0]!.no,
        reason: `printed above the title of “${headlineOf(below.draft)}” but reads as its opening`,
      });
    }
    below.draft.units.unshift(...moved);
  }
}

/** `@@ story N` above a line: that unit goes to story N as the split report numbers them. The editor wins. */
function applyStoryMarkup(drafts: Draft[], moves: Move[]): void {
  const wanted: [Unit, Draft, number][] = [];
  for (const draft of drafts) {
    for (const unit of draft.units) {
      const marker = unit.lines[0]!.markers.find((m) => m.kind === 'story');
      if (marker?.kind === 'story') wanted.push([unit, draft, marker.story]);
    }
  }
  for (const [unit, from, story] of wanted) {
    const to = drafts[story - 1];
    if (!to || to === from) continue;
    from.units.splice(from.units.indexOf(unit), 1);
    to.units.push(unit);
    to.units.sort((a, b) => a.lines[0]!.no - b.lines[0]!.no);
    moves.push({ line: unit.lines[0]!.no, reason: `editor markup @@ story ${story}` });
  }
}

export function headlineOf(draft: Draft): string {
  const title = draft.units.find((unit) => unit.kind === 'title');
  const index = title?.roles.indexOf('headline') ?? -1;
  return title && index >= 0 ? title.lines[index]!.text : (draft.units[0]?.lines[0]?.text.slice(0, 16) ?? '');
}
