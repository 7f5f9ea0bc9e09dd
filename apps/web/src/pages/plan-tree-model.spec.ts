import { buildPlanOutline, countParts, planIds, type OutlineTask, type PlanTree } from './plan-tree-model';

const plan = (id: string, children: PlanTree[] = []): PlanTree =>
  ({ id, number: `${id}/KH-UBND`, title: `Kế hoạch ${id}`, status: 'issued', year: 2020, children }) as PlanTree;

let seq = 0;
const task = (planId: string, dimension: number, over: Partial<OutlineTask> = {}): OutlineTask => ({
  id: `t${++seq}`,
  planId,
  dimension,
  title: `Nhiệm vụ ${seq}`,
  dueDate: '2020-12-31',
  status: 'in_progress',
  leadAgencyId: 'a1',
  progressPercent: 50,
  overdue: false,
  onTrack: true,
  ...over,
});

describe('plan tree outline', () => {
  const tree = plan('p', [plan('c1', [plan('g1')]), plan('c2')]);

  it('lists every plan of the tree, the plan first, depth-first', () => {
    expect(planIds(tree)).toEqual(['p', 'c1', 'g1', 'c2']);
  });

  it('groups each plan’s own tasks by dimension in PAPI order (plan-wide last), tasks by due date', () => {
    const tasks = [
      task('p', 3, { title: 'B', dueDate: '2020-10-01' }),
      task('p', 1),
      task('p', 3, { title: 'A', dueDate: '2020-10-01' }),
      task('p', 3, { title: 'C', dueDate: '2020-06-30' }),
      task('c1', 0),
      task('p', 0),
    ];
    const outline = buildPlanOutline(tree, tasks);
    expect(outline.dimensions.map((d) => d.dimension)).toEqual([1, 3, 0]);
    expect(outline.dimensions[1].tasks.map((t) => t.title)).toEqual(['C', 'A', 'B']);
    expect(outline.children.map((c) => [c.plan.id, c.depth])).toEqual([
      ['c1', 1],
      ['c2', 1],
    ]);
    expect(outline.children[0].dimensions).toEqual([expect.objectContaining({ dimension: 0 })]);
    expect(outline.children[0].children[0].depth).toBe(2);
    expect('children' in outline.plan).toBe(false);
  });

  it('counts health per dimension and over the sub-plans, leaving cancelled tasks out of the counts', () => {
    const tasks = [
      task('p', 1, { status: 'done', progressPercent: 100, overdue: false }),
      task('p', 1, { overdue: true, onTrack: false }),
      task('p', 1, { status: 'cancelled' }),
      task('c1', 2, { onTrack: false }),
      task('g1', 2),
    ];
    const outline = buildPlanOutline(tree, tasks);
    expect(outline.dimensions[0].tasks).toHaveLength(3);
    expect(outline.dimensions[0].counts).toEqual({ total: 2, done: 1, late: 1, behind: 0, onTrack: 0 });
    expect(outline.children[0].counts).toEqual({ total: 2, done: 0, late: 0, behind: 1, onTrack: 1 });
    expect(outline.counts).toEqual({ total: 4, done: 1, late: 1, behind: 1, onTrack: 1 });
  });

  it('names only the non-zero counts, in reading order', () => {
    expect(countParts({ total: 3, done: 2, onTrack: 0, behind: 0, late: 1 })).toEqual([
      { health: 'done', n: 2 },
      { health: 'late', n: 1 },
    ]);
    expect(countParts({ total: 0, done: 0, onTrack: 0, behind: 0, late: 0 })).toEqual([]);
  });
});
