/** One thing wrong with a framework; `pointer` is a JSON pointer into it, `detail` is for people (Vietnamese). */
export interface FrameworkProblem {
  pointer: string;
  detail: string;
}
