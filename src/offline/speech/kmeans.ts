import { seededRandom } from '../../infra/seeded-random';

/** A clustering: each point's cluster index and the cluster centres. */
export interface Clustering {
  k: number;
  labels: number[];
  centroids: number[][];
  /** Mean silhouette (−1..1); 0 for a single cluster. */
  silhouette: number;
}

/** Lloyd's k-means with k-means++ seeding from a fixed seed, best of `restarts` by inertia. */
export function kMeans(points: number[][], k: number, seed = 1, restarts = 5): Omit<Clustering, 'silhouette'> {
  if (points.length === 0) return { k, labels: [], centroids: [] };
  const random = seededRandom(seed);
  let best: { labels: number[]; centroids: number[][]; inertia: number } | null = null;
  for (let r = 0; r < restarts; r++) {
    const run = lloyd(points, seedCentroids(points, Math.min(k, points.length), random));
    if (!best || run.inertia < best.inertia) best = run;
  }
  return { k: best!.centroids.length, labels: best!.labels, centroids: best!.centroids };
}

/** Mean silhouette of a labelling; points are subsampled evenly above `maxPoints` to stay O(n²)-cheap. */
export function silhouette(points: number[][], labels: number[], maxPoints = 1500): number {
  const stride = Math.max(1, Math.ceil(points.length / maxPoints));
  const index = points.map((_, i) => i).filter((i) => i % stride === 0);
  const clusters = new Set(index.map((i) => labels[i]));
  if (clusters.size < 2) return 0;
  let total = 0;
  for (const i of index) {
    const sums = new Map<number, { sum: number; count: number }>();
    for (const j of index) {
      if (i === j) continue;
      const entry = sums.get(labels[j]) ?? { sum: 0, count: 0 };
      entry.sum += Math.sqrt(squaredDistance(points[i], points[j]));
      entry.count++;
      sums.set(labels[j], entry);
    }
    const own = sums.get(labels[i]);
    if (!own) continue; // a singleton cluster scores 0
    const a = own.sum / own.count;
    const b = Math.min(...[...sums].filter(([label]) => label !== labels[i]).map(([, e]) => e.sum / e.count));
    total += (b - a) / Math.max(a, b);
  }
  return total / index.length;
}

/**
 * Clusters with the k in 2..maxK whose silhouette is highest, or a single cluster when even that
 * silhouette is below `minSilhouette` (one voice splits into clusters that overlap).
 */
export function clusterBySilhouette(points: number[][], maxK: number, minSilhouette: number): Clustering {
  const single = { k: 1, labels: points.map(() => 0), centroids: [mean(points)], silhouette: 0 };
  let best: Clustering = single;
  for (let k = 2; k <= Math.min(maxK, points.length - 1); k++) {
    const clustering = kMeans(points, k);
    const score = silhouette(points, clustering.labels);
    if (score > best.silhouette) best = { ...clustering, silhouette: score };
  }
  return best.silhouette >= minSilhouette ? best : single;
}

/** The index of the centroid nearest to `point`. */
export function nearestCentroid(point: number[], centroids: number[][]): number {
  let best = 0;
  for (let c = 1; c < centroids.length; c++) {
    if (squaredDistance(point, centroids[c]) < squaredDistance(point, centroids[best])) best = c;
  }
  return best;
}

/** Squared Euclidean distance. */
export function squaredDistance(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return sum;
}

function lloyd(points: number[][], initial: number[][]): { labels: number[]; centroids: number[][]; inertia: number } {
  let centroids = initial;
  let labels = points.map((p) => nearestCentroid(p, centroids));
  for (let iteration = 0; iteration < 100; iteration++) {
    centroids = centroids.map((c, index) => {
      const members = points.filter((_, i) => labels[i] === index);
      return members.length ? mean(members) : c;
    });
    const next = points.map((p) => nearestCentroid(p, centroids));
    const changed = next.some((label, i) => label !== labels[i]);
    labels = next;
    if (!changed) break;
  }
  const inertia = points.reduce((sum, p, i) => sum + squaredDistance(p, centroids[labels[i]]), 0);
  return { labels, centroids, inertia };
}

function seedCentroids(points: number[][], k: number, random: () => number): number[][] {
  const centroids = [points[Math.floor(random() * points.length)]];
  while (centroids.length < k) {
    const weights = points.map((p) => Math.min(...centroids.map((c) => squaredDistance(p, c))));
    const total = weights.reduce((a, b) => a + b, 0);
    if (total === 0) break;
    let target = random() * total;
    let chosen = points.length - 1;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
    centroids.push(points[chosen]);
  }
  return centroids.map((c) => [...c]);
}

/** The component-wise mean of equally long vectors. */
export function mean(points: number[][]): number[] {
  const dims = points[0]?.length ?? 0;
  const out = new Array<number>(dims).fill(0);
  for (const p of points) for (let d = 0; d < dims; d++) out[d] += p[d] / points.length;
  return out;
}

