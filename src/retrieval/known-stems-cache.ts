/**
 * Per patient, which of the stems asked so far their searchable chunks hold, for one version of
 * those chunks (ChunkRepository's INDEX_VERSION, read in the same statement as the answer it
 * caches or as the request's text search). A read at another version replaces the patient's entry,
 * so nothing cached outlives a write of their chunks. Bounded: least recently used patients go first.
 */
export class KnownStemsCache {
  private readonly entries = new Map<string, { version: string; known: Map<string, boolean> }>();

  constructor(
    private readonly maxPatients = 1_000,
    private readonly maxStemsPerPatient = 20_000,
  ) {}

  /** The stems of `stems` held at `version`, or null when any of them was not asked at that version yet. */
  lookup(patientKey: string, version: string, stems: readonly string[]): Set<string> | null {
    const entry = this.entries.get(patientKey);
    if (!entry || entry.version !== version) return null;
    const known = new Set<string>();
    for (const stem of stems) {
      const held = entry.known.get(stem);
      if (held === undefined) return null;
      if (held) known.add(stem);
    }
    this.entries.delete(patientKey);
    this.entries.set(patientKey, entry);
    return known;
  }

  /** Remembers, for `version`, which of `asked` are `known` (an entry of another version is dropped). */
  store(patientKey: string, version: string, asked: readonly string[], known: ReadonlySet<string>): void {
    let entry = this.entries.get(patientKey);
    if (!entry || entry.version !== version || entry.known.size + asked.length > this.maxStemsPerPatient) entry = { version, known: new Map() };
    for (const stem of asked) entry.known.set(stem, known.has(stem));
    this.entries.delete(patientKey);
    this.entries.set(patientKey, entry);
    while (this.entries.size > this.maxPatients) this.entries.delete(this.entries.keys().next().value as string);
  }
}
