import { type Election, hasPoints, metaValue } from "./election";

/**
 * The `min_project_score_threshold` of an election: a project needs at least this score to be
 * fundable. The score is the number of voters listing the project, or for cumulative and scoring
 * ballots the sum of its points. Returns undefined when the election sets no threshold.
 */
function minimumScore(election: Election): number | undefined {
  const raw = metaValue(election, "min_project_score_threshold");
  if (raw === undefined || raw.trim() === "" || raw.trim().toLowerCase() === "none") return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

function projectScores(election: Election): Map<string, number> {
  const scores = new Map<string, number>();
  for (const project of election.projects) scores.set(project.id, 0);
  const usePoints = hasPoints(election.voteType);
  for (const voter of election.voters) {
    voter.vote.forEach((projectId, position) => {
      const add = usePoints ? (voter.points?.[position] ?? 0) : 1;
      scores.set(projectId, (scores.get(projectId) ?? 0) + add);
    });
  }
  return scores;
}

/** Projects whose score is below the election's threshold (none if it sets no threshold). */
export function projectsBelowThreshold(election: Election): { threshold?: number; below: Map<string, number> } {
  const threshold = minimumScore(election);
  const below = new Map<string, number>();
  if (threshold === undefined) return { below };
  for (const [projectId, score] of projectScores(election)) if (score < threshold) below.set(projectId, score);
  return { threshold, below };
}
