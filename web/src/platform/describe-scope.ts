import type { Scope } from '../api/types.ts';

/** A user's scope in a few words: "All directorates · AT, GM". */
export function describeScope(scope: Pick<Scope, 'allDirectorates' | 'directorates' | 'allCountries' | 'countries'>): string {
  const directorates = scope.allDirectorates ? 'All directorates' : scope.directorates.join(', ') || 'No directorate';
  const countries = scope.allCountries ? 'all partners' : scope.countries.join(', ') || 'no partner';
  return `${directorates} · ${countries}`;
}

/** A marking's label as a heading or checkbox reads it: "Pending congressional notification". */
export const markingTitle = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
