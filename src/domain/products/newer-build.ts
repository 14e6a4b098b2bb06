// R19: the customer must use the newest build that contains fixes for their tickets. Decides
// whether the build a customer names is older than that one.

const versions = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares version texts naturally: 2.9 < 2.10, 1.0-rc < 1.0.1. */
export function compareVersions(a: string, b: string): number {
  return versions.compare(a.trim().replace(/^v/i, ''), b.trim().replace(/^v/i, ''));
}

export interface NamedBuild {
  version: string;
  /** Its release date when the portal knows the build, else null (a version typed by the customer). */
  releasedOn: string | null;
}

/**
 * Whether the named build is older than the fixing one: by release date when the portal knows the
 * named build (versions break ties), else by comparing the version texts.
 */
export function isOlderBuild(named: NamedBuild, newest: { version: string; releasedOn: string }): boolean {
  if (compareVersions(named.version, newest.version) === 0) return false;
  if (named.releasedOn !== null && named.releasedOn !== newest.releasedOn) {
    return named.releasedOn < newest.releasedOn;
  }
  return compareVersions(named.version, newest.version) < 0;
}
