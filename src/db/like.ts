// User text inside a LIKE pattern: its wildcards and PostgreSQL's default escape character (backslash) escaped, so that
// a search for "50%" or "A_B" finds those characters and `%` alone does not match every row.
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** A LIKE pattern for rows that contain `text`. */
export const containing = (text: string) => `%${escapeLike(text)}%`;

/** A LIKE pattern for rows that start with `text`. */
export const startingWith = (text: string) => `${escapeLike(text)}%`;
