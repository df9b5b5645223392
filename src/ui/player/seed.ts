// Seeds for attempts: from the link (`#/play/id?seed=3`, so a class can share one run),
// or a fresh random one. The engine makes every run from a seed reproducible.
export function seedFromQuery(query: URLSearchParams): number | null {
  const raw = query.get('seed');
  if (raw === null || !/^-?\d{1,10}$/.test(raw.trim())) return null;
  return Number(raw.trim()) | 0;
}

export function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
