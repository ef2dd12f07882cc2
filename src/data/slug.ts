/**
 * An id of an event or a category: lower-case letters, digits and single hyphens. Its own
 * module because URLs are checked with it too, without loading the whole schema.
 */
export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
